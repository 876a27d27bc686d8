package pincheck.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * One call line of an actor's program; args are the declared names (or flag words), in the
 * op's order. {@code kernels} is the line's guard ({@code 6.12: folio_add_pin U0}): the kernels
 * whose code makes this call, empty for a line every kernel of the scenario runs.
 */
public record Call(Op op, ImmutableList<String> args, Optional<String> site, int line,
                   ImmutableSet<Kernel> kernels) {
  public Call {
    requireNonNull(op);
    args = ImmutableList.copyOf(args);
    requireNonNull(site);
    kernels = ImmutableSet.copyOf(kernels);
    checkArgument(args.size() == op.args().size()
        || args.size() == op.args().size() + 1 && op.optionalFlags().contains(args.get(args.size() - 1)),
        "%s takes %s arguments", op, op.args().size());
  }

  /** A line with no guard. */
  public Call(Op op, ImmutableList<String> args, Optional<String> site, int line) {
    this(op, args, site, line, ImmutableSet.of());
  }

  /** The i-th argument (0-based). */
  public String arg(int index) {
    return args.get(index);
  }

  /** Whether the call passes this flag (FOLL_LONGTERM). */
  public boolean hasFlag(String flag) {
    return args.size() > op.args().size() && args.get(args.size() - 1).equals(flag);
  }

  /** Whether the code of kernel k makes this call. */
  public boolean runsUnder(Kernel k) {
    return kernels.isEmpty() || kernels.contains(k);
  }
}
