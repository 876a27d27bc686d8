package pincheck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrationTest {
    static PageState page(long ref) { return new PageState(ref, 0, 0, true, false, false, false, false, false); }

    static Snapshot state(long zref, BioState b, ImmutableSortedSet<Harm> harms) {
        return new Snapshot(ImmutableMap.of("Z", page(zref)), ImmutableMap.of("b", b), ImmutableMap.of("dio", 1L), harms);
    }

    static BioState bio(String state, List<BioPage> pages, String endio) {
        return new BioState(state, ImmutableList.copyOf(pages), endio, ImmutableSortedSet.of(), "b", false);
    }

    @Test
    void aStepSaysWhoCalledWhatWhereAndWhatChanged() {
        Snapshot s0 = state(1, bio("filling", List.of(), "unset"), ImmutableSortedSet.of());
        Snapshot s1 = state(2, bio("filling", List.of(new BioPage("Z", "get")), "normal"), ImmutableSortedSet.of());
        Snapshot s2 = state(-2, bio("done", List.of(new BioPage("Z", "get")), "normal"),
                ImmutableSortedSet.of(new Harm("underflow", "Z")));
        Trace t = Trace.of(s0,
                List.of(new Event("dio", "bio_add_page", ImmutableList.of("b", "Z"), "fs/direct-io.c:dio_zero_block", ""),
                        new Event("irq", "dio_bio_end_io_gup", ImmutableList.of("b"), "block/bio.c:bio_endio", "")),
                List.of(s1, s2));
        assertEquals(List.of(
                "  1. dio  bio_add_page(b, Z)     @ fs/direct-io.c: dio_zero_block  -- Z._refcount 1 -> 2; b += Z (get); b end_io := _normal",
                "  2. irq  dio_bio_end_io_gup(b)  @ block/bio.c: bio_endio          -- Z._refcount 2 -> -2; b completed; UNDERFLOW of Z"),
                Narration.lines(t));
    }

    @Test
    void notesComeFirstAndEmptySitesAreLeftOut() {
        Snapshot s0 = state(1, bio("filling", List.of(), "unset"), ImmutableSortedSet.of());
        Trace t = Trace.of(s0, List.of(new Event("dio", "iov_iter_get_pages", ImmutableList.of("it"), "",
                "-EFAULT: U0 is not mapped")), List.of(s0));
        assertEquals(List.of("  1. dio  iov_iter_get_pages(it)  -- -EFAULT: U0 is not mapped"), Narration.lines(t));
    }
}
