package pincheck.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The releases a function reaches: its own release calls and those of the functions it
 * calls, in its file or defined in a header or non-statically elsewhere in the audited
 * files, a few calls deep. Used for wrappers (bio_release_pages into block/bio.c) and for
 * what an end_io does with the pages of a bio it completes.
 */
final class Reach {
    static final int DEPTH = 4;

    /** One release reached, the guard (BIO_* flag tests) met on the way. */
    record Reached(String primitive, String kind, String guard) {}

    // Into another file only through functions named as releases: bio_release_pages(),
    // p9_release_pages(), ceph_put_page_vector(), bio_check_pages_dirty(); a call such as
    // kfree() or folio_mark_dirty() would lead into mm/ internals that put other pages.
    private static final java.util.regex.Pattern RELEASE_NAME =
            java.util.regex.Pattern.compile(".*((^|_)(release|put|unpin)(_|$)|check_pages_dirty).*");

    private Reach() {}

    /** Whether a call into another file is followed for the releases it reaches. */
    static boolean followsAcrossFiles(String function) {
        return RELEASE_NAME.matcher(function).matches();
    }

    static List<Reached> releases(TreeFacts tree, SourceFacts file, String function, Set<String> kinds) {
        List<Reached> out = new ArrayList<>();
        walk(tree, file, function, kinds, "", DEPTH, new HashSet<>(), out);
        return out.stream().distinct().toList();
    }

    private static void walk(TreeFacts tree, SourceFacts file, String function, Set<String> kinds, String guard,
                             int depth, Set<String> seen, List<Reached> out) {
        if (depth == 0 || kinds.isEmpty() || !seen.add(file.file + ":" + function)) {
            return;
        }
        String g = guard.isEmpty() ? guardOf(file, function) : guard;
        for (SourceFacts.Release r : file.releases) {
            if (r.function().equals(function) && kinds.contains(r.kind())) {
                out.add(new Reached(r.callee(), r.kind(), g));
            }
        }
        for (SourceFacts.Call c : file.calls) {
            if (c.function().equals(function) && !c.callee().equals(function) && !GupAudit.isReleaseOrSink(file, c)) {
                Optional<SourceFacts> def = tree.definingFile(file, c.callee());
                if (def.isPresent() && (def.get() == file || followsAcrossFiles(c.callee()))) {
                    walk(tree, def.get(), c.callee(), def.get() == file ? kinds : references(kinds), g, depth - 1,
                            seen, out);
                }
            }
        }
    }

    // Into other files only page references are followed: bio_put() frees the bio's own
    // memory, which is no release of the pages it carries.
    private static Set<String> references(Set<String> kinds) {
        Set<String> out = new HashSet<>(kinds);
        out.retainAll(Set.of("put", "unpin"));
        return out;
    }

    // The BIO_* flags a function tests: bio_release_pages() releases only when one says so.
    private static String guardOf(SourceFacts file, String function) {
        List<String> g = new ArrayList<>();
        for (SourceFacts.BioFlag f : file.flags) {
            if (f.function().equals(function) && f.how().startsWith("test")) {
                g.add(f.how().equals("test-not") ? "not " + f.flag() : f.flag());
            }
        }
        return String.join(" and ", g);
    }
}
