package pincheck.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/** An {@code actor NAME} line and its program, in program order. */
public record Actor(String name, ImmutableList<Call> calls, int line) {
  public Actor {
    requireNonNull(name);
    calls = ImmutableList.copyOf(calls);
  }
}
