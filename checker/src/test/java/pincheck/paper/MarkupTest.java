package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupTest {
    @Test
    void htmlEscapesAndMarksCode() {
        assertEquals("a &lt;b&gt; &amp; <code>put_page(&quot;x&quot;)</code> c",
                Markup.html("a <b> & `put_page(\"x\")` c"));
    }

    @Test
    void latexEscapesEverySpecialCharacter() {
        assertEquals("\\_\\allowbreak{} \\% \\$ \\& \\# \\{\\} \\textbackslash{} \\textasciitilde{} \\textasciicircum{} "
                        + "\\textless{}\\textgreater{} \\textbar{}",
                Markup.latex("_ % $ & # {} \\ ~ ^ <> |"));
        assertEquals("see \\texttt{GUP\\_\\allowbreak{}BIAS} in \\texttt{mm/\\allowbreak{}gup.c}",
                Markup.latex("see `GUP_BIAS` in `mm/gup.c`"));
    }

    @Test
    void anUnmatchedBackquoteStaysText() {
        assertEquals("it`s", Markup.html("it`s"));
        assertEquals("<code>a</code> b`c", Markup.html("`a` b`c"));
    }

    @Test
    void verbatimKeepsAsciiAndCannotEndTheEnvironment() {
        assertEquals("x -> y ?", Markup.latexVerbatim("x \u2192 y \u00e9"));
        assertEquals("\\end {verbatim}", Markup.latexVerbatim("\\end{verbatim}"));
    }
}
