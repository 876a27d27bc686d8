package pincheck.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * C expressions as spatch prints them ("dio -> pages [ 0 ]"): tidied for reports and read
 * for the names they mention. Names after {@code ->} or {@code .} are fields, the others
 * variables; pincheck follows pages by these names, not by types or aliasing.
 */
final class Expr {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LEADING_CALL = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(.*", Pattern.DOTALL);
    private static final Pattern CAST = Pattern.compile("^\\(\\s*(struct\\s+)?[A-Za-z_][A-Za-z0-9_ ]*\\**\\s*\\)\\s*");

    private Expr() {}

    /** "dio -> pages [ sdio -> head ]" as a C programmer writes it: "dio->pages[sdio->head]". */
    static String tidy(String spatch) {
        String s = spatch.strip().replaceAll("\\s+", " ");
        s = s.replaceAll(" ?(->|\\.) ?", "$1");
        s = s.replaceAll(" ?\\[ ?", "[").replaceAll(" ?\\]", "]");
        s = s.replaceAll("([A-Za-z0-9_\\]]) \\(", "$1(").replaceAll("\\( ", "(").replaceAll(" \\)", ")");
        s = s.replaceAll(" ,", ",");
        // unary & and * right after the start, '(' or ',': "& pages" -> "&pages"
        s = s.replaceAll("(^|[(,] ?)([&*]) ", "$1$2");
        return s;
    }

    /** The arguments of a call as spatch printed the list, split at the top-level commas. */
    static ImmutableList<String> arguments(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (char c : list.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (c == ',' && depth == 0) {
                out.add(tidy(cur.toString()));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(tidy(cur.toString()));
        }
        return ImmutableList.copyOf(out);
    }

    /** The parameter names of a definition's declarations ("struct bio *bio", "bool dirty" -> bio, dirty). */
    static ImmutableList<String> parameterNames(List<String> declarations) {
        ImmutableList.Builder<String> out = ImmutableList.builder();
        for (String p : declarations) {
            Matcher m = NAME.matcher(p.replaceAll("\\[.*", ""));
            String last = "";
            while (m.find()) {
                last = m.group();
            }
            out.add(last.equals("void") && !p.contains("*") ? "" : last);
        }
        return out.build();
    }

    /** What an expression names as the place holding pages: a variable, a field, or neither. */
    record Place(String name, boolean field) {
        static Place var(String n) { return new Place(n, false); }

        static Place field(String n) { return new Place(n, true); }
    }

    /**
     * The place an lvalue-like expression designates: "&pages", "pages + i", "*pages" ->
     * variable pages; "dio->pages + sdio->head", "&req->pages[0]" -> field pages; calls and
     * constants -> empty.
     */
    static Optional<Place> place(String expr) {
        String s = tidy(expr);
        boolean changed = true;
        while (changed) {
            String before = s;
            String uncast = CAST.matcher(s).replaceFirst("");
            s = uncast.equals(s) ? s.replaceFirst("^[&*(]+", "") : uncast;
            changed = !s.equals(before);
        }
        // the designator ends at the first operator, subscript or call
        Matcher m = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*((->|\\.)[A-Za-z_][A-Za-z0-9_]*)*").matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String d = m.group();
        if (s.length() > d.length() && s.charAt(d.length()) == '(') {
            return Optional.empty();
        }
        int cut = Math.max(d.lastIndexOf("->") + 1, d.lastIndexOf('.'));
        return cut <= 0 ? Optional.of(Place.var(d)) : Optional.of(Place.field(d.substring(cut + 1)));
    }

    /** The variables an expression mentions (names not after -> or .). */
    static ImmutableList<String> variables(String expr) {
        return names(expr, false);
    }

    /** The fields an expression mentions (names after -> or .). */
    static ImmutableList<String> fields(String expr) {
        return names(expr, true);
    }

    private static ImmutableList<String> names(String expr, boolean wantFields) {
        String s = tidy(expr);
        ImmutableList.Builder<String> out = ImmutableList.builder();
        Matcher m = NAME.matcher(s);
        while (m.find()) {
            int i = m.start();
            boolean field = (i >= 1 && s.charAt(i - 1) == '.') || (i >= 2 && s.startsWith("->", i - 2));
            if (field == wantFields) {
                out.add(m.group());
            }
        }
        return out.build();
    }

    /** The function an expression calls first, "alloc_page(GFP_NOIO)" -> alloc_page. */
    static Optional<String> callee(String expr) {
        Matcher m = LEADING_CALL.matcher(tidy(expr));
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
