package pincheck.property;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pincheck.design.Design;
import pincheck.design.Knob;
import pincheck.design.Scaling;
import pincheck.trace.BioPage;
import pincheck.trace.BioState;
import pincheck.trace.Harm;
import pincheck.trace.PageState;
import pincheck.trace.Snapshot;
import pincheck.trace.Step;
import pincheck.trace.Trace;

/** The last line of a counterexample: which property broke and why, in one sentence. */
public final class Explanation {
    private Explanation() {}

    public static String of(Property p, Trace trace, ImmutableMap<String, PageFacts> facts, Design d,
                            Scaling s) {
        Snapshot last = trace.last();
        String detail = p.harm().map(h -> harmDetail(h, trace)).orElseGet(() -> stateDetail(p, last, facts, d, s));
        return p.tlaName() + (p.isCondition() ? " reachable: " : " violated: ") + p.brokenMeans()
                + (detail.isEmpty() ? "." : ": " + detail + ".");
    }

    private static String harmDetail(String kind, Trace trace) {
        List<String> parts = new ArrayList<>();
        Snapshot before = trace.initial();
        for (Step st : trace.steps()) {
            for (Harm h : st.after().harms()) {
                if (h.kind().equals(kind) && !before.harms().contains(h)) {
                    String change = st.changes().stream().filter(c -> c.startsWith(h.page() + "."))
                            .findFirst().map(c -> " (" + c + ")").orElse("");
                    parts.add(h.page() + " in step " + st.number() + ", " + st.event().callText() + change);
                }
            }
            before = st.after();
        }
        return String.join("; ", parts);
    }

    private static String stateDetail(Property p, Snapshot last, Map<String, PageFacts> facts, Design d,
                                      Scaling s) {
        List<String> parts = new ArrayList<>();
        switch (p) {
            case PINS_VISIBLE -> last.bios().forEach((name, bio) -> {
                if (bio.state().equals("inflight")) {
                    for (BioPage bp : bio.pages()) {
                        PageFacts f = facts.get(bp.page());
                        PageState pg = last.pages().get(bp.page());
                        if (bp.gup() && f != null && pg != null && (f.kind().equals("user") || f.kind().equals("pagecache"))
                                && !Mirror.maybeDmaPinned(pg, f, d, s)) {
                            parts.add(bp.page() + " is in " + name + ", in flight, but folio_maybe_dma_pinned("
                                    + bp.page() + ") is false (_refcount " + pg.ref() + ", _pincount "
                                    + pg.pin() + ", pin_accounting=" + d.value(Knob.PIN_ACCOUNTING) + ")");
                        }
                    }
                }
            });
            case NO_MIXED_BIO -> last.bios().forEach((name, bio) -> mixed(name, bio, facts, d).ifPresent(parts::add));
            case BALANCED_WHEN_QUIET -> last.pages().forEach((name, pg) -> {
                PageFacts f = facts.get(name);
                if (f == null || pg.freed()) {
                    return;
                }
                long want = Mirror.expectedRef(pg, f, s);
                if (pg.ref() != want || pg.pin() != 0 || pg.gupref() != 0) {
                    parts.add(name + "._refcount is " + pg.ref() + " where its owners account for " + want
                            + (pg.pin() != 0 ? ", _pincount " + pg.pin() : "")
                            + (pg.gupref() != 0 ? ", gupref " + pg.gupref() : ""));
                }
            });
            case DETECTABLE -> {
                java.util.Set<String> warned = new java.util.TreeSet<>();
                last.harms().stream().filter(h -> h.kind().equals("warn")).forEach(h -> warned.add(h.page()));
                java.util.Set<String> silent = new java.util.TreeSet<>();
                last.harms().stream().filter(h -> !h.kind().equals("warn") && HARMS.contains(h.kind()))
                        .filter(h -> !warned.contains(h.page())).forEach(h -> silent.add(h.kind() + " of " + h.page()));
                // A leak counts once the path is quiet; a trace that ends earlier ends at a harm.
                if (silent.isEmpty()) {
                    unbalanced(last, facts, s).stream().filter(pg -> !warned.contains(pg))
                            .forEach(pg -> silent.add("leak on " + pg));
                }
                if (!silent.isEmpty()) {
                    parts.add("no WARN_ON fired for " + String.join(", ", silent) + " (warn=" + d.value(Knob.WARN) + ")");
                }
            }
            case EVENTUALLY_QUIET -> {
                last.bios().forEach((name, bio) -> {
                    if (bio.state().equals("inflight") || bio.queued()) {
                        parts.add(name + " never completes");
                    }
                });
                unbalanced(last, facts, s).forEach(pg -> parts.add(pg + " never returns to its owners' count ("
                        + last.pages().get(pg).ref() + " where they account for "
                        + Mirror.expectedRef(last.pages().get(pg), facts.get(pg), s) + ")"));
                if (parts.isEmpty()) {
                    parts.add("an actor never finishes its program");
                }
            }
            case LONGTERM_NOT_MOVABLE -> last.pages().forEach((name, pg) -> {
                if (pg.mm().ltpins() > 0 && pg.mm().movable()) {
                    parts.add(name + " holds " + pg.mm().ltpins() + " FOLL_LONGTERM pin(s) in ZONE_MOVABLE (longterm="
                            + d.value(Knob.LONGTERM) + ")");
                }
            });
            case FALSE_POSITIVE_PINNED -> {
                // a count below zero reads pinned for the underflow alone: said once, not once per page
                List<String> belowZero = new ArrayList<>();
                last.pages().forEach((name, pg) -> {
                    PageFacts f = facts.get(name);
                    if (f != null && !f.zero() && !pg.freed() && Mirror.maybeDmaPinned(pg, f, d, s)) {
                        if (pg.ref() < 0) {
                            belowZero.add(name + " (_refcount " + pg.ref() + ")");
                        } else {
                            parts.add(name + " reads pinned with _refcount " + pg.ref() + " (bias " + s.bias() + ")");
                        }
                    }
                });
                if (!belowZero.isEmpty()) {
                    parts.add(String.join(", ", belowZero) + (belowZero.size() == 1 ? " reads" : " read")
                            + " pinned only because the count went below zero");
                }
            }
            default -> { }
        }
        return String.join("; ", parts);
    }

    /** The harms a WARN is meant to catch (specs/tla/Pinning.tla: HarmKinds). */
    static final java.util.Set<String> HARMS =
            java.util.Set.of("underflow", "uaf", "zero-freed", "overflow", "wb-under-dma", "stale-dma");

    /** Pages off their owners' count (Unbalanced in Pinning.tla). */
    static List<String> unbalanced(Snapshot last, Map<String, PageFacts> facts, Scaling s) {
        List<String> out = new ArrayList<>();
        last.pages().forEach((name, pg) -> {
            PageFacts f = facts.get(name);
            if (f != null && !pg.freed()
                    && (pg.ref() != Mirror.expectedRef(pg, f, s) || pg.pin() != 0 || pg.gupref() != 0)) {
                out.add(name);
            }
        });
        return out;
    }

    private static java.util.Optional<String> mixed(String name, BioState bio, Map<String, PageFacts> facts,
                                                    Design d) {
        BioPage pinned = null;
        BioPage other = null;
        for (BioPage bp : bio.pages()) {
            PageFacts f = facts.get(bp.page());
            boolean neutral = f != null && f.zero() && d.value(Knob.ZERO_PIN).equals("neutral") && bp.how().equals("pin");
            if (neutral) {
                continue;
            }
            if (bp.how().equals("pin") && pinned == null) {
                pinned = bp;
            } else if (!bp.how().equals("pin") && other == null) {
                other = bp;
            }
        }
        return pinned != null && other != null
                ? java.util.Optional.of(name + " holds " + pinned + " and " + other)
                : java.util.Optional.empty();
    }
}
