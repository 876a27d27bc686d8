package pincheck.paper;

/**
 * The only place text is escaped. Text may hold `code` spans in backquotes; everything
 * else is literal, so a quote from the kernel thread or a C name never breaks the output.
 */
final class Markup {
    private Markup() {}

    static String html(String text) {
        return spans(text, Markup::htmlEscape, s -> "<code>" + htmlEscape(s) + "</code>");
    }

    static String latex(String text) {
        // Code may break after a slash: paths are longer than a table column.
        return spans(text, Markup::latexEscape,
                s -> "\\texttt{" + latexEscape(s).replace("/", "/\\allowbreak{}") + "}");
    }

    static String htmlEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String latexEscape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '$', '&', '#', '%' -> b.append('\\').append(c);
                // C names are long: let them break after an underscore.
                case '_' -> b.append("\\_\\allowbreak{}");
                case '^' -> b.append("\\textasciicircum{}");
                case '~' -> b.append("\\textasciitilde{}");
                case '<' -> b.append("\\textless{}");
                case '>' -> b.append("\\textgreater{}");
                case '|' -> b.append("\\textbar{}");
                // OT1 fonts have no glyphs for these; plain ASCII reads the same.
                case '\u2014' -> b.append("---");
                case '\u2013' -> b.append("--");
                case '\u2192' -> b.append("\\ensuremath{\\rightarrow}");
                case '\u2018', '\u2019' -> b.append('\'');
                case '\u201c', '\u201d' -> b.append('"');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Verbatim lines in LaTeX: only characters pdflatex's verbatim can print. */
    static String latexVerbatim(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            b.append(c < 0x80 ? String.valueOf(c) : c == '\u2192' ? "->" : "?");
        }
        return b.toString().replace("\\end{verbatim}", "\\end {verbatim}");
    }

    private static String spans(String text, java.util.function.UnaryOperator<String> plain,
                                java.util.function.UnaryOperator<String> code) {
        StringBuilder b = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            // An unmatched last backquote stays literal text.
            boolean isCode = i % 2 == 1 && i < parts.length - 1;
            b.append(isCode ? code.apply(parts[i]) : plain.apply(i % 2 == 1 ? "`" + parts[i] : parts[i]));
        }
        return b.toString();
    }
}
