package pincheck.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A parsed, validated scenario: the objects involved and one program per actor. */
public record Scenario(
    String name,
    String description,
    String file,
    ImmutableList<PageDecl> pages,
    ImmutableList<IterDecl> iters,
    ImmutableList<BioDecl> bios,
    ImmutableList<Actor> actors,
    ImmutableList<SymmetricActors> symmetry,
    ImmutableList<CoveredSite> covers) {

  /** A scenario that names no kernel function it covers. */
  public Scenario(
      String name,
      String description,
      String file,
      ImmutableList<PageDecl> pages,
      ImmutableList<IterDecl> iters,
      ImmutableList<BioDecl> bios,
      ImmutableList<Actor> actors,
      ImmutableList<SymmetricActors> symmetry) {
    this(name, description, file, pages, iters, bios, actors, symmetry, ImmutableList.of());
  }

  /** A scenario that declares no interchangeable actors. */
  public Scenario(
      String name,
      String description,
      String file,
      ImmutableList<PageDecl> pages,
      ImmutableList<IterDecl> iters,
      ImmutableList<BioDecl> bios,
      ImmutableList<Actor> actors) {
    this(name, description, file, pages, iters, bios, actors, ImmutableList.of());
  }

  public Scenario {
    requireNonNull(name);
    requireNonNull(description);
    requireNonNull(file);
    pages = ImmutableList.copyOf(pages);
    iters = ImmutableList.copyOf(iters);
    bios = ImmutableList.copyOf(bios);
    actors = ImmutableList.copyOf(actors);
    symmetry = ImmutableList.copyOf(symmetry);
    covers = ImmutableList.copyOf(covers);
  }

  public Optional<PageDecl> page(String name) {
    return find(pages, PageDecl::name, name);
  }

  public Optional<IterDecl> iter(String name) {
    return find(iters, IterDecl::name, name);
  }

  public Optional<BioDecl> bio(String name) {
    return find(bios, BioDecl::name, name);
  }

  public Optional<Actor> actor(String name) {
    return find(actors, Actor::name, name);
  }

  // At most 64 of each, so a scan is cheaper than keeping an index in sync.
  private static <T> Optional<T> find(List<T> items, Function<T, String> key, String name) {
    return items.stream().filter(item -> key.apply(item).equals(name)).findFirst();
  }

  /** The same scenario, named by another path (reports cite files relative to the checkout). */
  public Scenario withFile(String newFile) {
    return new Scenario(name, description, newFile, pages, iters, bios, actors, symmetry, covers);
  }

  /** The same scenario, covering these kernel functions ({@code covers} lines). */
  Scenario withCovers(ImmutableList<CoveredSite> sites) {
    return new Scenario(name, description, file, pages, iters, bios, actors, symmetry, sites);
  }
}
