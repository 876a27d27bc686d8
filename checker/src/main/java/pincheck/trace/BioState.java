package pincheck.trace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;

/** A bio at one state: filling, inflight or done; its pages; its release mode. */
public record BioState(String state, ImmutableList<BioPage> pages, String endio,
                       ImmutableSortedSet<String> flags) {}
