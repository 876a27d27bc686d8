package pincheck.claims;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import pincheck.design.Design;
import pincheck.design.DesignException;
import pincheck.design.Presets;
import pincheck.property.Property;
import pincheck.scenario.Scenario;
import pincheck.study.Model;
import pincheck.study.ModelRuns;
import pincheck.verdict.Verdict;

/**
 * "for every iov_iter_get_pages() you have an iov_iter_put_pages()": every path of
 * the catalogue with its put_page() call sites converted to iov_iter_put_pages()
 * (the per-page-mark proposal, release=iov_iter_put_pages), including the paths whose fill and release are far
 * apart (nfs/direct.c, cifs's workqueue, merged bios). Balanced counts are not
 * enough: a pin released while the device still uses the page is invisible to
 * writeback.
 */
final class CallSiteBalance implements Study {
    static final ImmutableList<Property> CHECKED = ImmutableList.of(Property.BALANCED_WHEN_QUIET,
            Property.RELEASED_AS_TAKEN, Property.PINS_VISIBLE, Property.NO_UNDERFLOW, Property.NO_USE_AFTER_FREE);

    @Override
    public Finding settle(Catalogue cat, ModelRuns runs) throws IOException, InterruptedException, DesignException {
        // The claim is a proposal's: the paths as the thread describes them, every release converted.
        Design d = Presets.get("per-page-mark");
        List<Model> models = new ArrayList<>();
        for (Scenario s : cat.paths()) {
            if (s.follows(d.kernel())) {
                models.add(new Model(s, d, CHECKED));
            }
        }
        Found f = Found.of(models, runs.all(models));
        ImmutableList.Builder<Evidence> ev = ImmutableList.builder();
        List<String> broken = new ArrayList<>();
        boolean nfsEarly = false;
        for (Property p : CHECKED) {
            var hits = f.with(Verdict.VIOLATED, p, "balanced at the call site, yet " + p.title() + " breaks");
            if (!hits.isEmpty()) {
                ev.add(hits.get(0));
                nfsEarly |= p == Property.PINS_VISIBLE && hits.stream().anyMatch(e -> e.scenario().name()
                        .equals("nfs-direct"));
                broken.add(p.tlaName() + " on " + String.join(", ", hits.stream().map(e -> e.scenario().name())
                        .distinct().toList()));
            }
        }
        String shipped = shipped(cat, runs, ev);
        if (!broken.isEmpty()) {
            return new Finding(ClaimVerdict.REFUTED, "Refuted on the catalogue: with every release converted "
                    + "(iov_iter_put_pages at the put_page() call sites, the per-page-mark proposal), "
                    + String.join("; ", broken) + "." + (nfsEarly ? " Balancing the count where the pages were "
                    + "got does not say when: nfs/direct.c drops its GUP references (nfs_direct_release_pages()) "
                    + "before the I/O completes, keeping the page alive with the reference its nfs_page request "
                    + "took (get_page in __nfs_create_request or nfs_page_assign_page), so the pin is gone while the device still uses the page." : "") + shipped, ev.build());
        }
        if (f.anyInconclusive()) {
            return new Finding(ClaimVerdict.INCONCLUSIVE, "A run did not finish: " + f.inconclusiveReason(),
                    ev.build());
        }
        return new Finding(ClaimVerdict.CONFIRMED, "Confirmed: on " + f.size() + " paths ("
                + f.distinctStates() + " distinct states) the converted call sites balance every reference and keep "
                + "every pin until the I/O ends." + shipped, ev.build());
    }

    /**
     * The same path as linux-6.12 ships it: nfs/direct.c still gets its pages with FOLL_GET
     * (iov_iter_get_pages_alloc2 in nfs_direct_read_schedule_iovec), not with pins.
     */
    private static String shipped(Catalogue cat, ModelRuns runs, ImmutableList.Builder<Evidence> ev)
            throws IOException, InterruptedException, DesignException {
        Design kernel = Presets.get("linux-6.12");
        List<Model> model = cat.paths().stream().filter(s -> s.name().equals("nfs-direct") && s.follows(kernel.kernel()))
                .map(s -> new Model(s, kernel, ImmutableList.of(Property.PINS_VISIBLE))).toList();
        if (model.isEmpty()) {
            return "";
        }
        Found f = Found.of(model, runs.all(model));
        var hits = f.with(Verdict.VIOLATED, Property.PINS_VISIBLE,
                "linux-6.12 as shipped: FOLL_GET references, never pinned");
        if (!hits.isEmpty()) {
            ev.add(hits.get(0));
            return " As linux-6.12 ships it, nfs/direct.c does not pin at all: it gets its pages with FOLL_GET"
                    + " (iov_iter_get_pages_alloc2 in nfs_direct_read_schedule_iovec), so PinsVisible is"
                    + " violated there too, with no release to convert.";
        }
        return f.anyInconclusive() ? " nfs-direct under linux-6.12 (FOLL_GET references) did not finish: "
                + f.inconclusiveReason() + "." : " nfs-direct under linux-6.12 (FOLL_GET references): PinsVisible holds.";
    }
}
