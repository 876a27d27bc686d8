package pincheck.audit;

/**
 * A C file with its comments and string literals blanked out (lines and columns kept), and
 * which lines belong to a #define: what grep cannot tell apart and the audit must.
 */
final class CCode {
    private final String[] lines;
    private final boolean[] inMacro;

    private CCode(String[] lines, boolean[] inMacro) {
        this.lines = lines;
        this.inMacro = inMacro;
    }

    static CCode of(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(text, i, end, b);
                i = end;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                blank(text, i, end, b);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                blank(text, i, end, b);
                i = end;
            } else {
                b.append(c);
                i++;
            }
        }
        String[] lines = b.toString().split("\n", -1);
        boolean[] macro = new boolean[lines.length];
        boolean continued = false;
        for (int k = 0; k < lines.length; k++) {
            macro[k] = continued || lines[k].stripLeading().startsWith("#define");
            continued = macro[k] && lines[k].stripTrailing().endsWith("\\");
        }
        return new CCode(lines, macro);
    }

    // Newlines stay so that line numbers do not move.
    private static void blank(String text, int from, int to, StringBuilder b) {
        for (int k = from; k < to; k++) {
            b.append(text.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    /** Line {@code number} (1-based) without comments and strings; "" past the end. */
    String line(int number) {
        return number >= 1 && number <= lines.length ? lines[number - 1] : "";
    }

    boolean inMacro(int number) {
        return number >= 1 && number <= lines.length && inMacro[number - 1];
    }

    /** The last non-blank code line before {@code number}. */
    String previous(int number) {
        for (int k = number - 1; k >= 1; k--) {
            if (!line(k).isBlank()) {
                return line(k);
            }
        }
        return "";
    }

    /** The first non-blank code text from column {@code col} of line {@code number} on. */
    char next(int number, int col) {
        String rest = line(number).substring(Math.min(col, line(number).length()));
        for (int k = number; k <= lines.length; k++) {
            String s = (k == number ? rest : line(k)).strip();
            if (!s.isEmpty()) {
                return s.charAt(0);
            }
        }
        return ' ';
    }
}
