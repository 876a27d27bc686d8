package pincheck.trace;

import com.google.common.collect.ImmutableList;

/**
 * The call a step made, as the model recorded it in its event variable:
 * actor, kernel call, arguments by name, source site, and a note (e.g. -EFAULT).
 */
public record Event(String actor, String call, ImmutableList<String> args, String site, String note) {
    public static final Event INIT = new Event("", "init", ImmutableList.of(), "", "");

    /** {@code bio_add_page(b, Z)}. */
    public String callText() { return call + "(" + String.join(", ", args) + ")"; }

    /** {@code fs/direct-io.c: dio_zero_block}, as kernel developers cite it. */
    public String siteText() {
        int colon = site.lastIndexOf(':');
        return colon < 0 ? site : site.substring(0, colon) + ": " + site.substring(colon + 1);
    }
}
