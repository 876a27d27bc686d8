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
                "  2. irq  dio_bio_end_io_gup(b)  @ block/bio.c: bio_endio          -- Z._refcount 2 -> -2; UNDERFLOW of Z; b completed"),
                Narration.lines(t));
    }

    @Test
    void theBiosEndIoIsToldOnlyWhereTheDesignSplitsIt() throws Exception {
        Snapshot s0 = state(1, bio("filling", List.of(), "unset"), ImmutableSortedSet.of());
        Snapshot s1 = state(2, bio("filling", List.of(new BioPage("Z", "get")), "normal"), ImmutableSortedSet.of());
        Trace t = Trace.of(s0, List.of(new Event("dio", "bio_add_page", ImmutableList.of("b", "Z"), "", "")),
                List.of(s1));
        assertEquals(List.of("  1. dio  bio_add_page(b, Z)  -- Z._refcount 1 -> 2; b += Z (get); b end_io := _normal"),
                Narration.lines(t, pincheck.design.Presets.get("split-end-io")));
        assertEquals(List.of("  1. dio  bio_add_page(b, Z)  -- Z._refcount 1 -> 2; b += Z (get)"),
                Narration.lines(t, pincheck.design.Presets.get("bias-unconverted")));
    }

    @Test
    void aBiosPagesAreReleasedInBioOrderEachWithItsHarmsThenTheBioCompletes() {
        ImmutableMap<String, PageState> before = ImmutableMap.of("A", page(2), "Z", page(2));
        ImmutableMap<String, PageState> after = ImmutableMap.of("A", page(1), "Z", page(-2));
        List<BioPage> pages = List.of(new BioPage("Z", "get"), new BioPage("A", "pin"));
        Snapshot s0 = new Snapshot(before, ImmutableMap.of("b", bio("inflight", pages, "gup")), ImmutableMap.of(),
                ImmutableSortedSet.of());
        Snapshot s1 = new Snapshot(after, ImmutableMap.of("b", bio("done", pages, "gup")), ImmutableMap.of(),
                ImmutableSortedSet.of(new Harm("underflow", "Z"), new Harm("warn", "Z")));
        assertEquals(List.of("Z._refcount 2 -> -2", "UNDERFLOW of Z", "WARN_ON fired for Z", "A._refcount 2 -> 1",
                        "b completed"),
                Changes.between(s0, s1, new Event("irq", "end_io", ImmutableList.of("b"), "", "")));
    }

    @Test
    void aLassoSaysWhatRepeatsForever() {
        Snapshot s0 = state(1, bio("filling", List.of(), "unset"), ImmutableSortedSet.of());
        Snapshot s1 = state(2, bio("filling", List.of(new BioPage("Z", "get")), "normal"), ImmutableSortedSet.of());
        Event add = new Event("dio", "bio_add_page", ImmutableList.of("b", "Z"), "", "");
        Trace t = Trace.of(s0, List.of(add, add), List.of(s1, s1));
        assertEquals("     forever: nothing more happens; the state after step 2 repeats",
                Narration.lines(t.withLoop(2)).get(2));
        assertEquals("     forever: steps 2 to 2 repeat (back to the state after step 1)",
                Narration.lines(t.withLoop(1)).get(2));
        assertEquals(2, Narration.lines(t).size(), "a finite trace ends with its last step");
    }

    @Test
    void anErrorReturnComesAfterWhatTheCallDidAndEmptySitesAreLeftOut() {
        Snapshot s0 = state(1, bio("filling", List.of(), "unset"), ImmutableSortedSet.of());
        Snapshot s1 = state(5, bio("filling", List.of(), "unset"), ImmutableSortedSet.of());
        Trace t = Trace.of(s0, List.of(new Event("dio", "iov_iter_get_pages", ImmutableList.of("it"), "",
                "-EFAULT: F is not mapped")), List.of(s1));
        assertEquals(List.of("  1. dio  iov_iter_get_pages(it)  -- Z._refcount 1 -> 5; -EFAULT: F is not mapped"),
                Narration.lines(t));
    }
}
