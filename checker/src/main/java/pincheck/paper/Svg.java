package pincheck.paper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SVG files as elements that can sit inside HTML. */
final class Svg {
    private Svg() {}

    private static final Pattern PROLOG = Pattern.compile("(?s)\\A\\s*(<\\?xml.*?\\?>\\s*)?(<!DOCTYPE[^>]*>\\s*)?");

    /** The svg element alone: an XML prolog or DOCTYPE is not allowed in the middle of HTML. */
    static String inline(String svg) {
        return PROLOG.matcher(svg).replaceFirst("").strip();
    }

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    /**
     * As above, every id the drawing declares prefixed, and its references to them
     * ({@code href="#x"}, {@code url(#x)}) with it, so drawings inlined in one page keep
     * their ids unique.
     */
    static String inline(String svg, String prefix) {
        String s = inline(svg);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        Matcher m = ID.matcher(s);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        Matcher refs = Pattern.compile("(\\bid=\"|href=\"#|url\\(#)([^\")]+)").matcher(s);
        while (refs.find()) {
            String name = refs.group(2);
            refs.appendReplacement(out, Matcher.quoteReplacement(refs.group(1)
                    + (ids.contains(name) ? prefix + name : name)));
        }
        refs.appendTail(out);
        return out.toString();
    }
}
