package pincheck.scenario;

import com.google.common.collect.HashBiMap;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a {@code symmetric} line against the programs: TLC's symmetry reduction is only
 * sound when swapping the actors (with the iterators only they use) maps the model onto
 * itself, so every actor must run the first one's program with its private iterators
 * renamed consistently, and share every page and bio.
 */
final class SymmetryCheck {
  static final String FORM = "symmetric ACTOR ACTOR...";

  private SymmetryCheck() {}

  /** The checked group of one {@code symmetric} line, read after every program is complete. */
  static SymmetricActors check(Scenario s, SourceLine line, Set<String> alreadySymmetric)
      throws ScenarioException {
    Arity.check(line, 2, Arity.UNBOUNDED, FORM);
    List<Actor> actors = new ArrayList<>();
    for (Token t : line.args()) {
      String name = Names.checkName(line, t);
      Actor a = s.actor(name).orElseThrow(() -> line.error(
          "'" + name + "' is not an actor of this scenario; name actors declared with 'actor "
              + name + "'"));
      if (!alreadySymmetric.add(name)) {
        throw line.error("actor '" + name + "' is named twice in 'symmetric' lines;"
            + " list each actor in one group only");
      }
      actors.add(a);
    }
    Actor first = actors.get(0);
    List<String> firstPrivate = privateIters(s, first);
    ImmutableList.Builder<ImmutableList<String>> iters = ImmutableList.builder();
    iters.add(ImmutableList.copyOf(firstPrivate));
    for (Actor other : actors.subList(1, actors.size())) {
      HashBiMap<String, String> renaming = renaming(s, line, first, other);
      iters.add(firstPrivate.stream().map(i -> renaming.getOrDefault(i, i))
          .collect(ImmutableList.toImmutableList()));
    }
    return new SymmetricActors(
        actors.stream().map(Actor::name).collect(ImmutableList.toImmutableList()), iters.build(),
        line.number());
  }

  /** The renaming of the first actor's private iterators onto the other's, call by call. */
  private static HashBiMap<String, String> renaming(Scenario s, SourceLine line, Actor first, Actor other)
      throws ScenarioException {
    String pair = "symmetric actors '" + first.name() + "' and '" + other.name() + "'";
    if (first.calls().size() != other.calls().size()) {
      throw line.error(pair + " run different programs (" + first.calls().size() + " and "
          + other.calls().size() + " calls); list only actors whose programs match call by call");
    }
    Set<String> firstOwn = new HashSet<>(privateIters(s, first));
    Set<String> otherOwn = new HashSet<>(privateIters(s, other));
    HashBiMap<String, String> renaming = HashBiMap.create();
    for (int k = 0; k < first.calls().size(); k++) {
      Call a = first.calls().get(k);
      Call b = other.calls().get(k);
      String where = pair + " differ at call " + (k + 1) + " (lines " + a.line() + " and " + b.line() + "): ";
      if (a.op() != b.op() || !a.site().equals(b.site()) || !a.kernels().equals(b.kernels())) {
        throw line.error(where + a.op().cName() + site(a) + " against " + b.op().cName() + site(b)
            + "; list only actors with the same calls at the same sites");
      }
      for (int i = 0; i < a.op().args().size(); i++) {
        String x = a.arg(i);
        String y = b.arg(i);
        boolean renamed = a.op().args().get(i) == ArgKind.ITER && firstOwn.contains(x);
        if (renamed && !(otherOwn.contains(y) && sameIter(s, x, y) && consistent(renaming, x, y))) {
          throw line.error(where + "iterator '" + x + "' is not renamed consistently to '" + y
              + "' (each must be used by its actor only, declared alike, and renamed one to one)"
              + "; give each actor iterators of its own, declared the same way");
        }
        if (!renamed && !x.equals(y)) {
          throw line.error(where + "'" + x + "' against '" + y + "', but symmetric actors share"
              + " their pages, bios and shared iterators (only private iterators are renamed)"
              + "; use the same pages and bios in both programs, or drop the 'symmetric' line");
        }
        if (renamed) {
          renaming.putIfAbsent(x, y);
        }
      }
    }
    return renaming;
  }

  private static boolean consistent(HashBiMap<String, String> renaming, String x, String y) {
    String mapped = renaming.get(x);
    String back = renaming.inverse().get(y);
    return (mapped == null || mapped.equals(y)) && (back == null || back.equals(x));
  }

  // A renamed iterator must behave the same: same kind, direction and (shared) pages.
  private static boolean sameIter(Scenario s, String x, String y) {
    IterDecl a = s.iter(x).orElseThrow();
    IterDecl b = s.iter(y).orElseThrow();
    return a.kind() == b.kind() && a.direction() == b.direction() && a.pages().equals(b.pages());
  }

  private static String site(Call c) {
    return c.site().map(x -> " @ " + x).orElse("");
  }

  /** The iterators the actor names and no other actor does, in order of first use. */
  static List<String> privateIters(Scenario s, Actor actor) {
    Set<String> own = new LinkedHashSet<>();
    for (Call c : actor.calls()) {
      for (int i = 0; i < c.op().args().size(); i++) {
        if (c.op().args().get(i) == ArgKind.ITER) {
          own.add(c.arg(i));
        }
      }
    }
    for (Actor other : s.actors()) {
      if (!other.name().equals(actor.name())) {
        other.calls().forEach(c -> own.removeAll(c.args()));
      }
    }
    return new ArrayList<>(own);
  }
}
