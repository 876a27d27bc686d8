package pincheck.paper;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import pincheck.report.JsonFiles;

/**
 * An object of an audit document (audit-VERSION.json, audit-compare.json), read through Gson's
 * tree: the audit writes its rows as trees, not records, since the fields a row has depend on
 * what spatch found. Absent fields read as empty; where says which file, for messages.
 */
record AuditDoc(JsonObject o, String where) {
    static AuditDoc parse(String where, String text, String schema) throws PaperException {
        JsonElement e;
        try {
            e = JsonFiles.tree(text, where);
        } catch (JsonFiles.BadFile x) {
            throw new PaperException(x.getMessage() + "; run ./pincheck audit again");
        }
        if (!e.isJsonObject()) {
            throw new PaperException(where + ": not an audit document; run ./pincheck audit again");
        }
        AuditDoc d = new AuditDoc(e.getAsJsonObject(), where);
        if (!d.strOr("schema", "missing").equals(schema)) {
            throw new PaperException(where + ": schema " + d.strOr("schema", "missing") + ", the paper reads "
                    + schema + "; run ./pincheck audit again");
        }
        return d;
    }

    /** A field that must be there. */
    String str(String key) throws PaperException {
        if (!o.has(key) || o.get(key).isJsonNull()) {
            throw new PaperException(where + ": no '" + key + "'; run ./pincheck audit again");
        }
        return o.get(key).getAsString();
    }

    String strOr(String key, String absent) {
        JsonElement v = o.get(key);
        return v == null || v.isJsonNull() || !v.isJsonPrimitive() ? absent : v.getAsString();
    }

    OptionalLong num(String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber()
                ? OptionalLong.of(v.getAsLong()) : OptionalLong.empty();
    }

    Optional<AuditDoc> obj(String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonObject() ? Optional.of(new AuditDoc(v.getAsJsonObject(), where)) : Optional.empty();
    }

    List<AuditDoc> list(String key) {
        List<AuditDoc> out = new ArrayList<>();
        JsonElement v = o.get(key);
        if (v != null && v.isJsonArray()) {
            v.getAsJsonArray().forEach(x -> {
                if (x.isJsonObject()) {
                    out.add(new AuditDoc(x.getAsJsonObject(), where));
                }
            });
        }
        return out;
    }

    List<String> strings(String key) {
        List<String> out = new ArrayList<>();
        JsonElement v = o.get(key);
        if (v != null && v.isJsonArray()) {
            v.getAsJsonArray().forEach(x -> out.add(x.getAsString()));
        }
        return out;
    }
}
