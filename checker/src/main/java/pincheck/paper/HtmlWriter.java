package pincheck.paper;

import java.util.List;

/** The paper as one self-contained HTML file: inline CSS and SVG, no external resource. */
final class HtmlWriter {
    private HtmlWriter() {}

    private static final String CSS = """
            body { font: 15px/1.5 Georgia, 'Times New Roman', serif; max-width: 60em; margin: 2em auto; padding: 0 1em; color: #111; }
            h1 { font-size: 1.8em; margin-bottom: .2em; }
            h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
            .abstract { background: #f6f6f6; padding: .8em 1em; border-left: 4px solid #888; }
            nav ol { columns: 2; }
            .table { overflow-x: auto; max-width: 100%; }
            table { border-collapse: collapse; margin: 1em 0; font-size: .85em; }
            td, th { overflow-wrap: anywhere; }
            caption { caption-side: top; text-align: left; font-style: italic; padding-bottom: .3em; }
            th, td { border: 1px solid #bbb; padding: .2em .45em; vertical-align: top; text-align: left; }
            th { background: #eee; }
            td.v-V { background: #f4b6b6; font-weight: bold; } td.v-h { background: #d8f0d8; }
            td.v-r { background: #fde9b8; } td.v-u { background: #eef3ee; } td.v-i { background: #ddd; }
            pre { background: #f8f8f8; border: 1px solid #ddd; padding: .6em; overflow-x: auto; font-size: .8em; line-height: 1.35; }
            code { font-size: .9em; }
            figure { margin: 1em 0; overflow-x: auto; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-style: italic; font-size: .9em; }
            @media (max-width: 600px) { body { font-size: 14px; padding: 0 .5em; } nav ol { columns: 1; }
              table { font-size: .75em; } th, td { padding: .15em .25em; } }
            """;

    static String write(Paper p) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Markup.htmlEscape(p.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<h1>").append(Markup.html(p.title())).append("</h1>\n");
        b.append("<p class=\"abstract\"><b>Abstract.</b> ").append(Markup.html(p.abstractText())).append("</p>\n");
        b.append("<nav><ol>\n");
        for (Section s : p.sections()) {
            b.append("<li><a href=\"#").append(s.id()).append("\">").append(Markup.html(s.title()))
                    .append("</a></li>\n");
        }
        b.append("</ol>\n");
        if (!p.appendix().isEmpty()) {
            b.append("<p>Appendix</p>\n<ol type=\"A\">\n");
            for (Section s : p.appendix()) {
                b.append("<li><a href=\"#").append(s.id()).append("\">").append(Markup.html(s.title()))
                        .append("</a></li>\n");
            }
            b.append("</ol>\n");
        }
        b.append("</nav>\n");
        int[] figure = {0};
        for (int n = 0; n < p.sections().size(); n++) {
            section(b, p.sections().get(n), (n + 1) + ". ", figure);
        }
        for (int k = 0; k < p.appendix().size(); k++) {
            section(b, p.appendix().get(k), "Appendix " + Paper.letter(k) + ". ", figure);
        }
        return b.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder b, Section s, String number, int[] figure) {
        b.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(number)
                .append(Markup.html(s.title())).append("</h2>\n");
        s.blocks().forEach(x -> block(b, x, figure));
        b.append("</section>\n");
    }

    private static void block(StringBuilder b, Block x, int[] figure) {
        if (x instanceof Block.Para para) {
            b.append("<p>").append(Markup.html(para.text())).append("</p>\n");
        } else if (x instanceof Block.Items items) {
            String tag = items.numbered() ? "ol" : "ul";
            b.append('<').append(tag).append(">\n");
            items.items().forEach(i -> b.append("<li>").append(Markup.html(i)).append("</li>\n"));
            b.append("</").append(tag).append(">\n");
        } else if (x instanceof Block.Table t) {
            table(b, t);
        } else if (x instanceof Block.Listing l) {
            b.append("<figure>\n<figcaption>").append(Markup.html(l.caption())).append("</figcaption>\n<pre>");
            l.lines().forEach(line -> b.append(Markup.htmlEscape(line)).append('\n'));
            b.append("</pre>\n</figure>\n");
        } else if (x instanceof Block.Figure f) {
            // each figure's ids get its own prefix: several PlantUML diagrams in one page share id names
            b.append("<figure>\n").append(Svg.inline(f.svg(), "fig" + (++figure[0]) + "-")).append("\n<figcaption>")
                    .append(Markup.html(f.caption())).append("</figcaption>\n</figure>\n");
        }
    }

    private static void table(StringBuilder b, Block.Table t) {
        b.append("<div class=\"table\"><table>\n<caption>").append(Markup.html(t.caption())).append("</caption>\n<tr>");
        t.header().forEach(h -> b.append("<th>").append(Markup.html(h)).append("</th>"));
        b.append("</tr>\n");
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                boolean code = t.verdictCells() && i > 0;
                b.append(code ? "<td class=\"v-" + Markup.htmlEscape(cell) + "\">" : "<td>")
                        .append(Markup.html(cell)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table></div>\n");
    }
}
