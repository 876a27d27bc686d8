package pincheck.paper;

import java.util.regex.Pattern;

/** SVG files as elements that can sit inside HTML. */
final class Svg {
    private Svg() {}

    private static final Pattern PROLOG = Pattern.compile("(?s)\\A\\s*(<\\?xml.*?\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");

    /** The svg element alone: an XML prolog or DOCTYPE is not allowed in the middle of HTML. */
    static String inline(String svg) {
        return PROLOG.matcher(svg).replaceFirst("").strip();
    }
}
