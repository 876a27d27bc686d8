package pincheck.trace;

import com.google.common.collect.ImmutableList;
import java.util.Set;

/** What changed between two states, worded as a kernel developer would: {@code Z._refcount 2 -> -2}. */
public final class Changes {
    private Changes() {}

    /** What changed, pages then bios, each page's harms after its own changes. */
    public static ImmutableList<String> between(Snapshot a, Snapshot b) {
        return between(a, b, Event.INIT);
    }

    /**
     * What changed in the order the call did it: the pages the call names, then each bio it
     * names (and the bios merged into the same request) with its pages in bio order before the
     * bio's own change (bio_endio puts each page, then the bio completes), then the rest in
     * state order. A page's harms follow its own changes.
     */
    public static ImmutableList<String> between(Snapshot a, Snapshot b, Event e) {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        Set<String> donePages = new java.util.HashSet<>();
        Set<String> doneBios = new java.util.HashSet<>();
        for (String arg : e.args()) {
            if (b.pages().containsKey(arg) && donePages.add(arg)) {
                pageAndHarms(out, arg, a, b);
            }
        }
        for (String bio : biosInOrder(b, e)) {
            for (BioPage bp : b.bios().get(bio).pages()) {
                if (donePages.add(bp.page())) {
                    pageAndHarms(out, bp.page(), a, b);
                }
            }
            doneBios.add(bio);
            bioOf(out, bio, a, b);
        }
        b.pages().keySet().stream().filter(donePages::add).forEach(name -> pageAndHarms(out, name, a, b));
        b.bios().keySet().stream().filter(doneBios::add).forEach(name -> bioOf(out, name, a, b));
        for (Harm h : b.harms()) {
            if (!a.harms().contains(h) && !b.pages().containsKey(h.page())) {
                out.add(harmText(h));
            }
        }
        return out.build();
    }

    /** The bios the call names, each followed by the other bios of its request, in state order. */
    private static java.util.List<String> biosInOrder(Snapshot b, Event e) {
        java.util.List<String> order = new java.util.ArrayList<>();
        for (String arg : e.args()) {
            BioState bio = b.bios().get(arg);
            if (bio == null) {
                continue;
            }
            if (!order.contains(arg)) {
                order.add(arg);
            }
            b.bios().forEach((name, other) -> {
                if (other.rq().equals(bio.rq()) && !order.contains(name)) {
                    order.add(name);
                }
            });
        }
        return order;
    }

    private static void pageAndHarms(ImmutableList.Builder<String> out, String name, Snapshot a, Snapshot b) {
        PageState before = a.pages().get(name);
        if (before != null) {
            page(out, name, before, b.pages().get(name));
        }
        for (Harm h : b.harms()) {
            if (h.page().equals(name) && !a.harms().contains(h)) {
                out.add(harmText(h));
            }
        }
    }

    private static void bioOf(ImmutableList.Builder<String> out, String name, Snapshot a, Snapshot b) {
        BioState before = a.bios().get(name);
        if (before != null) {
            bio(out, name, before, b.bios().get(name));
        }
    }

    /** A harm as the narration shouts it: {@code UNDERFLOW of Z}. */
    public static String harmText(Harm h) {
        String what = switch (h.kind()) {
            case "uaf" -> "USE-AFTER-FREE";
            case "mismatch" -> "MISMATCHED RELEASE";
            case "zero-freed" -> "ZERO_PAGE FREED";
            case "wb-under-dma" -> "WRITEBACK UNDER DMA";
            case "stale-dma" -> "STALE DMA";
            case "unfollowed" -> "UNFOLLOWED";
            case "warn" -> "WARN_ON fired";
            default -> h.kind().toUpperCase(java.util.Locale.ROOT);
        };
        return what + (h.kind().equals("warn") ? " for " : " of ") + h.page();
    }

    private static void page(ImmutableList.Builder<String> out, String n, PageState x, PageState y) {
        count(out, n + "._refcount", x.ref(), y.ref());
        count(out, n + "._pincount", x.pin(), y.pin());
        count(out, n + ".gupref", x.gupref(), y.gupref());
        flag(out, x.mapped(), y.mapped(), n + " mapped", n + " unmapped");
        flag(out, x.cache(), y.cache(), n + " added to the page cache", n + " removed from the page cache");
        flag(out, x.freed(), y.freed(), n + " freed", n + " reallocated");
        flag(out, x.wrapped(), y.wrapped(), n + "._refcount wrapped past INT_MAX", n + "._refcount back from the wrap");
        flag(out, x.dirty(), y.dirty(), n + " dirty", n + " clean");
        flag(out, x.writeback(), y.writeback(), n + " under writeback", n + " writeback done");
        flag(out, x.mm().child(), y.mm().child(), n + " shared with the child", n + " no longer the child's");
        flag(out, x.mm().anonx(), y.mm().anonx(), n + " exclusive again", n + " no longer exclusive");
        flag(out, x.mm().wp(), y.mm().wp(), n + " write-protected", n + " writable");
        flag(out, x.mm().movable(), y.mm().movable(), n + " in ZONE_MOVABLE", n + " moved out of ZONE_MOVABLE");
    }

    private static void bio(ImmutableList.Builder<String> out, String n, BioState x, BioState y) {
        for (int i = 0; i < Math.min(x.pages().size(), y.pages().size()); i++) {
            if (!x.pages().get(i).equals(y.pages().get(i))) {
                out.add(n + " bvec " + x.pages().get(i) + " merged into " + y.pages().get(i));
            }
        }
        for (int i = x.pages().size(); i < y.pages().size(); i++) {
            out.add(n + " += " + y.pages().get(i));
        }
        if (!x.endio().equals(y.endio())) {
            out.add(n + " end_io := _" + y.endio());
        }
        if (!x.flags().equals(y.flags())) {
            out.add(n + " flags " + set(x.flags()) + " -> " + set(y.flags()));
        }
        if (!x.rq().equals(y.rq())) {
            out.add(n + " merged into the request of " + y.rq());
        }
        flag(out, x.queued(), y.queued(), n + " release queued to the workqueue", n + " released by the workqueue");
        if (!x.state().equals(y.state())) {
            out.add(n + " " + switch (y.state()) {
                case "inflight" -> "in flight";
                case "done" -> "completed";
                default -> y.state();
            });
        }
    }

    private static void count(ImmutableList.Builder<String> out, String what, long x, long y) {
        if (x != y) {
            out.add(what + " " + x + " -> " + y);
        }
    }

    private static void flag(ImmutableList.Builder<String> out, boolean x, boolean y, String on, String off) {
        if (x != y) {
            out.add(y ? on : off);
        }
    }

    private static String set(Set<String> s) { return "{" + String.join(", ", s) + "}"; }
}
