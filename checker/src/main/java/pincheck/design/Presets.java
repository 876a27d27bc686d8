package pincheck.design;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import pincheck.scenario.Suggest;

/** The named design variants of the 2019 thread and of the kernel as merged. */
public final class Presets {
    private Presets() {}

    /** A preset: its design and the one line that says where it comes from. */
    public record Preset(Design design, String origin) {}

    private static Preset preset(String name, String origin, String pin, String zero, String endIo,
                                 String release, String overflow) {
        // Only the kernel as merged has the one-iterator fill rule; everyone merges as the kernel does.
        boolean kernel = name.equals("kernel-2023");
        String fill = kernel ? "one-iter" : "any";
        return new Preset(new Design(name, ImmutableMap.<Knob, String>builder()
                .put(Knob.PIN_ACCOUNTING, pin).put(Knob.ZERO_PAGE, zero).put(Knob.END_IO, endIo)
                .put(Knob.RELEASE, release).put(Knob.OVERFLOW_CHECK, overflow).put(Knob.WARN, kernel ? "kernel" : "none").put(Knob.FILL_RULE, fill)
                .put(Knob.MERGE, "own-end-io").build()), origin);
    }

    private static final ImmutableList<Preset> ALL = ImmutableList.of(
            preset("pre-2019", "before the thread: GUP takes +1, every release is put_page()",
                    "get", "get", "put-all", "put_page", "none"),
            preset("bias-unconverted", "bias added by GUP, end_io still put_page()s every page",
                    "bias", "get", "put-all", "put_page", "sign"),
            preset("bias-unpin-all", "bias, end_io converted to put_user_page() on every page",
                    "bias", "get", "unpin-all", "put_user_page", "sign"),
            preset("split-end-io", "bias, foo_bi_end_io_normal/_gup chosen when the bio is filled",
                    "bias", "get", "split", "put_user_page", "sign"),
            preset("zero-page-pinned", "split end_io, and \"take a GUP-ref on the ZERO_PAGE as well\"",
                    "bias", "pin", "split", "put_user_page", "sign"),
            preset("per-page-mark", "bias, each bio page marked with how it was taken",
                    "bias", "get", "per-page-mark", "iov_iter_put_pages", "sign"),
            preset("gup-ref", "Harrosh: separate GUP-ref, first takes a page ref, last put_page()s",
                    "gup-ref", "pin", "split", "iov_iter_put_pages", "sign"),
            preset("kernel-2023", "as merged: bias/_pincount, BIO_PAGE_PINNED, pin-neutral ZERO_PAGE",
                    "bias", "pin-neutral", "bio-flag", "iov_iter_put_pages", "sign"));

    public static ImmutableList<Preset> all() { return ALL; }

    public static Optional<Preset> find(String name) {
        return ALL.stream().filter(p -> p.design().name().equals(name)).findFirst();
    }

    private static java.util.List<String> names() {
        return ALL.stream().map(p -> p.design().name()).toList();
    }

    /** The preset, or an error listing the ones that exist. */
    public static Design get(String name) throws DesignException {
        return find(name).map(Preset::design).orElseThrow(() -> new DesignException(
                "unknown design preset '" + name + "'" + Suggest.hint(name, names()) + "; use one of "
                        + String.join(", ", names())));
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
