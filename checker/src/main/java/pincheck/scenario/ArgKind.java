package pincheck.scenario;

/** The kind of declared object a call argument names. */
public enum ArgKind {
  PAGE(SymbolKind.PAGE),
  ITER(SymbolKind.ITER),
  BIO(SymbolKind.BIO);

  private final SymbolKind symbol;

  ArgKind(SymbolKind symbol) {
    this.symbol = symbol;
  }

  /** The placeholder in a usage form, e.g. "PAGE" in "bio_add_page BIO PAGE". */
  public String placeholder() {
    return name();
  }

  SymbolKind symbol() {
    return symbol;
  }
}
