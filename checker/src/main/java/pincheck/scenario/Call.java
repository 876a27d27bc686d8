package pincheck.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** One call line of an actor's program; args are the declared names, in the op's order. */
public record Call(Op op, ImmutableList<String> args, Optional<String> site, int line) {
  public Call {
    requireNonNull(op);
    args = ImmutableList.copyOf(args);
    requireNonNull(site);
    checkArgument(args.size() == op.args().size(), "%s takes %s arguments", op, op.args().size());
  }

  /** The i-th argument (0-based). */
  public String arg(int index) {
    return args.get(index);
  }
}
