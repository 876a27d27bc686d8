package pincheck.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * An {@code iter NAME KIND [source|dest] PAGE...} line; pages are in iteration order, one per
 * page the data touches, each with the bytes of it the data is in ({@code F[2048,4096]} is two
 * positions of folio F: bytes 2048-4095 and 4096-6143).
 */
public record IterDecl(
    String name, IterKind kind, Direction direction, ImmutableList<String> pages,
    ImmutableList<Bytes> bytes, int line) {
  public IterDecl {
    requireNonNull(name);
    requireNonNull(kind);
    requireNonNull(direction);
    pages = ImmutableList.copyOf(pages);
    bytes = ImmutableList.copyOf(bytes);
    if (bytes.size() != pages.size()) {
      throw new IllegalArgumentException("one byte range per page");
    }
  }

  /** Whole pages. */
  public IterDecl(String name, IterKind kind, Direction direction, ImmutableList<String> pages, int line) {
    this(name, kind, direction, pages, java.util.Collections.nCopies(pages.size(), Bytes.PAGE).stream()
        .collect(ImmutableList.toImmutableList()), line);
  }
}
