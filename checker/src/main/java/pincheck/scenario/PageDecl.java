package pincheck.scenario;

import static java.util.Objects.requireNonNull;

/**
 * A {@code page NAME KIND [small|large] [stable]} line. {@code stable}: the page's mapping needs
 * stable writes (SB_I_STABLE_WRITES, mapping_stable_writes()), so a write fault on it waits for
 * writeback (mm/page-writeback.c:folio_wait_stable). {@code movable}: it sits in ZONE_MOVABLE or a
 * CMA pageblock, where a FOLL_LONGTERM pin may not stay (mm.h:folio_is_longterm_pinnable).
 */
public record PageDecl(String name, PageKind kind, FolioSize folio, boolean stable, boolean movable, int line) {
  public PageDecl {
    requireNonNull(name);
    requireNonNull(kind);
    requireNonNull(folio);
  }

  /** A page whose mapping does not need stable writes, in a zone it may be pinned in for long. */
  public PageDecl(String name, PageKind kind, FolioSize folio, int line) {
    this(name, kind, folio, false, false, line);
  }
}
