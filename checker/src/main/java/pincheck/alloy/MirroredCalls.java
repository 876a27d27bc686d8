package pincheck.alloy;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calls specs/alloy/Pinning.als mirrors, read from its {@code pred Call}: each dispatch line
 * {@code l.op = "bio_add_page" => bio_add_page[a, l, x, y]} maps C names (string literals, or a
 * {@code fun X: set String} table such as IterTakeOps) to the pred the glue calls for such a line.
 * Read from the module, so adding a call to the mirror is a change to the module alone.
 */
final class MirroredCalls {
    private static final Pattern DISPATCH = Pattern.compile("l\\.op\\s+(?:=|in)\\s+(.+?)\\s*=>\\s*(\\w+)\\[a, l");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_]+)\"");
    private static final Pattern TABLE = Pattern.compile("fun\\s+(\\w+)\\s*:\\s*set\\s+String\\s*\\{");
    private static final Pattern NAME = Pattern.compile("\\b[A-Za-z_]\\w*\\b");

    private MirroredCalls() {}

    /** C name -> pred; empty when the module has no pred Call (then nothing is mirrored). */
    static ImmutableMap<String, String> in(String semantics) {
        Map<String, String> tables = new HashMap<>();
        Matcher t = TABLE.matcher(semantics);
        while (t.find()) {
            tables.put(t.group(1), block(semantics, t.end() - 1));
        }
        int call = semantics.indexOf("pred Call[");
        if (call < 0) {
            return ImmutableMap.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        Matcher d = DISPATCH.matcher(block(semantics, semantics.indexOf('{', call)).replaceAll("--[^\n]*", ""));
        while (d.find()) {
            Set<String> names = new LinkedHashSet<>();
            names(d.group(1), tables, names, new LinkedHashSet<>());
            String pred = d.group(2);
            names.forEach(n -> out.putIfAbsent(n, pred));   // the first branch that matches wins, as in Call
        }
        return ImmutableMap.copyOf(out);
    }

    private static void names(String expr, Map<String, String> tables, Set<String> out, Set<String> visited) {
        Matcher lit = LITERAL.matcher(expr);
        while (lit.find()) {
            out.add(lit.group(1));
        }
        Matcher name = NAME.matcher(expr.replaceAll("\"[^\"]*\"", ""));
        while (name.find()) {
            String n = name.group();
            if (tables.containsKey(n) && visited.add(n)) {
                names(tables.get(n), tables, out, visited);
            }
        }
    }

    /** The text between the brace at {@code open} and its match. */
    private static String block(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return s.substring(open + 1, i);
            }
        }
        return s.substring(open + 1);
    }
}
