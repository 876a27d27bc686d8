package pincheck.trace;

import com.google.common.collect.ImmutableList;

/** One step of a counterexample: the call, the state after it, and what changed. */
public record Step(int number, Event event, Snapshot after, ImmutableList<String> changes) {}
