package pincheck.trace;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;

/**
 * A bio at one state: filling, inflight or done; its pages; its release mode; the
 * first bio of the request it was merged into (itself when not merged); whether
 * its release waits on the workqueue.
 */
public record BioState(String state, ImmutableList<BioPage> pages, String endio,
                       ImmutableSortedSet<String> flags, String rq, boolean queued) {}
