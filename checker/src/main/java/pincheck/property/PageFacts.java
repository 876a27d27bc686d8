package pincheck.property;

/** What a property needs to know of a page besides its state: its kind and folio size. */
public record PageFacts(String kind, boolean large) {
    public boolean zero() { return kind.equals("zero"); }
}
