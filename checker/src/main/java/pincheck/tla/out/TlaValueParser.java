package pincheck.tla.out;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import pincheck.tla.out.TlaValue.Mapping;
import pincheck.tla.out.TlaValue.TlaBool;
import pincheck.tla.out.TlaValue.TlaFunction;
import pincheck.tla.out.TlaValue.TlaInt;
import pincheck.tla.out.TlaValue.TlaModelValue;
import pincheck.tla.out.TlaValue.TlaRecord;
import pincheck.tla.out.TlaValue.TlaSeq;
import pincheck.tla.out.TlaValue.TlaSet;
import pincheck.tla.out.TlaValue.TlaString;

/**
 * Reads a TLA+ value as TLC prints it: integers, strings, booleans, model values, {@code <<..>>},
 * {@code {..}}, {@code [f |-> ..]} and {@code (k :> v @@ ..)}, with any whitespace between tokens.
 */
public final class TlaValueParser {
    private final String text;
    private int pos;

    private TlaValueParser(String text) {
        this.text = text;
    }

    /** Parses exactly one value; anything else in {@code text} is an error. */
    public static TlaValue parse(String text) throws TlcOutputException {
        TlaValueParser p = new TlaValueParser(text);
        TlaValue v = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected text after the value");
        }
        return v;
    }

    static boolean isIdentifier(String s) {
        return isFieldName(s) && s.chars().anyMatch(Character::isLetter);
    }

    static boolean isFieldName(String s) {
        return !s.isEmpty() && s.chars().allMatch(TlaValueParser::isNameChar);
    }

    private static boolean isNameChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private TlaValue value() throws TlcOutputException {
        skipSpace();
        if (pos >= text.length()) {
            throw error("expected a value but the text ended");
        }
        char c = text.charAt(pos);
        if (lookingAt("<<")) {
            pos += 2;
            return new TlaSeq(list(">>"));
        }
        if (c == '{') {
            pos++;
            return new TlaSet(list("}"));
        }
        if (c == '[') {
            return record();
        }
        if (c == '(') {
            return function();
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return integer();
        }
        if (isNameChar(c)) {
            return name();
        }
        throw error("unexpected character '" + c + "' where a value should start");
    }

    /** Comma-separated values up to {@code close}; the opening bracket is already consumed. */
    private ImmutableList<TlaValue> list(String close) throws TlcOutputException {
        ImmutableList.Builder<TlaValue> out = ImmutableList.builder();
        skipSpace();
        if (lookingAt(close)) {
            pos += close.length();
            return out.build();
        }
        while (true) {
            out.add(value());
            skipSpace();
            if (lookingAt(close)) {
                pos += close.length();
                return out.build();
            }
            expect(",", "',' or '" + close + "'");
        }
    }

    private TlaValue record() throws TlcOutputException {
        int start = pos;
        pos++;
        Map<String, TlaValue> fields = new LinkedHashMap<>();
        while (true) {
            skipSpace();
            int at = pos;
            String field = nameText("a record field name");
            expect("|->", "'|->'");
            TlaValue v = value();
            if (fields.put(field, v) != null) {
                pos = at;
                throw error("record field '" + field + "' appears twice");
            }
            skipSpace();
            if (lookingAt("]")) {
                pos++;
                return new TlaRecord(ImmutableMap.copyOf(fields));
            }
            if (pos >= text.length()) {
                pos = start;
                throw error("record is not closed with ']'");
            }
            expect(",", "',' or ']'");
        }
    }

    private TlaValue function() throws TlcOutputException {
        int start = pos;
        pos++;
        ImmutableList.Builder<Mapping> pairs = ImmutableList.builder();
        while (true) {
            TlaValue key = value();
            expect(":>", "':>'");
            TlaValue v = value();
            pairs.add(new Mapping(key, v));
            skipSpace();
            if (lookingAt(")")) {
                pos++;
                return new TlaFunction(pairs.build());
            }
            if (pos >= text.length()) {
                pos = start;
                throw error("function is not closed with ')'");
            }
            expect("@@", "'@@' or ')'");
        }
    }

    private TlaValue string() throws TlcOutputException {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return new TlaString(sb.toString());
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\' -> sb.append(e);
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case 'f' -> sb.append('\f');
                default -> {
                    pos -= 2;
                    throw error("unknown escape '\\" + e + "' in a string");
                }
            }
        }
        pos = start;
        throw error("string is not closed with '\"'");
    }

    private TlaValue integer() throws TlcOutputException {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 128) {
            pos++;
        }
        if (pos == digits) {
            pos = start;
            throw error("'-' not followed by digits");
        }
        if (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos = start;
            throw error("malformed number or name");
        }
        try {
            return new TlaInt(Long.parseLong(text.substring(start, pos)));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("integer out of range");
        }
    }

    private TlaValue name() throws TlcOutputException {
        int start = pos;
        String name = nameText("a name");
        return switch (name) {
            case "TRUE" -> new TlaBool(true);
            case "FALSE" -> new TlaBool(false);
            default -> {
                if (!isIdentifier(name)) {
                    pos = start;
                    throw error("'" + name + "' is not a value");
                }
                yield new TlaModelValue(name);
            }
        };
    }

    private String nameText(String what) throws TlcOutputException {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            throw error("expected " + what);
        }
        return text.substring(start, pos);
    }

    private void expect(String token, String what) throws TlcOutputException {
        skipSpace();
        if (!lookingAt(token)) {
            throw error(pos >= text.length() ? "expected " + what + " but the text ended" : "expected " + what);
        }
        pos += token.length();
    }

    private boolean lookingAt(String token) {
        return text.startsWith(token, pos);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** An error naming line, column and the text around {@code pos}. */
    private TlcOutputException error(String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int from = Math.max(0, pos - 20);
        int to = Math.min(text.length(), pos + 20);
        String near = text.substring(from, to).replace("\n", "\\n");
        return new TlcOutputException(String.format(
                "cannot read TLA+ value: %s at line %d, column %d (offset %d), near \"%s\"",
                what, line, pos - lineStart + 1, pos, near));
    }
}
