package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

class TlcMessageReaderTest {
    static String start(int code, int severity) {
        return "@!@!@STARTMSG " + code + ":" + severity + " @!@!@\n";
    }

    static String end(int code) {
        return "@!@!@ENDMSG " + code + " @!@!@\n";
    }

    static String msg(int code, int severity, String body) {
        return start(code, severity) + body + "\n" + end(code);
    }

    @Test
    void readsFramesAndTextOutside() {
        TlcMessageReader.Result r = TlcMessageReader.read(
                msg(2262, 0, "TLC2 Version 2.18 of 20 March 2023") + "Parsing file M.tla\n" + msg(2193, 0, "done\n\n"));
        assertEquals(ImmutableList.of(
                new TlcMessage(2262, 0, "TLC2 Version 2.18 of 20 March 2023"),
                new TlcMessage(2193, 0, "done")), r.messages());
        assertEquals("Parsing file M.tla\n", r.unframedText());
        assertFalse(r.truncated());
        assertEquals(ImmutableList.of(), r.problems());
    }

    @Test
    void markerMayStartMidLine() {
        String out = "Progress 12%" + msg(2200, 0, "Progress(3)")
                + "\tat tlc2.TLC.main(TLC.java:1)" + msg(1000, 1, "boom");
        TlcMessageReader.Result r = TlcMessageReader.read(out);
        assertEquals(ImmutableList.of(new TlcMessage(2200, 0, "Progress(3)"), new TlcMessage(1000, 1, "boom")),
                r.messages());
        assertEquals("Progress 12%\n\tat tlc2.TLC.main(TLC.java:1)\n", r.unframedText());
        assertEquals(ImmutableList.of(), r.problems());
    }

    @Test
    void endMarkerMayFollowTextOnTheSameLine() {
        TlcMessageReader.Result r = TlcMessageReader.read(start(2185, 0) + "Starting..." + end(2185));
        assertEquals(ImmutableList.of(new TlcMessage(2185, 0, "Starting...")), r.messages());
    }

    @Test
    void nestedMessageIsItsOwnMessageAndTheOuterContinues() {
        String out = start(2217, 4) + "2: <Inc line 1, col 1 to line 1, col 2 of module M>\n/\\ x = "
                + msg(2201, 2, "a warning") + "1\n/\\ y = 2\n" + end(2217);
        TlcMessageReader.Result r = TlcMessageReader.read(out);
        assertEquals(ImmutableList.of(
                new TlcMessage(2217, 4, "2: <Inc line 1, col 1 to line 1, col 2 of module M>\n/\\ x = 1\n/\\ y = 2"),
                new TlcMessage(2201, 2, "a warning")), r.messages());
        assertFalse(r.truncated());
        assertEquals(ImmutableList.of(), r.problems());
    }

    @Test
    void messageWithoutEndMarksTruncated() {
        String out = msg(2121, 1, "The behavior up to this point is:")
                + start(2217, 4) + "1: <Initial predicate>\n/\\ x = [a |-> 1,\n";
        TlcMessageReader.Result r = TlcMessageReader.read(out);
        assertTrue(r.truncated());
        assertEquals(ImmutableList.of(new TlcMessage(2121, 1, "The behavior up to this point is:")), r.messages());
        assertTrue(r.problems().get(0).contains("STARTMSG 2217 at line 4 has no ENDMSG"), r.problems().toString());
    }

    @Test
    void outputEndingInsideAMarkerIsTruncated() {
        TlcMessageReader.Result r = TlcMessageReader.read(msg(2185, 0, "Starting...") + "@!@!@STARTMSG 21");
        assertTrue(r.truncated());
        assertEquals(1, r.messages().size());
        assertEquals("", r.unframedText());
    }

    @Test
    void strayAndMismatchedEndsAreProblemsNotTruncation() {
        TlcMessageReader.Result stray = TlcMessageReader.read(end(2217) + msg(2185, 0, "x"));
        assertFalse(stray.truncated());
        assertEquals(ImmutableList.of("ENDMSG 2217 at line 1 has no matching STARTMSG"), stray.problems());

        TlcMessageReader.Result lost = TlcMessageReader.read(start(2217, 4) + "1: <Initial predicate>\n"
                + start(2201, 2) + "w\n" + end(2217));
        assertFalse(lost.truncated());
        assertEquals(ImmutableList.of(new TlcMessage(2217, 4, "1: <Initial predicate>")), lost.messages());
        assertEquals(1, lost.problems().size());
        assertTrue(lost.problems().get(0).startsWith("STARTMSG 2201 at line 3 has no ENDMSG"), lost.problems().get(0));
    }

    @Test
    void windowsLineEndingsAreAccepted() {
        TlcMessageReader.Result r = TlcMessageReader.read(msg(2193, 0, "done").replace("\n", "\r\n"));
        assertEquals(ImmutableList.of(new TlcMessage(2193, 0, "done")), r.messages());
        assertEquals("", r.unframedText());
    }

    @Test
    void emptyOutputHasNothing() {
        TlcMessageReader.Result r = TlcMessageReader.read("");
        assertTrue(r.messages().isEmpty());
        assertFalse(r.truncated());
        assertEquals("", r.unframedText());
    }
}
