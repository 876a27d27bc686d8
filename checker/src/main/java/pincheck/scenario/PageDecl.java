package pincheck.scenario;

import static java.util.Objects.requireNonNull;

/**
 * A {@code page NAME KIND [small|large] [stable]} line. {@code stable}: the page's mapping needs
 * stable writes (SB_I_STABLE_WRITES, mapping_stable_writes()), so a write fault on it waits for
 * writeback (mm/page-writeback.c:folio_wait_stable).
 */
public record PageDecl(String name, PageKind kind, FolioSize folio, boolean stable, int line) {
  public PageDecl {
    requireNonNull(name);
    requireNonNull(kind);
    requireNonNull(folio);
  }

  /** A page whose mapping does not need stable writes. */
  public PageDecl(String name, PageKind kind, FolioSize folio, int line) {
    this(name, kind, folio, false, line);
  }
}
