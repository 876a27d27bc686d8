package pincheck.trace;

/** A harm the model recorded: "underflow", "uaf", "overflow", ... on a page. */
public record Harm(String kind, String page) implements Comparable<Harm> {
    @Override
    public int compareTo(Harm o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : page.compareTo(o.page);
    }
}
