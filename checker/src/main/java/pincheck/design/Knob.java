package pincheck.design;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/** A design knob of the 2019 discussion, with the values the models understand. */
public enum Knob {
    PIN_ACCOUNTING("pin_accounting", "PIN_ACCOUNTING",
            "how a GUP pin is counted", "get", "bias", "pincount", "gup-ref"),
    ZERO_PAGE("zero_page", "ZERO_PAGE_POLICY",
            "what fs/direct-io.c takes on ZERO_PAGE", "get", "pin", "no-ref", "pin-neutral"),
    END_IO("end_io", "END_IO",
            "what the bio's end_io releases", "put-all", "unpin-all", "split", "common-bool",
            "bio-flag", "per-page-mark", "submitter"),
    RELEASE("release", "RELEASE",
            "what a converted put_page() call site does", "put_page", "put_user_page",
            "iov_iter_put_pages"),
    OVERFLOW_CHECK("overflow_check", "OVERFLOW_CHECK",
            "the grab path's refcount overflow check", "none", "sign"),
    WARN("warn", "WARN",
            "WARN_ON instrumentation of the put and grab paths (kernel = folio_add_pin's and the grab path's)",
            "none", "underflow", "below-bias", "add-pin", "grab", "kernel"),
    FILL_RULE("fill_rule", "FILL_RULE",
            "what bio_add_page accepts: pages from anywhere, or one iterator (release mode) per bio",
            "any", "one-iter"),
    MERGE("merge", "MERGE",
            "merged bios keep their own end_io (the kernel), share the first one's (hypothetical), or never merge",
            "own-end-io", "shared-end-io", "none");

    private final String key;
    private final String tlaConstant;
    private final String meaning;
    private final ImmutableList<String> choices;

    Knob(String key, String tlaConstant, String meaning, String... values) {
        this.key = key;
        this.tlaConstant = tlaConstant;
        this.meaning = meaning;
        this.choices = ImmutableList.copyOf(values);
    }

    /** The name users write: {@code --set end_io=split}. */
    public String key() { return key; }

    /** The constant of specs/tla/Pinning.tla or PageRef.tla this knob sets. */
    public String tlaConstant() { return tlaConstant; }

    public String meaning() { return meaning; }

    public ImmutableList<String> choices() { return choices; }

    /** The names users write, in declaration order. */
    public static java.util.List<String> keys() {
        return Arrays.stream(values()).map(Knob::key).toList();
    }

    public static Optional<Knob> fromKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
