package pincheck.scenario;

import static java.util.Objects.requireNonNull;

/** A {@code page NAME KIND [small|large]} line. */
public record PageDecl(String name, PageKind kind, FolioSize folio, int line) {
  public PageDecl {
    requireNonNull(name);
    requireNonNull(kind);
    requireNonNull(folio);
  }
}
