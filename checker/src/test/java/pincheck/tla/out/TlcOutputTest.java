package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pincheck.tla.out.TlcMessageReaderTest.end;
import static pincheck.tla.out.TlcMessageReaderTest.msg;
import static pincheck.tla.out.TlcMessageReaderTest.start;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import pincheck.tla.out.TlaValue.TlaInt;
import pincheck.tla.out.TlcOutcome.Kind;

class TlcOutputTest {

    /** Reads a recorded run; the exit code is in the file name ({@code NAME.exitN.out}). */
    static TlcOutcome recorded(String name, int exitCode) {
        String file = "/tlc-output/" + name + ".exit" + exitCode + ".out";
        try (InputStream in = TlcOutputTest.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + file);
            }
            return TlcOutput.interpret(new String(in.readAllBytes(), StandardCharsets.UTF_8), exitCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = TlcOutputTest.class.getResourceAsStream("/tlc-output/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- recorded real runs of TLC 2.18 ----

    @Test
    void success() {
        TlcOutcome o = recorded("success", 0);
        assertEquals(Kind.SUCCESS, o.kind());
        assertEquals(Optional.empty(), o.reason());
        assertEquals(OptionalLong.of(4), o.statesGenerated());
        assertEquals(OptionalLong.of(3), o.distinctStates());
        assertEquals(OptionalLong.of(0), o.statesLeftOnQueue());
        assertEquals(OptionalLong.of(3), o.depth());
        assertEquals(Optional.of("2.18"), o.tlcVersion());
        assertEquals(ImmutableList.of(), o.trace());
        assertEquals(Optional.empty(), o.errorText());
        assertEquals(Optional.empty(), o.violatedProperty());
    }

    @Test
    void invariantViolationWithWrappedValues() {
        TlcOutcome o = recorded("invariant", 12);
        assertEquals(Kind.INVARIANT_VIOLATED, o.kind());
        assertEquals(Optional.of("Inv"), o.violatedProperty());
        assertEquals(OptionalLong.of(4), o.statesGenerated());
        assertEquals(OptionalLong.of(4), o.depth());
        assertEquals(4, o.trace().size());
        TlcState s1 = o.trace().get(0);
        assertEquals(1, s1.number());
        assertEquals(TlcState.INITIAL, s1.action());
        assertEquals(Optional.empty(), s1.location());
        assertEquals(ImmutableList.of("ev", "x", "pages"), s1.vars().keySet().asList());
        TlcState s4 = o.trace().get(3);
        assertEquals("Inc", s4.action());
        assertEquals(Optional.of("line 6, col 8 to line 8, col 204 of module M"), s4.location());
        assertEquals(new TlaInt(3), s4.var("x"));
        TlaValue ev = s4.var("ev");
        assertEquals("a \"q\" \\ b", ev.field("args").elements().get(0).asString());
        assertEquals("(0 :> \"a\" @@ 5 :> \"b\")", ev.field("f").toTla());
        // TLC prints a function with a string domain as a record, and a 1..n domain as a sequence.
        assertEquals(-1, ev.field("g").field("k").asInt());
        TlaValue u0 = ((TlaValue.TlaFunction) s4.var("pages")).apply(new TlaValue.TlaModelValue("U0")).orElseThrow();
        assertEquals(-2, u0.field("refcount").asInt());
        assertEquals(3, u0.field("pins").elements().size());
        assertEquals("bio2", u0.field("pins").elements().get(2).field("bio").asString());
        assertEquals(Optional.of("Invariant Inv is violated."), o.errorText());
    }

    @Test
    void invariantViolatedByInitialState() {
        TlcOutcome o = recorded("invariant-initial", 12);
        assertEquals(Kind.INVARIANT_VIOLATED, o.kind());
        assertEquals(Optional.of("Inv"), o.violatedProperty());
        assertEquals(1, o.trace().size());
        assertEquals(new TlaInt(5), o.trace().get(0).var("x"));
        assertEquals(Optional.of("Invariant Inv is violated by the initial state:"), o.errorText());
    }

    @Test
    void deadlockWithSingleVariableStates() {
        TlcOutcome o = recorded("deadlock", 11);
        assertEquals(Kind.DEADLOCK, o.kind());
        assertEquals(Optional.empty(), o.violatedProperty());
        assertEquals(3, o.trace().size());
        assertEquals(new TlaInt(2), o.trace().get(2).var("x"));
        assertEquals("Next", o.trace().get(2).action());
        assertEquals(OptionalLong.of(3), o.distinctStates());
    }

    @Test
    void livenessLasso() {
        TlcOutcome o = recorded("liveness-lasso", 13);
        assertEquals(Kind.LIVENESS_VIOLATED, o.kind());
        assertEquals(4, o.trace().size());
        assertEquals(OptionalInt.of(2), o.loopBackTo());
        assertFalse(o.endsInStuttering());
        assertEquals("{2}", o.trace().get(3).var("s").toTla());
        assertEquals(OptionalLong.empty(), o.depth());
        assertEquals(OptionalLong.of(5), o.statesGenerated());
    }

    @Test
    void livenessStuttering() {
        TlcOutcome o = recorded("liveness-stuttering", 13);
        assertEquals(Kind.LIVENESS_VIOLATED, o.kind());
        assertEquals(3, o.trace().size());
        assertTrue(o.endsInStuttering());
        assertEquals(OptionalInt.of(3), o.loopBackTo());
    }

    @Test
    void parseError() {
        TlcOutcome o = recorded("parse-error", 150);
        assertEquals(Kind.PARSE_ERROR, o.kind());
        String text = o.errorText().orElseThrow();
        assertTrue(text.startsWith("Parsing or semantic analysis failed."), text);
        assertTrue(text.contains("***Parse Error***"), text);
        assertTrue(text.contains("Encountered \"Beginning of definition\" at line 5, column 1"), text);
        assertFalse(text.contains("Parsing file"), text);
    }

    @Test
    void configError() {
        TlcOutcome o = recorded("config-error", 151);
        assertEquals(Kind.CONFIG_ERROR, o.kind());
        assertTrue(o.errorText().orElseThrow().startsWith(
                "The invariant NoSuchInv specified in the configuration file\nis not defined in the specification."));
    }

    @Test
    void runtimeErrorKeepsTraceAndText() {
        TlcOutcome o = recorded("runtime-error", 255);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("2179, 2103"), o.reason().toString());
        assertTrue(o.errorText().orElseThrow().startsWith("The second argument of \\div is 0."));
        assertEquals(3, o.trace().size());
    }

    @Test
    void outOfMemoryCaughtByTlc() {
        TlcOutcome o = recorded("out-of-memory", 255);
        assertEquals(Kind.OUT_OF_MEMORY, o.kind());
        assertTrue(o.errorText().orElseThrow().contains("java.lang.OutOfMemoryError"));
        // TLC still printed its counts after the error; they are reported, the verdict stays OOM.
        assertEquals(OptionalLong.of(4487095), o.statesGenerated());
    }

    @Test
    void outOfMemoryThenHung() {
        TlcOutcome o = recorded("out-of-memory-hung", 124);
        assertEquals(Kind.OUT_OF_MEMORY, o.kind());
        assertTrue(o.reason().orElseThrow().contains("OutOfMemoryError"), o.reason().toString());
        assertTrue(o.errorText().orElseThrow().contains("Exception in thread \"main\" java.lang.OutOfMemoryError"));
        assertEquals(OptionalLong.empty(), o.statesGenerated());
    }

    // ---- never SUCCESS unless the run is whole ----

    @Test
    void successNeedsExitCodeZero() {
        TlcOutcome o = TlcOutput.interpret(resource("success.exit0.out"), 1);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("exited with 1"));
    }

    @Test
    void exitZeroWithoutCompletionMessageIsError() {
        String out = resource("success.exit0.out").replace("Model checking completed. No error has been found.", "");
        String without2193 = out.replaceAll("(?s)@!@!@STARTMSG 2193:0 @!@!@.*?@!@!@ENDMSG 2193 @!@!@\n", "");
        TlcOutcome o = TlcOutput.interpret(without2193, 0);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("never said model checking completed"));
        assertEquals(Kind.ERROR, TlcOutput.interpret("", 0).kind());
    }

    @Test
    void completionMessageInTruncatedOutputIsTruncated() {
        String out = resource("success.exit0.out");
        String cut = out.substring(0, out.indexOf("@!@!@ENDMSG 2199"));
        TlcOutcome o = TlcOutput.interpret(cut, 0);
        assertEquals(Kind.TRUNCATED, o.kind());
        assertTrue(o.reason().orElseThrow().contains("STARTMSG 2199"), o.reason().toString());
        // Cut between two whole messages after 2193: every frame pairs up, but 2186 is missing.
        String between = out.substring(0, out.indexOf("@!@!@STARTMSG 2199"));
        assertEquals(Kind.TRUNCATED, TlcOutput.interpret(between, 0).kind());
    }

    @Test
    void everyCutOfARecordedRunIsNeverSuccessAndNeverAViolationWhenCutInsideTheTrace() {
        for (String name : new String[] {"success.exit0.out", "invariant.exit12.out", "liveness-lasso.exit13.out"}) {
            String out = resource(name);
            int exit = Integer.parseInt(name.replaceAll(".*\\.exit(\\d+)\\.out", "$1"));
            int traceEnd = out.lastIndexOf("@!@!@ENDMSG 2217");
            for (int cut = 0; cut < out.length(); cut += cut % 2 == 0 ? 7 : 5) {
                TlcOutcome o = TlcOutput.interpret(out.substring(0, cut), exit);
                assertNotEquals(Kind.SUCCESS, o.kind(), name + " cut at " + cut);
                if (cut <= traceEnd) {
                    assertFalse(o.kind().isViolation(), name + " cut at " + cut + ": " + o);
                }
            }
        }
    }

    // ---- hand-made outputs ----

    private static final String HEAD = msg(2262, 0, "TLC2 Version 2.18 of 20 March 2023")
            + msg(2110, 1, "Invariant Safe is violated.") + msg(2121, 1, "The behavior up to this point is:");

    private static String state(int n, String action, String vars) {
        return msg(2217, 4, n + ": <" + action + ">\n" + vars + "\n");
    }

    private static final String TAIL = msg(2199, 0, "2 states generated, 2 distinct states found, 0 states left on queue.")
            + msg(2194, 0, "The depth of the complete state graph search is 2.") + msg(2186, 0, "Finished in 1s at (x)");

    @Test
    void warningBetweenTraceStatesIsKeptAsWarning() {
        String out = HEAD + state(1, "Initial predicate", "/\\ x = 0\n/\\ y = <<>>")
                + msg(2201, 2, "Please run the Java VM with a larger heap.")
                + state(2, "Pin line 3, col 1 to line 3, col 9 of module pin", "/\\ x = 1\n/\\ y = <<U0>>") + TAIL;
        TlcOutcome o = TlcOutput.interpret(out, 12);
        assertEquals(Kind.INVARIANT_VIOLATED, o.kind());
        assertEquals(Optional.of("Safe"), o.violatedProperty());
        assertEquals(2, o.trace().size());
        assertEquals("Pin", o.trace().get(1).action());
        assertEquals(ImmutableList.of("Please run the Java VM with a larger heap."), o.warnings());
    }

    @Test
    void messageNestedInsideATraceState() {
        String out = HEAD + state(1, "Initial predicate", "/\\ x = 0")
                + start(2217, 4) + "2: <Pin>\n/\\ x = [a |-> "
                + msg(2200, 0, "Progress(2)") + "1,\n  b |-> {\"s\"}]\n"
                + end(2217) + TAIL;
        TlcOutcome o = TlcOutput.interpret(out, 12);
        assertEquals(Kind.INVARIANT_VIOLATED, o.kind(), o.reason().toString());
        assertEquals("[a |-> 1, b |-> {\"s\"}]", o.trace().get(1).var("x").toTla());
    }

    @Test
    void cutOffMidTraceIsTruncatedWithTheWholeStatesSoFar() {
        String out = HEAD + state(1, "Initial predicate", "/\\ x = 0")
                + start(2217, 4) + "2: <Pin>\n/\\ x = [a |-> 1,\n  b |-> {";
        TlcOutcome o = TlcOutput.interpret(out, 12);
        assertEquals(Kind.TRUNCATED, o.kind());
        assertEquals(1, o.trace().size());
        assertEquals(Optional.of("Safe"), o.violatedProperty());
    }

    @Test
    void unreadableTraceStateIsErrorNotAGuess() {
        String out = HEAD + state(1, "Initial predicate", "/\\ x = 1..3") + TAIL;
        TlcOutcome o = TlcOutput.interpret(out, 12);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("state 1, variable x"), o.reason().toString());
        assertEquals(Optional.of("Safe"), o.violatedProperty());
    }

    @Test
    void traceWithGapsIsError() {
        String out = HEAD + state(1, "Initial predicate", "x = 0") + state(3, "Pin", "x = 1") + TAIL;
        TlcOutcome o = TlcOutput.interpret(out, 12);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("numbered 3"), o.reason().toString());
    }

    @Test
    void violationWithUnexpectedExitCodeIsError() {
        String out = HEAD + state(1, "Initial predicate", "x = 0") + TAIL;
        assertEquals(Kind.INVARIANT_VIOLATED, TlcOutput.interpret(out, 12).kind());
        TlcOutcome o = TlcOutput.interpret(out, 0);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("exited with 0 instead of 12"), o.reason().toString());
        assertEquals(1, o.trace().size());
    }

    @Test
    void violationWithoutTraceIsError() {
        TlcOutcome o = TlcOutput.interpret(HEAD + TAIL, 12);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("printed no trace"));
    }

    @Test
    void livenessWithoutLoopIsError() {
        String out = msg(2116, 1, "Temporal properties were violated.")
                + msg(2264, 1, "The following behavior constitutes a counter-example:")
                + state(1, "Initial predicate", "x = 0") + TAIL;
        TlcOutcome o = TlcOutput.interpret(out, 13);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("no loop"));
        String lasso = out.replace(TAIL, msg(2122, 4, "1: Back to state: <Next>") + TAIL);
        assertEquals(Kind.LIVENESS_VIOLATED, TlcOutput.interpret(lasso, 13).kind());
        String badLoop = out.replace(TAIL, msg(2122, 4, "5: Back to state: <Next>") + TAIL);
        assertTrue(TlcOutput.interpret(badLoop, 13).reason().orElseThrow().contains("goes back to state 5"));
    }

    @Test
    void cutAfterAWholeTraceStateIsTruncated() {
        String out = HEAD + state(1, "Initial predicate", "x = 0") + state(2, "Pin", "x = 1");
        TlcOutcome o = TlcOutput.interpret(out, 12);
        assertEquals(Kind.TRUNCATED, o.kind());
        assertTrue(o.reason().orElseThrow().contains("2186"));
        assertEquals(Kind.INVARIANT_VIOLATED, TlcOutput.interpret(out + TAIL, 12).kind());
    }

    @Test
    void outOfMemoryInUnframedStackTrace() {
        String out = msg(2185, 0, "Starting...") + "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n"
                + "\tat tlc2.tool.Worker.run(Worker.java:1)";
        TlcOutcome o = TlcOutput.interpret(out, 1);
        assertEquals(Kind.OUT_OF_MEMORY, o.kind());
        assertTrue(o.errorText().orElseThrow().contains("Java heap space"));
    }

    @Test
    void oomTextInsideATraceValueIsNotOutOfMemory() {
        String out = HEAD + state(1, "Initial predicate", "x = \"OutOfMemoryError\"") + TAIL;
        assertEquals(Kind.INVARIANT_VIOLATED, TlcOutput.interpret(out, 12).kind());
    }

    @Test
    void strayEndMarkerIsErrorNotSuccess() {
        String out = resource("success.exit0.out") + end(2217);
        TlcOutcome o = TlcOutput.interpret(out, 0);
        assertEquals(Kind.ERROR, o.kind());
        assertTrue(o.reason().orElseThrow().contains("do not pair up"));
    }

    @Test
    void unknownErrorMessageKeepsItsText() {
        String out = msg(2262, 0, "TLC2 Version 2.18") + msg(1000, 1, "TLC threw an unexpected exception.\nfoo")
                + "java.lang.NullPointerException\n\tat tlc2.X.y(X.java:1)\n";
        TlcOutcome o = TlcOutput.interpret(out, 255);
        assertEquals(Kind.ERROR, o.kind());
        String text = o.errorText().orElseThrow();
        assertTrue(text.startsWith("TLC threw an unexpected exception.\nfoo"), text);
        assertTrue(text.contains("java.lang.NullPointerException"), text);
    }

    @Test
    void nonZeroExitWithoutMessagesIsError() {
        TlcOutcome o = TlcOutput.interpret("Error: Could not find or load main class tlc2.TLC\n", 1);
        assertEquals(Kind.ERROR, o.kind());
        assertEquals(Optional.of("Error: Could not find or load main class tlc2.TLC"), o.errorText());
        assertEquals(Optional.empty(), o.tlcVersion());
    }

    // ---- the recorded violation with interleavings TLC produces under load (workers, progress reports) ----

    @Test
    void recordedTraceReadsTheSameWithWarningsNestedMessagesAndMidLineMarkers() {
        String real = resource("invariant.exit12.out");
        TlcOutcome plain = TlcOutput.interpret(real, 12);
        String[] parts = real.split("(?=@!@!@STARTMSG 2217:4 @!@!@)", -1);
        assertTrue(parts.length >= 4, "at least three states in the recording");
        String third = parts[3].replaceFirst("/\\\\ x = 2\n", "/\\\\ x = 2\n" + msg(2200, 0, "Progress(3) at x"));
        String mixed = parts[0] + parts[1]
                + msg(2201, 2, "Please run the Java VM with a larger heap.")
                + "progress text without a line break" + parts[2] + third
                + String.join("", java.util.Arrays.asList(parts).subList(4, parts.length));
        TlcOutcome o = TlcOutput.interpret(mixed, 12);
        assertEquals(Kind.INVARIANT_VIOLATED, o.kind(), o.reason().toString());
        assertEquals(plain.trace(), o.trace());
        assertEquals(plain.violatedProperty(), o.violatedProperty());
        assertTrue(o.warnings().contains("Please run the Java VM with a larger heap."), o.warnings().toString());
        // nested records, sets, sequences and a string with quotes and a backslash, as recorded
        assertEquals("a \"q\" \\ b", o.trace().get(1).var("ev").field("args").elements().get(0).asString());
    }

    @Test
    void aKilledRunIsNeverAVerdictEvenWithAWholeTrace() {
        for (int signalExit : new int[] {130, 137, 143}) {
            TlcOutcome o = TlcOutput.interpret(resource("invariant.exit12.out"), signalExit);
            assertEquals(Kind.ERROR, o.kind());
            assertTrue(o.reason().orElseThrow().startsWith("TLC was killed by SIG"), o.reason().toString());
            TlcOutcome s = TlcOutput.interpret(resource("success.exit0.out"), signalExit);
            assertEquals(Kind.ERROR, s.kind());
        }
    }
}
