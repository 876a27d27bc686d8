package pincheck.alloy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import pincheck.alloy.run.AlloyOutcome.Kind;

/** Whatever is wrong with a module comes back as ERROR with Alloy's message, never as an exception. */
class ErrorsTest {

    private static String error(AlloyOutcome out) {
        assertEquals(Kind.ERROR, out.kind(), out.toString());
        assertTrue(out.trace().isEmpty());
        return out.error().orElseThrow();
    }

    @Test
    void aTypeErrorNamesFileLineAndColumn() {
        String msg = error(AlloyRunner.run(Modules.load("broken.als"),
                AlloyRequest.check("NoRef").withSourceName("broken.als")));
        assertTrue(msg.startsWith("broken.als:6:"), msg);
        assertTrue(msg.contains("type error"), msg);
        assertTrue(msg.contains("fun integer/plus"), msg);
    }

    @Test
    void aSyntaxErrorNamesTheLine() {
        String msg = error(AlloyRunner.run("module m\nsig A {\n", AlloyRequest.check("x").withSourceName("m.als")));
        assertTrue(msg.startsWith("m.als:3:"), msg);
        assertTrue(msg.contains("syntax error"), msg);
    }

    @Test
    void anUnknownNameIsReportedWhereItIs() {
        String msg = error(AlloyRunner.run("sig A {}\nfact { some A.nope }\n", AlloyRequest.check("x")));
        assertTrue(msg.startsWith("model.als:2:"), msg);
        assertTrue(msg.contains("\"nope\" cannot be found"), msg);
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        String msg = error(AlloyRunner.run(Modules.load("counter.als"), AlloyRequest.check("Nope")));
        assertTrue(msg.contains("no command named Nope"), msg);
        assertTrue(msg.contains("BelowThree"), msg);
    }

    @Test
    void aRunCommandIsRefused() {
        String msg = error(AlloyRunner.run(Modules.load("counter.als"), AlloyRequest.check("Reaches5")));
        assertTrue(msg.contains("is a run"), msg);
    }

    @Test
    void aBadExpressionIsAnError() {
        String msg = error(AlloyRunner.run(Modules.load("counter.als"),
                AlloyRequest.check("BelowThree").withExpressions("Counter.nope")));
        assertTrue(msg.contains("Counter.nope"), msg);
    }
}
