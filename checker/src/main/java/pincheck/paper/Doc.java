package pincheck.paper;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import pincheck.report.Json;

/**
 * A parsed JSON object of one of the report files, read field by field; a missing or
 * mistyped field is a {@link PaperException} naming the file and the field.
 */
record Doc(String where, Map<?, ?> map) {

    static Doc parse(String file, String text) throws PaperException {
        try {
            Object v = Json.parse(text);
            if (!(v instanceof Map<?, ?> m)) {
                throw new PaperException(file + ": not a JSON object; regenerate it");
            }
            return new Doc(file, m);
        } catch (Json.JsonException e) {
            throw new PaperException(file + ": " + e.getMessage() + "; regenerate it");
        }
    }

    String str(String key) throws PaperException {
        if (map.get(key) instanceof String s) {
            return s;
        }
        throw missing(key, "a string");
    }

    /** A string field a reader may leave out (files written by other commands). */
    String strOr(String key, String otherwise) {
        Object v = map.get(key);
        return v instanceof String s ? s : v instanceof Number n ? n.toString() : otherwise;
    }

    OptionalLong num(String key) {
        return map.get(key) instanceof Number n ? OptionalLong.of(n.longValue()) : OptionalLong.empty();
    }

    ImmutableList<Doc> list(String key) throws PaperException {
        if (!(map.get(key) instanceof List<?> l)) {
            throw missing(key, "a list");
        }
        ImmutableList.Builder<Doc> out = ImmutableList.builder();
        for (int i = 0; i < l.size(); i++) {
            if (!(l.get(i) instanceof Map<?, ?> m)) {
                throw new PaperException(where + ": " + key + "[" + i + "] is not an object; regenerate it");
            }
            out.add(new Doc(where + ": " + key + "[" + i + "]", m));
        }
        return out.build();
    }

    /** A list a reader may leave out: absent is empty. */
    ImmutableList<Doc> listOrEmpty(String key) throws PaperException {
        return map.containsKey(key) ? list(key) : ImmutableList.of();
    }

    ImmutableList<String> strings(String key) {
        return map.get(key) instanceof List<?> l
                ? l.stream().map(Object::toString).collect(ImmutableList.toImmutableList()) : ImmutableList.of();
    }

    /** An object of string values, in file order. */
    ImmutableMap<String, String> strMap(String key) {
        ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
        if (map.get(key) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(k.toString(), v.toString()));
        }
        return out.build();
    }

    Optional<Doc> obj(String key) {
        return map.get(key) instanceof Map<?, ?> m ? Optional.of(new Doc(where + ": " + key, m)) : Optional.empty();
    }

    private PaperException missing(String key, String what) {
        return new PaperException(where + ": field '" + key + "' is not " + what + "; regenerate it");
    }
}
