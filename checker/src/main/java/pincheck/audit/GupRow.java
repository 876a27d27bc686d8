package pincheck.audit;

import com.google.common.collect.ImmutableList;

/**
 * One GUP call site: where it is, what it takes, where the pages go, where they are given
 * back, whether that matches, and the scenarios that model its function.
 */
record GupRow(String file, String function, int line, String call, Reference reference, String via,
              String longterm, String flags, ImmutableList<String> destinations, ImmutableList<Integer> sinkLines,
              ImmutableList<FoundRelease> releases, Match match, String why, ImmutableList<String> scenarios) {

    String site() {
        return file + ":" + line;
    }

    /** "FOLL_PIN, FOLL_LONGTERM" or "extract (bio_iov_iter_get_pages)". */
    String referenceText() {
        StringBuilder b = new StringBuilder(reference.word());
        if (longterm.equals("yes")) {
            b.append(", FOLL_LONGTERM");
        } else if (longterm.startsWith("from")) {
            b.append(" (FOLL_LONGTERM ").append(longterm).append(')');
        }
        if (!via.isEmpty()) {
            b.append(" via ").append(via);
        }
        return b.toString();
    }
}
