package pincheck.design;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import pincheck.scenario.Kernel;
import pincheck.scenario.Suggest;

/**
 * The named designs: the two kernels on these machines, each knob what that version's source
 * does, and the 2019 thread's proposals, on the path as the thread describes it.
 */
public final class Presets {
    private Presets() {}

    /** A preset: its design, the line that says where it comes from, and whether it is a real kernel. */
    public record Preset(Design design, String origin, boolean real) {}

    /** The other names a preset is known by: kernel-2023 was the name of the merged design. */
    private static final ImmutableMap<String, String> ALIASES = ImmutableMap.of("kernel-2023", "linux-6.12");

    private static Preset kernel(String name, Kernel k, String origin, String zeroPage, String endIo, String warn) {
        return new Preset(design(name, k, "bias", "neutral", zeroPage, endIo, "put_page", "foll-get", "sign",
                warn, "cow-for-dma", "no-check"), origin, true);
    }

    // No proposal said what writeback does with a pinned page: that policy is a hypothetical knob value.
    private static Preset proposal(String name, String origin, String pin, String zero, String endIo,
                                   String release, String overflow) {
        String getPages = pin.equals("get") ? "foll-get" : "pin";
        // 2019's fork shared a pinned page (the early COW came in v5.10).
        return new Preset(design(name, Kernel.THREAD_2019, pin, "counted", zero, endIo, release, getPages,
                overflow, "none", "share", "no-check"), origin, false);
    }

    private static Design design(String name, Kernel k, String pin, String zeroPin, String zero, String endIo,
                                 String release, String getPages, String overflow, String warn, String fork,
                                 String writeback) {
        return new Design(name, k, ImmutableMap.<Knob, String>builder()
                .put(Knob.PIN_ACCOUNTING, pin).put(Knob.ZERO_PIN, zeroPin).put(Knob.ZERO_PAGE, zero)
                .put(Knob.END_IO, endIo).put(Knob.RELEASE, release).put(Knob.GET_PAGES, getPages)
                .put(Knob.OVERFLOW_CHECK, overflow).put(Knob.WARN, warn).put(Knob.FILL_RULE, "any")
                .put(Knob.MERGE, "own-end-io").put(Knob.FORK, fork).put(Knob.MIGRATE, "expected-refs")
                .put(Knob.LONGTERM, "migrate-first").put(Knob.RECLAIM, "freeze").put(Knob.SAME_PAGE, "drop")
                .put(Knob.RELEASE_NR, "spanned").put(Knob.WRITEBACK, writeback)
                .build());
    }

    private static final ImmutableList<Preset> ALL = ImmutableList.of(
            kernel("linux-6.1", Kernel.LINUX_6_1,
                    "Debian linux-source-6.1 (6.1.192): FOLL_GET iov_iter_get_pages2, BIO_NO_PAGE_REF,"
                            + " get_page(ZERO_PAGE)", "get", "no-page-ref", "grab"),
            kernel("linux-6.12", Kernel.LINUX_6_12,
                    "Debian linux-source-6.12 (6.12.117): iov_iter_extract_pages, BIO_PAGE_PINNED,"
                            + " pin-neutral ZERO_PAGE (also: kernel-2023)", "add-pin", "page-pinned", "kernel"),
            proposal("pre-2019", "before the thread: GUP takes +1, every release is put_page()",
                    "get", "get", "put-all", "put_page", "none"),
            proposal("bias-unconverted", "proposal: bias added by GUP, end_io still put_page()s every page",
                    "bias", "get", "put-all", "put_page", "sign"),
            proposal("bias-unpin-all", "proposal: bias, end_io converted to put_user_page() on every page",
                    "bias", "get", "unpin-all", "put_user_page", "sign"),
            proposal("split-end-io", "proposal: bias, foo_bi_end_io_normal/_gup chosen when the bio is filled",
                    "bias", "get", "split", "put_user_page", "sign"),
            proposal("zero-page-pinned", "proposal: split end_io, and \"take a GUP-ref on the ZERO_PAGE as well\"",
                    "bias", "pin", "split", "put_user_page", "sign"),
            proposal("per-page-mark", "proposal: bias, each bio page marked with how it was taken",
                    "bias", "get", "per-page-mark", "iov_iter_put_pages", "sign"),
            proposal("gup-ref", "proposal (Harrosh): separate GUP-ref, first takes a page ref, last put_page()s",
                    "gup-ref", "pin", "split", "iov_iter_put_pages", "sign"));

    public static ImmutableList<Preset> all() { return ALL; }

    /** The presets whose code a scenario following kernel k runs. */
    public static ImmutableList<Preset> on(Kernel k) {
        return ALL.stream().filter(p -> p.design().kernel() == k).collect(ImmutableList.toImmutableList());
    }

    public static Optional<Preset> find(String name) {
        String real = ALIASES.getOrDefault(name, name);
        return ALL.stream().filter(p -> p.design().name().equals(real)).findFirst();
    }

    /** Every name a preset answers to, aliases included. */
    public static List<String> names() {
        return java.util.stream.Stream.concat(ALL.stream().map(p -> p.design().name()), ALIASES.keySet().stream())
                .toList();
    }

    /** The preset, or an error listing the ones that exist. */
    public static Design get(String name) throws DesignException {
        return find(name).map(Preset::design).orElseThrow(() -> new DesignException(
                "unknown design preset '" + name + "'" + Suggest.hint(name, names()) + "; use one of "
                        + String.join(", ", names())));
    }

    /** The designs, of those given, whose kernel's code the scenario follows. */
    public static List<Design> applicable(pincheck.scenario.Scenario s, List<Design> designs) {
        return designs.stream().filter(d -> s.follows(d.kernel())).toList();
    }

    /** The design, if the scenario follows its kernel's code; otherwise why not and what to do. */
    public static Design checkApplies(pincheck.scenario.Scenario s, Design d) throws DesignException {
        if (s.follows(d.kernel())) {
            return d;
        }
        String follows = s.checkedUnder().stream().map(Kernel::token).collect(Collectors.joining(", "));
        String designs = ALL.stream().filter(p -> s.follows(p.design().kernel())).map(p -> p.design().name())
                .collect(Collectors.joining(", "));
        throw new DesignException(s.file() + ": scenario '" + s.name() + "' follows the code of " + follows
                + ", and design " + d.name() + " runs " + d.kernel().describe() + "; pick a design on "
                + follows + " (" + designs + "), or add " + d.kernel().token()
                + " to its 'kernel' line with the calls that kernel makes");
    }

    /** Apply {@code knob=value} overrides in order. */
    public static Design override(Design base, List<String> settings) throws DesignException {
        Design d = base;
        for (String s : settings) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new DesignException("--set '" + s + "' is not knob=value; e.g. --set end_io=split");
            }
            String key = s.substring(0, eq);
            Knob knob = Knob.fromKey(key).orElseThrow(() -> new DesignException(
                    "unknown knob '" + key + "'" + Suggest.hint(key, Knob.keys()) + "; use one of "
                            + String.join(", ", Knob.keys())));
            d = d.with(knob, s.substring(eq + 1));
        }
        return d;
    }
}
