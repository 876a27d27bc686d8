package pincheck.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/** An {@code iter NAME KIND [source|dest] PAGE...} line; pages are in iteration order. */
public record IterDecl(
    String name, IterKind kind, Direction direction, ImmutableList<String> pages, int line) {
  public IterDecl {
    requireNonNull(name);
    requireNonNull(kind);
    requireNonNull(direction);
    pages = ImmutableList.copyOf(pages);
  }
}
