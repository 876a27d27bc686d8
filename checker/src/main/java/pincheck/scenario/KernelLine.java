package pincheck.scenario;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code kernel 6.1 6.12} line (whose code the calls follow) and the guard that starts a call
 * line run by some of those kernels only ({@code 6.12: folio_add_pin U0},
 * {@code 6.1,6.12: ...}).
 */
final class KernelLine {
  static final String FORM = "kernel " + Kernel.tokens().alternatives().replace("|", " | ") + " ...";

  private KernelLine() {}

  static ImmutableSet<Kernel> parse(SourceLine line) throws ScenarioException {
    Arity.check(line, 1, Kernel.values().length, FORM);
    Set<Kernel> kernels = EnumSet.noneOf(Kernel.class);
    for (Token t : line.args()) {
      Kernel k = known(line, t.text());
      if (!kernels.add(k)) {
        throw line.error("kernel " + k.token() + " is named twice; name each kernel once");
      }
    }
    return ImmutableSet.copyOf(kernels);
  }

  /** The guard of a call line, when its first word is one ("6.12:"). */
  static Optional<ImmutableSet<Kernel>> guard(SourceLine line) throws ScenarioException {
    String word = line.keyword();
    if (!word.endsWith(":") || word.isEmpty() || !Character.isDigit(word.charAt(0))) {
      return Optional.empty();
    }
    Set<Kernel> kernels = EnumSet.noneOf(Kernel.class);
    for (String part : word.substring(0, word.length() - 1).split(",", -1)) {
      kernels.add(known(line, part));
    }
    return Optional.of(ImmutableSet.copyOf(kernels));
  }

  private static Kernel known(SourceLine line, String word) throws ScenarioException {
    return Kernel.fromToken(word).orElseThrow(() -> line.error(
        "unknown kernel '" + Names.show(word) + "'; the kernels are " + Kernel.tokens().list()
            + " (2019: the path as the 2019 thread describes it, for its proposals)"));
  }
}
