package pincheck.design;

/** Where a knob value comes from: a kernel on these machines, history, the 2019 thread, or nowhere. */
public enum Status {
  /** What linux-6.1 and/or linux-6.12 do, read in their source. */
  KERNEL("kernel"),
  /** What kernels before these did (before pins were tracked, before the overflow check). */
  EARLIER("earlier kernels"),
  /** A design proposed in the 2019 thread. */
  PROPOSAL("proposal"),
  /** What no kernel does and nobody proposed as such: a what-if, so a verdict can show why. */
  HYPOTHETICAL("HYPOTHETICAL");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
