package pincheck.audit;

import com.google.common.collect.ImmutableSortedMap;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Two audits side by side (audit-compare.md/.json): the functions converted from FOLL_GET to
 * pins between the versions, the sites still on FOLL_GET in the newer one, and the sites whose
 * release does not match in either. Functions are matched by file and name.
 */
public final class AuditComparison {
    public static final String NAME = "audit-compare";
    private static final String GET = Reference.FOLL_GET.word();

    private AuditComparison() {}

    /** The comparison's own document kind. */
    public static final String SCHEMA = "pincheck.audit-compare/1";

    /** Parses an audit JSON written by {@link AuditReport}, checking its schema. */
    public static JsonObject parse(String file, String text) throws AuditException {
        try {
            JsonObject o = pincheck.report.JsonFiles.tree(text, file).getAsJsonObject();
            if (!o.has("schema") || !o.get("schema").getAsString().equals(AuditReport.SCHEMA)) {
                throw AuditException.badInput(file + ": audit schema " + (o.has("schema") ? o.get("schema") : "missing")
                        + ", this pincheck reads schema " + AuditReport.SCHEMA + "; run ./pincheck audit again");
            }
            return o;
        } catch (pincheck.report.JsonFiles.BadFile | IllegalStateException | UnsupportedOperationException e) {
            throw AuditException.badInput(file + ": not an audit JSON (" + e.getMessage() + "); run ./pincheck audit again");
        }
    }

    /** One function's GUP calls in one version: the references and the rows. */
    private record Side(Set<String> references, List<JsonObject> rows) {}

    public static ImmutableSortedMap<String, String> files(JsonObject older, JsonObject newer) {
        JsonObject j = compare(older, newer);
        return ImmutableSortedMap.of(NAME + ".json",
                pincheck.report.JsonFiles.write(j),
                NAME + ".md", markdown(j));
    }

    static JsonObject compare(JsonObject older, JsonObject newer) {
        Map<String, Side> a = byFunction(older);
        Map<String, Side> b = byFunction(newer);
        JsonObject o = new JsonObject();
        o.addProperty("schema", SCHEMA);
        o.addProperty("older", older.get("kernel").getAsString());
        o.addProperty("newer", newer.get("kernel").getAsString());
        JsonArray converted = new JsonArray();
        JsonArray stillGet = new JsonArray();
        JsonArray onlyOlder = new JsonArray();
        JsonArray onlyNewer = new JsonArray();
        for (Map.Entry<String, Side> e : a.entrySet()) {
            Side now = b.get(e.getKey());
            if (now == null) {
                onlyOlder.add(e.getKey());
            } else if (e.getValue().references().contains(GET) && !now.references().contains(GET)) {
                JsonObject x = new JsonObject();
                x.addProperty("function", e.getKey());
                x.addProperty("before", String.join(", ", e.getValue().references()));
                x.addProperty("after", String.join(", ", now.references()));
                x.addProperty("calls_before", calls(e.getValue()));
                x.addProperty("calls_after", calls(now));
                converted.add(x);
            }
        }
        for (Map.Entry<String, Side> e : b.entrySet()) {
            Side then = a.get(e.getKey());
            if (then == null) {
                onlyNewer.add(e.getKey());
            }
            for (JsonObject r : e.getValue().rows()) {
                if (r.get("reference").getAsString().equals(GET)) {
                    JsonObject x = site(r);
                    x.addProperty("before", then == null ? "not in " + older.get("kernel").getAsString()
                            : String.join(", ", then.references()));
                    stillGet.add(x);
                }
            }
        }
        o.add("converted_to_pins", converted);
        o.add("still_foll_get", stillGet);
        JsonArray mismatches = new JsonArray();
        for (JsonObject audit : List.of(older, newer)) {
            for (JsonElement el : audit.getAsJsonArray("gup_sites")) {
                JsonObject r = el.getAsJsonObject();
                String m = r.get("match").getAsString();
                if (m.equals(Match.MISMATCH.word()) || m.equals(Match.MIXED.word())) {
                    JsonObject x = site(r);
                    x.addProperty("kernel", audit.get("kernel").getAsString());
                    x.addProperty("match", m);
                    x.addProperty("why", r.get("why").getAsString());
                    mismatches.add(x);
                }
            }
        }
        o.add("release_mismatches", mismatches);
        o.add("only_older", onlyOlder);
        o.add("only_newer", onlyNewer);
        return o;
    }

    private static JsonObject site(JsonObject r) {
        JsonObject x = new JsonObject();
        x.addProperty("site", r.get("file").getAsString() + ":" + r.get("line").getAsInt());
        x.addProperty("function", r.get("function").getAsString());
        x.addProperty("call", r.get("call").getAsString());
        x.addProperty("reference", r.get("reference").getAsString());
        return x;
    }

    private static String calls(Side s) {
        Set<String> c = new TreeSet<>();
        s.rows().forEach(r -> c.add(r.get("call").getAsString()));
        return String.join(", ", c);
    }

    private static Map<String, Side> byFunction(JsonObject audit) {
        Map<String, Side> m = new TreeMap<>();
        for (JsonElement el : audit.getAsJsonArray("gup_sites")) {
            JsonObject r = el.getAsJsonObject();
            String key = r.get("file").getAsString() + ":" + r.get("function").getAsString();
            Side s = m.computeIfAbsent(key, k -> new Side(new TreeSet<>(), new ArrayList<>()));
            s.references().add(r.get("reference").getAsString());
            s.rows().add(r);
        }
        return m;
    }

    static String markdown(JsonObject c) {
        String older = c.get("older").getAsString();
        String newer = c.get("newer").getAsString();
        StringBuilder b = new StringBuilder();
        b.append("# GUP call sites, Linux ").append(older).append(" against ").append(newer).append("\n\n");
        b.append("From `audit-*.json` (written by `./pincheck audit`); functions are matched by file and name.\n\n");
        JsonArray conv = c.getAsJsonArray("converted_to_pins");
        b.append("## Converted from FOLL_GET to pins (").append(conv.size()).append(")\n\n");
        b.append("| function | ").append(older).append(" | ").append(newer).append(" |\n|---|---|---|\n");
        for (JsonElement e : conv) {
            JsonObject x = e.getAsJsonObject();
            b.append("| ").append(x.get("function").getAsString()).append(" | ").append(x.get("before").getAsString())
                    .append(" (").append(x.get("calls_before").getAsString()).append(") | ")
                    .append(x.get("after").getAsString()).append(" (").append(x.get("calls_after").getAsString())
                    .append(") |\n");
        }
        JsonArray get = c.getAsJsonArray("still_foll_get");
        b.append("\n## Still on FOLL_GET in ").append(newer).append(" (").append(get.size()).append(")\n\n");
        b.append("| site | function | call | in ").append(older).append(" |\n|---|---|---|---|\n");
        for (JsonElement e : get) {
            JsonObject x = e.getAsJsonObject();
            b.append("| ").append(x.get("site").getAsString()).append(" | ").append(x.get("function").getAsString())
                    .append(" | ").append(x.get("call").getAsString()).append(" | ")
                    .append(x.get("before").getAsString()).append(" |\n");
        }
        JsonArray mis = c.getAsJsonArray("release_mismatches");
        b.append("\n## Releases that do not match the reference taken (").append(mis.size()).append(")\n\n");
        b.append("| kernel | site | function | call | reference | match | why |\n|---|---|---|---|---|---|---|\n");
        for (JsonElement e : mis) {
            JsonObject x = e.getAsJsonObject();
            b.append("| ").append(x.get("kernel").getAsString()).append(" | ").append(x.get("site").getAsString())
                    .append(" | ").append(x.get("function").getAsString()).append(" | ")
                    .append(x.get("call").getAsString()).append(" | ").append(x.get("reference").getAsString())
                    .append(" | ").append(x.get("match").getAsString()).append(" | ")
                    .append(x.get("why").getAsString().replace("|", "\\|")).append(" |\n");
        }
        b.append("\n## Functions with GUP calls in only one version\n\n");
        b.append("- only in ").append(older).append(": ").append(list(c.getAsJsonArray("only_older"))).append('\n');
        b.append("- only in ").append(newer).append(": ").append(list(c.getAsJsonArray("only_newer"))).append('\n');
        return b.toString();
    }

    private static String list(JsonArray a) {
        List<String> s = new ArrayList<>();
        a.forEach(e -> s.add("`" + e.getAsString() + "`"));
        return s.isEmpty() ? "none" : String.join(", ", s);
    }
}
