package pincheck.scenario;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;

/**
 * A checked {@code symmetric ACTOR ACTOR...} line: actors whose programs are the same up to
 * renaming the iterators only each of them uses. {@code iters.get(i).get(j)} is actor i's
 * counterpart of the first actor's j-th private iterator, so swapping actors i and k swaps
 * those iterators position by position.
 */
public record SymmetricActors(
    ImmutableList<String> actors, ImmutableList<ImmutableList<String>> iters, int line) {
  public SymmetricActors {
    actors = ImmutableList.copyOf(actors);
    iters = iters.stream().map(ImmutableList::copyOf).collect(ImmutableList.toImmutableList());
    checkArgument(actors.size() >= 2 && iters.size() == actors.size(), "a group of two or more actors");
  }

  /** Every name the permutations move: the actors and their private iterators. */
  public ImmutableList<String> names() {
    ImmutableList.Builder<String> out = ImmutableList.<String>builder().addAll(actors);
    iters.forEach(out::addAll);
    return out.build();
  }
}
