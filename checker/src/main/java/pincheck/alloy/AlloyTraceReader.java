package pincheck.alloy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pincheck.alloy.run.AlloyState;
import pincheck.alloy.run.AlloyTrace;
import pincheck.alloy.run.AlloyTuple;
import pincheck.scenario.Bytes;
import pincheck.trace.BioPage;
import pincheck.trace.BioState;
import pincheck.trace.Event;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Trace;

/**
 * Reads an Alloy counterexample state by state into the engine-neutral Trace, worded as
 * Pinning.tla words its events, so Narration tells it like a TLC trace. The trace ends at
 * the first state that breaks the property; stutter steps (idle) are dropped.
 */
public final class AlloyTraceReader {
    private AlloyTraceReader() {}

    /** The prefix of the lasso up to the first state where {@code invariant} is false. */
    public static Trace read(AlloyTrace t, String invariant) {
        int end = 0;
        while (end < t.length() - 1 && holds(t.state(end), invariant)) {
            end++;
        }
        Map<String, List<String>> order = new LinkedHashMap<>();
        Snapshot initial = snapshot(t.state(0), order);
        List<Event> events = new ArrayList<>();
        List<Snapshot> after = new ArrayList<>();
        Snapshot before = initial;
        Event last = Event.INIT;
        for (int i = 1; i <= end; i++) {
            Snapshot now = snapshot(t.state(i), order);
            Event ev = event(t.state(i));
            if (now.equals(before) && ev.equals(last)) {
                continue;   // idle: nothing happened
            }
            events.add(ev);
            after.add(now);
            before = now;
            last = ev;
        }
        return Trace.of(initial, events, after);
    }

    private static boolean holds(AlloyState s, String invariant) {
        return !s.single(invariant).equals(Optional.of("false"));
    }

    /** @param order each bio's pages in the order they went in, across the states read so far */
    static Snapshot snapshot(AlloyState s, Map<String, List<String>> order) {
        ImmutableMap.Builder<String, PageState> pages = ImmutableMap.builder();
        for (String p : s.atoms("Page")) {
            pages.put(AlloyNames.scenario(p), new PageState(num(s, p, "ref"), num(s, p, "pin"), num(s, p, "gupref"),
                    in(s, "Mapped", p), in(s, "Cached", p), in(s, "Freed", p), in(s, "Wrapped", p),
                    in(s, "Dirty", p), in(s, "UnderWriteback", p), num(s, p, "pins"),
                    new PageState.Mm(num(s, p, "gups"), num(s, p, "ltpins"), in(s, "InMovableZone", p),
                            in(s, "AnonX", p), in(s, "WriteProtected", p), in(s, "ChildMapped", p))));
        }
        ImmutableMap.Builder<String, BioState> bios = ImmutableMap.builder();
        for (String b : s.atoms("Bio")) {
            // Pinning.als keeps a bio's entries as sets: pages, those taken as pin, as get, from a GUP
            Map<String, String> how = new LinkedHashMap<>();
            List<String> pinned = atoms(s, b, "pinTaken");
            List<String> gotten = atoms(s, b, "getTaken");
            atoms(s, b, "pages").forEach(p -> how.put(p, pinned.contains(p) ? "pin" : gotten.contains(p) ? "get" : "none"));
            List<String> fromGup = atoms(s, b, "fromGup");
            List<String> seen = order.computeIfAbsent(b, k -> new ArrayList<>());
            how.keySet().stream().filter(p -> !seen.contains(p)).sorted().forEach(seen::add);
            ImmutableList<BioPage> in = seen.stream().filter(how::containsKey)
                    .map(p -> new BioPage(AlloyNames.scenario(p), how.get(p), fromGup.contains(p),
                            part(s, b, "partOff", p, 0), part(s, b, "partLen", p, WHOLE_PAGE)))
                    .collect(ImmutableList.toImmutableList());
            bios.put(AlloyNames.scenario(b), new BioState(s.value(b, "state").orElseThrow(), in, s.value(b, "endio").orElse("unset"),
                    s.join(b, "flags").stream().map(AlloyTuple::toString)
                            .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo)),
                    AlloyNames.scenario(s.value(b, "rq").orElseThrow()), in(s, "wq", b)));
        }
        ImmutableMap.Builder<String, Long> pc = ImmutableMap.builder();
        for (String a : s.atoms("Actor")) {
            pc.put(AlloyNames.scenario(a), num(s, a, "pc"));
        }
        ImmutableSortedSet<Harm> harms = s.tuples("bad").stream()
                .map(t -> new Harm(harm(t.first()), AlloyNames.scenario(t.rest().toString())))
                .collect(ImmutableSortedSet.toImmutableSortedSet(Harm::compareTo));
        return new Snapshot(pages.build(), bios.build(), pc.build(), harms);
    }

    private static final int WHOLE_PAGE = Bytes.PAGE_SIZE / Bytes.UNIT;

    /** H_zero_freed -> zero-freed, the harm's name in Pinning.tla. */
    static String harm(String atom) {
        return atom.substring("H_".length()).replace('_', '-');
    }

    static Event event(AlloyState s) {
        String actor = AlloyNames.scenario(s.value("Ev", "ev_actor").orElse(""));
        ImmutableList.Builder<String> args = ImmutableList.builder();
        s.value("Ev", "ev_arg1").map(AlloyNames::scenario).ifPresent(args::add);
        s.value("Ev", "ev_arg2").map(AlloyNames::scenario).ifPresent(args::add);
        String call = unquote(s.value("Ev", "ev_call").orElse(""));
        return new Event(actor, call, args.build(), unquote(s.value("Ev", "ev_site").orElse("")),
                note(s.value("Ev", "ev_note").orElse(""), AlloyNames.scenario(s.value("Ev", "ev_note_page").orElse("")),
                        call));
    }

    /** The notes of Pinning.tla, word for word; p is the object the note names, call the step's call. */
    static String note(String note, String p, String call) {
        return switch (note) {
            case "" -> "";
            case "NoteSkipped" -> "skipped: " + p + " was not obtained";
            case "NoteEfault" -> "-EFAULT: " + p + " is not mapped";
            case "NoteKvec" -> "-EFAULT: a kvec has no pages to get";
            case "NoteEnomem" -> "-ENOMEM: " + p + "._refcount <= 0, grab refused";
            case "NoteRejected" -> "HYPOTHETICAL fill rule: rejected, one release mode per bio; " + p + " given back";
            case "NoteTrue" -> "true";
            case "NoteFalse" -> "false";
            case "NoteHypTrue" -> "HYPOTHETICAL: folio_maybe_dma_pinned(" + p + ") true";
            case "NoteHypFalse" -> "HYPOTHETICAL: folio_maybe_dma_pinned(" + p + ") false";
            case "NoteNotMapped" -> p + " is not mapped";
            case "NoteNotCached" -> p + " is not in the page cache";
            case "NoteNotInCache" -> p + " is not in the page cache: writeback finds no page";
            case "NoteNotUnderWriteback" -> p + " is not under writeback";
            case "NoteClean" -> p + " is clean: writeback skips it";
            case "NoteNothingToWrite" -> p + " is not under writeback: nothing to write";
            case "NoteRedirtied" -> "skipped: maybe DMA-pinned, redirtied";
            case "NoteUnshare" -> "COW unshare: " + p + "'s address gets a copy the model does not follow";
            case "NoteUnmovable" -> "-ENOMEM: " + p + " is not longterm pinnable and cannot be migrated"
                    + " (other references); the pins this call took are given back";
            case "NoteForkCopies" -> "the child gets a copy of the maybe-pinned page(s) now";
            case "NoteUnfollowedAddr" -> p + "'s address maps a page the model does not follow";
            case "NoteWritable" -> "writable: no fault";
            case "NoteReused" -> "reused: the process keeps " + p;
            case "NoteCopied" -> "copied: the process now maps a copy of " + p;
            case "NoteEagain" -> "-EAGAIN: " + p + " has references its mappings do not account for";
            case "NoteMoved" -> p + " moved to a new page";
            case "NoteHypMoved" -> "HYPOTHETICAL: moved although other references hold " + p;
            case "NoteReclaimed" -> p + " reclaimed";
            case "NoteKeptPinned" -> "kept: maybe DMA-pinned";
            case "NoteKeptRefs" -> "kept: the refcount does not freeze (other references)";
            case "NoteHypDropped" -> "HYPOTHETICAL: dropped from its file and process although referenced";
            case "NoteQueued" -> QUEUED;
            case "NoteWorkReleases" -> "releases the pages of " + p;
            case "NoteSharedMerge" -> "HYPOTHETICAL: the request will complete with " + p + "'s end_io only";
            case "NoteOwnEndIo" -> OWN_END_IO;
            case "NoteSharedEndIo" -> sharedEndIo(call);
            case "NoteOwnEndIoQueued" -> OWN_END_IO + "; " + QUEUED;
            case "NoteSharedEndIoQueued" -> sharedEndIo(call) + "; " + QUEUED;
            default -> throw new IllegalStateException("Pinning.als has a note Java does not word: " + note);
        };
    }

    private static final String QUEUED = "the release is queued to the workqueue";
    private static final String OWN_END_IO = "blk_update_request: bio_endio on each merged bio, each with its own end_io";

    private static String sharedEndIo(String endIoName) {
        return "HYPOTHETICAL shared end_io: " + endIoName + " releases the pages of every merged bio";
    }

    private static String unquote(String atom) {
        return atom.length() >= 2 && atom.startsWith("\"") && atom.endsWith("\"")
                ? atom.substring(1, atom.length() - 1) : atom;
    }

    /** The bytes Pinning.als keeps for an entry that is not a whole page (partOff, partLen), else whole. */
    private static int part(AlloyState s, String bio, String field, String page, int whole) {
        return s.join(bio, field).stream().filter(t -> t.first().equals(page))
                .map(t -> Integer.parseInt(t.rest().toString())).findFirst().orElse(whole);
    }

    private static List<String> atoms(AlloyState s, String atom, String field) {
        return s.join(atom, field).stream().map(AlloyTuple::toString).toList();
    }

    private static long num(AlloyState s, String atom, String field) {
        return Long.parseLong(s.value(atom, field).orElseThrow(
                () -> new IllegalStateException(atom + "." + field + " is not one integer at state " + s.index())));
    }

    private static boolean in(AlloyState s, String sig, String atom) {
        return s.atoms(sig).contains(atom);
    }
}
