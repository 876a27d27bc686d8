package pincheck.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of Apalache's Informal Trace Format (ADR-015) a trace file must keep, and the
 * project's own on top (every integer a {@code #bigint}, every state the same variables).
 * Returns the problems found; none for a good file.
 */
final class Adr015 {
    private static final Set<String> TOP = Set.of("#meta", "params", "vars", "states", "loop");

    private Adr015() {}

    static List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (RuntimeException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        if (!root.isJsonObject()) {
            return List.of("the trace is not a JSON object");
        }
        JsonObject doc = root.getAsJsonObject();
        for (String key : doc.keySet()) {
            if (!TOP.contains(key)) {
                out.add("unknown top-level field '" + key + "'");
            }
        }
        if (doc.has("#meta") && !doc.get("#meta").isJsonObject()) {
            out.add("#meta is not an object");
        }
        List<String> vars = names(doc, "vars", out);
        List<String> params = doc.has("params") ? names(doc, "params", out) : List.of();
        if (!doc.has("vars")) {
            out.add("no vars");
        }
        if (!doc.has("states") || !doc.get("states").isJsonArray()) {
            out.add("no states array");
            return out;
        }
        JsonArray states = doc.getAsJsonArray("states");
        if (states.isEmpty()) {
            out.add("no state");
        }
        if (doc.has("loop")) {
            JsonElement l = doc.get("loop");
            if (!isJsonInt(l) || l.getAsLong() < 0 || l.getAsLong() >= states.size()) {
                out.add("loop " + l + " is not an index of the " + states.size() + " states");
            }
        }
        Set<String> expected = new HashSet<>(vars);
        expected.addAll(params);
        for (int i = 0; i < states.size(); i++) {
            String where = "state " + i;
            if (!states.get(i).isJsonObject()) {
                out.add(where + " is not an object");
                continue;
            }
            JsonObject st = states.get(i).getAsJsonObject();
            if (st.has("#meta") && !st.get("#meta").isJsonObject()) {
                out.add(where + ": #meta is not an object");
            }
            Set<String> have = new HashSet<>(st.keySet());
            have.remove("#meta");
            if (!have.equals(expected)) {
                Set<String> missing = new HashSet<>(expected);
                missing.removeAll(have);
                have.removeAll(expected);
                out.add(where + ": variables missing " + missing + ", not declared " + have);
            }
            for (String v : st.keySet()) {
                if (!v.equals("#meta")) {
                    value(st.get(v), where + "." + v, out);
                }
            }
        }
        return out;
    }

    private static List<String> names(JsonObject doc, String key, List<String> out) {
        List<String> names = new ArrayList<>();
        if (!doc.has(key)) {
            return names;
        }
        if (!doc.get(key).isJsonArray()) {
            out.add(key + " is not an array");
            return names;
        }
        for (JsonElement e : doc.getAsJsonArray(key)) {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                names.add(e.getAsString());
            } else {
                out.add(key + " holds a non-string " + e);
            }
        }
        if (new HashSet<>(names).size() != names.size()) {
            out.add(key + " names a variable twice: " + names);
        }
        return names;
    }

    /** An ITF expression: boolean, string, #bigint, array, #tup, #set, #map, #unserializable, variant, record. */
    private static void value(JsonElement e, String where, List<String> out) {
        if (e.isJsonNull()) {
            out.add(where + ": null is no ITF value");
        } else if (e.isJsonPrimitive()) {
            if (e.getAsJsonPrimitive().isNumber()) {
                // ADR-015 reads a plain number as an integer; pincheck writes every one as #bigint, as Quint does
                out.add(where + ": integer " + e + " not written as {\"#bigint\": \"" + e + "\"}");
            }
        } else if (e.isJsonArray()) {
            int k = 0;
            for (JsonElement x : e.getAsJsonArray()) {
                value(x, where + "[" + k++ + "]", out);
            }
        } else {
            JsonObject o = e.getAsJsonObject();
            if (o.has("#bigint")) {
                only(o, "#bigint", where, out);
                if (!o.get("#bigint").isJsonPrimitive() || !o.get("#bigint").getAsString().matches("-?[0-9]+")) {
                    out.add(where + ": #bigint " + o.get("#bigint") + " is not [-][0-9]+");
                }
            } else if (o.has("#tup") || o.has("#set")) {
                String tag = o.has("#tup") ? "#tup" : "#set";
                only(o, tag, where, out);
                if (!o.get(tag).isJsonArray()) {
                    out.add(where + ": " + tag + " is not an array");
                } else {
                    value(o.get(tag), where + "." + tag, out);
                }
            } else if (o.has("#map")) {
                only(o, "#map", where, out);
                if (!o.get("#map").isJsonArray()) {
                    out.add(where + ": #map is not an array");
                    return;
                }
                int k = 0;
                for (JsonElement pair : o.getAsJsonArray("#map")) {
                    if (!pair.isJsonArray() || pair.getAsJsonArray().size() != 2) {
                        out.add(where + ".#map[" + k + "] is not a [key, value] pair");
                    } else {
                        value(pair.getAsJsonArray().get(0), where + ".#map[" + k + "].key", out);
                        value(pair.getAsJsonArray().get(1), where + ".#map[" + k + "].value", out);
                    }
                    k++;
                }
            } else if (o.has("#unserializable")) {
                only(o, "#unserializable", where, out);
            } else {
                for (Map.Entry<String, JsonElement> f : o.entrySet()) {
                    if (f.getKey().startsWith("#")) {
                        out.add(where + ": record field '" + f.getKey() + "' starts with #, reserved for ITF's forms");
                    }
                    value(f.getValue(), where + "." + f.getKey(), out);
                }
            }
        }
    }

    private static void only(JsonObject o, String tag, String where, List<String> out) {
        if (o.size() != 1) {
            out.add(where + ": " + tag + " object has other fields " + o.keySet());
        }
    }

    private static boolean isJsonInt(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()
                && e.getAsString().matches("-?[0-9]+");
    }
}
