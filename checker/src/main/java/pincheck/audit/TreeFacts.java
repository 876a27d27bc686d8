package pincheck.audit;

import com.google.common.collect.ImmutableSortedMap;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every fact spatch printed for the audited files, by file (paths from the top of the tree). */
final class TreeFacts {
    private final ImmutableSortedMap<String, SourceFacts> files;

    private TreeFacts(Map<String, SourceFacts> files) {
        files.values().forEach(SourceFacts::sort);
        this.files = ImmutableSortedMap.copyOf(files);
    }

    /** Reads spatch's output lines; {@code root} is stripped from the file names it printed. */
    static TreeFacts read(List<String> lines, String root) throws AuditException {
        Map<String, SourceFacts> files = new TreeMap<>();
        for (String line : lines) {
            if (!line.startsWith("[")) {
                continue; // spatch's own notes; the JSON lines are the patches' output
            }
            JsonArray a;
            try {
                a = JsonParser.parseString(line).getAsJsonArray();
            } catch (JsonParseException | IllegalStateException e) {
                throw AuditException.toolFailed("spatch printed a line that is not a fact: " + cut(line)
                        + "; check specs/audit/*.cocci");
            }
            add(files, a, root, line);
        }
        return new TreeFacts(files);
    }

    private static void add(Map<String, SourceFacts> files, JsonArray a, String root, String line)
            throws AuditException {
        try {
            String kind = a.get(0).getAsString();
            String path = a.get(1).getAsString();
            String file = path.startsWith(root) ? path.substring(root.length()) : path;
            int n = a.get(2).getAsInt();
            String fn = function(a.get(3).getAsString());
            SourceFacts f = files.computeIfAbsent(file, SourceFacts::new);
            switch (kind) {
                case "gup" -> f.gups.add(new SourceFacts.Gup(file, n, fn, s(a, 4), s(a, 5), Expr.tidy(s(a, 6)),
                        Expr.tidy(s(a, 7))));
                case "rel" -> f.releases.add(new SourceFacts.Release(file, n, fn, s(a, 4), s(a, 5), Expr.tidy(s(a, 6))));
                case "endio" -> f.endIos.add(new SourceFacts.EndIo(file, n, fn, Expr.tidy(s(a, 4)), Expr.tidy(s(a, 5))));
                case "flag" -> f.flags.add(new SourceFacts.BioFlag(file, n, fn, s(a, 4), Expr.tidy(s(a, 5)), s(a, 6)));
                case "sink" -> f.sinks.add(new SourceFacts.Sink(file, n, fn, s(a, 4), s(a, 5), Expr.tidy(s(a, 6)),
                        Expr.tidy(s(a, 7))));
                case "assign" -> f.assigns.add(new SourceFacts.Assign(file, n, fn, Expr.tidy(s(a, 4)), Expr.tidy(s(a, 5))));
                case "return" -> f.returns.add(new SourceFacts.Return(file, n, fn, Expr.tidy(s(a, 4))));
                case "flags" -> f.flagAssigns.add(new SourceFacts.FlagsAssign(file, n, fn, s(a, 4), Expr.tidy(s(a, 5))));
                case "def" -> f.definitions.add(new SourceFacts.Definition(file, n, fn, Expr.arguments(s(a, 4)),
                        a.get(5).getAsBoolean()));
                case "call" -> f.calls.add(new SourceFacts.Call(file, n, fn, s(a, 4), Expr.arguments(s(a, 5))));
                default -> throw AuditException.toolFailed("spatch printed a fact of unknown kind '" + cut(kind)
                        + "'; check specs/audit/*.cocci");
            }
        } catch (IndexOutOfBoundsException | IllegalStateException | UnsupportedOperationException
                 | NumberFormatException e) {
            throw AuditException.toolFailed("spatch printed a fact with missing fields: " + cut(line)
                    + "; check specs/audit/*.cocci");
        }
    }

    // spatch names the place of a match outside any function (a macro body) "something_else".
    static final String OUTSIDE = "(outside a function: a macro or an initializer)";

    private static String function(String spatch) {
        return spatch.equals("something_else") ? OUTSIDE : spatch;
    }

    private static String s(JsonArray a, int i) {
        JsonElement e = a.get(i);
        return e.getAsString();
    }

    private static String cut(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }

    ImmutableSortedMap<String, SourceFacts> files() {
        return files;
    }

    SourceFacts file(String path) {
        SourceFacts f = files.get(path);
        return f != null ? f : new SourceFacts(path);
    }

    /**
     * Where a function called from {@code from} is defined: in that file, else a header's
     * inline or a non-static definition elsewhere, when exactly one file has it.
     */
    Optional<SourceFacts> definingFile(SourceFacts from, String function) {
        if (from.defines(function)) {
            return Optional.of(from);
        }
        List<SourceFacts> found = new ArrayList<>();
        for (SourceFacts f : files.values()) {
            f.definition(function).filter(d -> f.isHeader() || !d.isStatic()).ifPresent(d -> found.add(f));
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
