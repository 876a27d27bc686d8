package pincheck.design;

import static java.util.Objects.requireNonNull;

/**
 * One value a knob can take: its name, where it comes from, and the evidence (for a kernel
 * value, version file:function of the C code that does it; otherwise who proposed it).
 */
public record KnobValue(String value, Status status, String source) {
  public KnobValue {
    requireNonNull(value);
    requireNonNull(status);
    requireNonNull(source);
  }

  static KnobValue kernel(String value, String source) {
    return new KnobValue(value, Status.KERNEL, source);
  }

  static KnobValue earlier(String value, String source) {
    return new KnobValue(value, Status.EARLIER, source);
  }

  static KnobValue proposal(String value, String source) {
    return new KnobValue(value, Status.PROPOSAL, source);
  }

  static KnobValue hypothetical(String value, String source) {
    return new KnobValue(value, Status.HYPOTHETICAL, source);
  }

  /** {@code split (proposal: Glisse, ...)} for listings. */
  public String describe() {
    return value + " (" + status.label() + ": " + source + ")";
  }
}
