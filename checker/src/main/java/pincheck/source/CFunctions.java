package pincheck.source;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a function's definition in a C file the way a kernel reader does: its name at the start
 * of a declarator, a parameter list, then an opening brace (not a ';'), and the body up to the
 * matching closing brace. Comments and string literals are blanked first so they cannot match.
 */
public final class CFunctions {
    private CFunctions() {}

    /** The function's body (the text between its braces, comments blanked), if the file defines it. */
    public static Optional<String> body(String source, String function) {
        String code = blankCommentsAndStrings(source);
        Matcher m = Pattern.compile("(?m)^[^\\s#/*][^;{}()]*\\b" + Pattern.quote(function) + "\\s*\\(").matcher(code);
        while (m.find()) {
            int open = matchingParen(code, m.end() - 1);
            if (open < 0) {
                continue;
            }
            int i = open + 1;
            while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
                i++;
            }
            // "__releases(x)" and similar annotations may sit between the ')' and the '{'.
            while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
                int j = i;
                while (j < code.length() && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '_')) {
                    j++;
                }
                i = j < code.length() && code.charAt(j) == '(' ? matchingParen(code, j) + 1 : j;
                while (i > 0 && i < code.length() && Character.isWhitespace(code.charAt(i))) {
                    i++;
                }
            }
            if (i < code.length() && code.charAt(i) == '{') {
                int close = matchingBrace(code, i);
                if (close > i) {
                    return Optional.of(code.substring(i + 1, close));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the code names the identifier as a whole word. */
    public static boolean names(String code, String identifier) {
        return Pattern.compile("\\b" + Pattern.quote(identifier) + "\\b").matcher(code).find();
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // Same length, line breaks kept, so offsets and line numbers do not move.
    static String blankCommentsAndStrings(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                blank(b, s, i, end);
                i = end;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                int end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
                blank(b, s, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, s.length());
                b.append(c);
                blank(b, s, i + 1, end - 1);
                b.append(end - 1 > i ? s.charAt(end - 1) : ' ');
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static void blank(StringBuilder b, String s, int from, int to) {
        for (int k = from; k < to; k++) {
            b.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
