package pincheck.paper;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The paper as plain LaTeX (article, longtable, verbatim, graphicx): builds with
 * texlive-latex-base alone. A figure is included from figures/fig-k.pdf when `paper` could
 * print it (Chromium); otherwise the text points to the HTML, which has it.
 */
final class LatexWriter {
    private LatexWriter() {}

    static final String HTML_NAME = "pincheck.html";
    /** Marks the appendix's first page. */
    static final String APPENDIX_LABEL = "appendix-start";

    static String write(Paper p) {
        StringBuilder b = new StringBuilder();
        b.append("""
                \\documentclass[a4paper,10pt]{article}
                \\usepackage[utf8]{inputenc}
                \\usepackage[margin=2cm]{geometry}
                \\usepackage{array}
                \\usepackage{longtable}
                \\usepackage{graphicx}
                \\setlength{\\parindent}{0pt}
                \\setlength{\\parskip}{0.5em}
                \\setlength{\\LTpre}{0.3em}
                \\setlength{\\LTpost}{0.6em}
                """);
        // No \\date: the same inputs must give the same file.
        b.append("\\title{").append(Markup.latex(p.title())).append("}\n\\author{pincheck}\n\\date{}\n");
        b.append("\\begin{document}\n\\sloppy\n\\maketitle\n\\begin{abstract}\n").append(Markup.latex(p.abstractText()))
                .append("\n\\end{abstract}\n");
        int[] figure = {0};
        for (Section s : p.sections()) {
            section(b, s, figure);
        }
        if (!p.appendix().isEmpty()) {
            // the body ends here: what follows is the full material the body summarises
            // the label's page, in the .aux, is where the body ends (PdfBuild reads it)
            b.append("\n\\clearpage\n\\appendix\n\\label{").append(APPENDIX_LABEL).append("}\n");
            for (Section s : p.appendix()) {
                section(b, s, figure);
            }
        }
        return b.append("\\end{document}\n").toString();
    }

    private static void section(StringBuilder b, Section s, int[] figure) {
        b.append("\n\\section{").append(Markup.latex(s.title())).append("}\\label{").append(s.id()).append("}\n\n");
        s.blocks().forEach(x -> block(b, x, figure));
    }

    /** Verbatim lines longer than this overrun the text width at \\footnotesize; they continue indented. */
    static final int LISTING_WIDTH = 96;

    private static void block(StringBuilder b, Block x, int[] figure) {
        if (x instanceof Block.Para para) {
            b.append(Markup.latex(para.text())).append("\n\n");
        } else if (x instanceof Block.Items items) {
            String env = items.numbered() ? "enumerate" : "itemize";
            b.append("\\begin{").append(env).append("}\n");
            items.items().forEach(i -> b.append("\\item ").append(Markup.latex(i)).append('\n'));
            b.append("\\end{").append(env).append("}\n\n");
        } else if (x instanceof Block.Table t) {
            table(b, t);
        } else if (x instanceof Block.Listing l) {
            b.append("\\emph{").append(Markup.latex(l.caption())).append("}\n{\\footnotesize\n\\begin{verbatim}\n");
            l.lines().forEach(line -> wrap(line).forEach(w -> b.append(Markup.latexVerbatim(w)).append('\n')));
            b.append("\\end{verbatim}\n}\n\n");
        } else if (x instanceof Block.Figure f) {
            String file = Paper.figureName(++figure[0]) + ".pdf";
            b.append("\\begin{center}\n\\IfFileExists{").append(file).append("}{\\includegraphics[width=\\linewidth,")
                    .append("height=0.75\\textheight,keepaspectratio]{").append(file).append("}\\\\}{(drawn in \\texttt{")
                    .append(HTML_NAME).append("}; ").append(file).append(" was not printed: no Chromium)\\\\}\n\\emph{Figure ")
                    .append(figure[0]).append(": ").append(Markup.latex(f.caption())).append("}\n\\end{center}\n\n");
        }
    }

    private static void table(StringBuilder b, Block.Table t) {
        String spec = t.widths().isEmpty()
                ? t.header().stream().map(h -> "l").collect(Collectors.joining("|"))
                // The fractions are of the whole line, padding and rules included.
                : t.widths().stream().map(w -> String.format(Locale.ROOT,
                                ">{\\raggedright\\arraybackslash}p{\\dimexpr %.3f\\linewidth-2\\tabcolsep-\\arrayrulewidth\\relax}",
                                w))
                        .collect(Collectors.joining("|"));
        // Seven columns or more (the sweeps' knob tables) only fit in the smaller size.
        b.append(t.header().size() >= 7 ? "{\\scriptsize\n" : "{\\footnotesize\n")
                .append("\\begin{longtable}{|").append(spec).append("|}\n");
        b.append("\\caption*{").append(Markup.latex(t.caption())).append("}\\\\\n\\hline\n");
        row(b, t.header(), true);
        b.append("\\hline\n\\endhead\n");
        t.rows().forEach(r -> row(b, r, false));
        b.append("\\hline\n\\end{longtable}\n}\n\n");
    }

    private static void row(StringBuilder b, List<String> cells, boolean header) {
        b.append(cells.stream().map(c -> header ? "\\textbf{" + Markup.latex(c) + "}" : Markup.latex(c))
                .collect(Collectors.joining(" & "))).append(" \\\\\n");
    }

    /** A listing line cut at {@link #LISTING_WIDTH}, at a space where it can, continuations indented. */
    static List<String> wrap(String line) {
        List<String> out = new java.util.ArrayList<>();
        String rest = line;
        String indent = " ".repeat(Math.min(40, line.length() - line.stripLeading().length() + 4));
        while (rest.length() > LISTING_WIDTH) {
            int cut = rest.lastIndexOf(' ', LISTING_WIDTH);
            if (cut <= indent.length()) {
                cut = LISTING_WIDTH;
            }
            out.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).stripLeading();
        }
        out.add(rest);
        return out;
    }
}
