package pincheck.report;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer and reader: maps (insertion order), lists, strings, numbers
 * (whole numbers read as Long), booleans. Enough for pincheck's own report files.
 */
public final class Json {
    private Json() {}

    /** Thrown for text that is not JSON; the message names the offset. */
    public static final class JsonException extends Exception {
        public JsonException(String message) { super(message); }
    }

    /** Parses a JSON document into Map (LinkedHashMap), List, String, Long, Double, Boolean or NULL. */
    public static Object parse(String text) throws JsonException {
        Reader r = new Reader(text);
        Object v = r.value();
        r.skipSpace();
        if (r.pos < text.length()) {
            throw new JsonException("unexpected text at offset " + r.pos);
        }
        return v;
    }

    /** JSON's null, so parsed documents carry no Java nulls. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() { return "null"; }
    };

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s) { this.s = s; }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        Object value() throws JsonException {
            skipSpace();
            if (pos >= s.length()) {
                throw new JsonException("unexpected end of JSON at offset " + pos);
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> { return object(); }
                case '[' -> { return array(); }
                case '"' -> { return string(); }
                default -> { return literal(); }
            }
        }

        private Map<String, Object> object() throws JsonException {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            pos++;
            skipSpace();
            if (peek() == '}') {
                pos++;
                return m;
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw new JsonException("expected a key at offset " + pos);
                }
                String key = string();
                skipSpace();
                expect(':');
                m.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return m;
                }
            }
        }

        private List<Object> array() throws JsonException {
            List<Object> l = new java.util.ArrayList<>();
            pos++;
            skipSpace();
            if (peek() == ']') {
                pos++;
                return l;
            }
            while (true) {
                l.add(value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return l;
                }
            }
        }

        private String string() throws JsonException {
            StringBuilder b = new StringBuilder();
            pos++;
            while (pos < s.length()) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                if (pos >= s.length()) {
                    break;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (pos + 4 > s.length()) {
                            throw new JsonException("bad \\u escape at offset " + pos);
                        }
                        b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> b.append(e);
                }
            }
            throw new JsonException("unterminated string at offset " + pos);
        }

        private Object literal() throws JsonException {
            int start = pos;
            while (pos < s.length() && "{}[],: \t\r\n".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            String w = s.substring(start, pos);
            switch (w) {
                case "true" -> { return Boolean.TRUE; }
                case "false" -> { return Boolean.FALSE; }
                case "null" -> { return NULL; }
                default -> {
                    try {
                        return w.matches("-?\\d+") ? (Object) Long.parseLong(w) : (Object) Double.parseDouble(w);
                    } catch (NumberFormatException e) {
                        throw new JsonException("unexpected '" + w + "' at offset " + start);
                    }
                }
            }
        }

        private char peek() { return pos < s.length() ? s.charAt(pos) : '\0'; }

        private void expect(char c) throws JsonException {
            if (peek() != c) {
                throw new JsonException("expected '" + c + "' at offset " + pos);
            }
            pos++;
        }
    }

    public static String write(Object v) {
        StringBuilder b = new StringBuilder();
        write(b, v, 0);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v, int indent) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof String s) {
            string(b, s);
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                b.append("{}");
                return;
            }
            b.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                pad(b, indent + 1);
                string(b, e.getKey().toString());
                b.append(": ");
                write(b, e.getValue(), indent + 1);
                b.append(++i < m.size() ? ",\n" : "\n");
            }
            pad(b, indent);
            b.append('}');
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                b.append("[]");
                return;
            }
            b.append("[\n");
            for (int i = 0; i < l.size(); i++) {
                pad(b, indent + 1);
                write(b, l.get(i), indent + 1);
                b.append(i + 1 < l.size() ? ",\n" : "\n");
            }
            pad(b, indent);
            b.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + v.getClass());
        }
    }

    private static void pad(StringBuilder b, int indent) { b.append("  ".repeat(indent)); }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
