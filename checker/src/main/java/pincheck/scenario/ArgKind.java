package pincheck.scenario;

import java.util.Optional;

/** The kind of thing a call argument names: a declared object, or a bio flag. */
public enum ArgKind {
  PAGE(SymbolKind.PAGE),
  ITER(SymbolKind.ITER),
  BIO(SymbolKind.BIO),
  FLAG(null);

  private final SymbolKind symbol;

  ArgKind(SymbolKind symbol) {
    this.symbol = symbol;
  }

  /** The placeholder in a usage form, e.g. "PAGE" in "bio_add_page BIO PAGE". */
  public String placeholder() {
    return name();
  }

  /** The kind of declared name, or empty for a flag word. */
  Optional<SymbolKind> symbol() {
    return Optional.ofNullable(symbol);
  }
}
