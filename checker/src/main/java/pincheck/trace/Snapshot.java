package pincheck.trace;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;

/** The engine-neutral model state after one step: what narration and reports read. */
public record Snapshot(ImmutableMap<String, PageState> pages, ImmutableMap<String, BioState> bios,
                       ImmutableMap<String, Long> pc, ImmutableSortedSet<Harm> harms) {}
