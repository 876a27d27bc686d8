package pincheck.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parsed, validated scenario: the objects involved and one program per actor. {@code kernels}
 * is its {@code kernel} line: whose code its calls follow (empty: it names no kernel and runs
 * under any design whose kernel has all its calls); {@code covers} its {@code covers} lines: the
 * kernel functions it models, which the call-site audit ties to it.
 */
public record Scenario(
    String name,
    String description,
    String file,
    ImmutableSet<Kernel> kernels,
    ImmutableList<PageDecl> pages,
    ImmutableList<IterDecl> iters,
    ImmutableList<BioDecl> bios,
    ImmutableList<Actor> actors,
    ImmutableList<SymmetricActors> symmetry,
    ImmutableList<CoveredSite> covers) {

  /** A scenario that names no kernel, declares no interchangeable actors and covers no function. */
  public Scenario(
      String name,
      String description,
      String file,
      ImmutableList<PageDecl> pages,
      ImmutableList<IterDecl> iters,
      ImmutableList<BioDecl> bios,
      ImmutableList<Actor> actors) {
    this(name, description, file, ImmutableSet.of(), pages, iters, bios, actors, ImmutableList.of(),
        ImmutableList.of());
  }

  public Scenario {
    requireNonNull(name);
    requireNonNull(description);
    requireNonNull(file);
    kernels = ImmutableSet.copyOf(kernels);
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

  /** Whether this scenario may be checked under a design on kernel k's code. */
  public boolean follows(Kernel k) {
    return kernels.isEmpty() ? runsWholly(k) : kernels.contains(k);
  }

  /** The kernels it is checked under: its kernel line, or every kernel that has all its calls. */
  public ImmutableSet<Kernel> checkedUnder() {
    return java.util.Arrays.stream(Kernel.values()).filter(this::follows)
        .collect(ImmutableSet.toImmutableSet());
  }

  // An unversioned scenario: every call exists in kernel k.
  private boolean runsWholly(Kernel k) {
    return actors.stream().flatMap(a -> a.calls().stream())
        .allMatch(c -> c.runsUnder(k) && c.op().kernels().contains(k));
  }

  /** The programs as kernel k's code runs them: the lines guarded for other kernels dropped. */
  public Scenario forKernel(Kernel k) {
    ImmutableList<Actor> running = actors.stream()
        .map(a -> new Actor(a.name(), a.calls().stream().filter(c -> c.runsUnder(k))
            .collect(ImmutableList.toImmutableList()), a.line()))
        .collect(ImmutableList.toImmutableList());
    return new Scenario(name, description, file, kernels, pages, iters, bios, running, symmetry, covers);
  }

  /**
   * The kernel subsystem the scenario comes from, read from its first covered function: the
   * directory two levels down for fs/ and drivers/ ("fs/nfs"), a file of fs/ by its name
   * ("fs/direct-io"), else the top directory ("mm", "block", "io_uring"); "other" without covers.
   */
  public String subsystem() {
    if (covers.isEmpty()) {
      return "other";
    }
    String[] parts = covers.get(0).file().split("/");
    boolean deep = parts[0].equals("fs") || parts[0].equals("drivers") || parts[0].equals("net");
    if (deep && parts.length >= 3) {
      return parts[0] + "/" + parts[1];
    }
    if (parts[0].equals("fs") && parts.length == 2) {
      return "fs/" + parts[1].replaceFirst("\\.[ch]$", "");
    }
    return parts[0];
  }

  /** The same scenario, named by another path (reports cite files relative to the checkout). */
  public Scenario withFile(String newFile) {
    return new Scenario(name, description, newFile, kernels, pages, iters, bios, actors, symmetry, covers);
  }

  /** The same scenario with interchangeable actors declared. */
  Scenario withSymmetry(ImmutableList<SymmetricActors> groups) {
    return new Scenario(name, description, file, kernels, pages, iters, bios, actors, groups, covers);
  }

}
