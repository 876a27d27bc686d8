package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.property.Property;
import pincheck.tla.Models;
import pincheck.trace.Narration;
import pincheck.trace.Trace;
import pincheck.verdict.PropertyResult;
import pincheck.verdict.Verdict;

/** The ITF file of real counterexamples, read back as JSON, against the narration and ADR-015. */
class ItfTest {
    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+)\\. (\\S+)\\s+(\\S.*?\\))(?:\\s|$)");
    private static final Pattern REF = Pattern.compile("(\\w+)\\._refcount (-?\\d+) -> (-?\\d+)");

    @Test
    void everyStateHoldsEveryVariableTlcPrintedWithItsCallAndRefcountsAsNarrated(@TempDir Path dir)
            throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        OutputTree.writeFile(dir.resolve("trace.itf.json"), Itf.of(t, "test.pin", "NoUnderflow violated"));
        String text = Files.readString(dir.resolve("trace.itf.json"));
        assertEquals(List.of(), Adr015.problems(text));
        JsonObject doc = JsonParser.parseString(text).getAsJsonObject();

        assertEquals("ITF", doc.getAsJsonObject("#meta").get("format").getAsString());
        List<String> vars = doc.getAsJsonArray("vars").asList().stream().map(JsonElement::getAsString).toList();
        // what TLC printed, Pinning.tla's VARIABLES: the actors' bookkeeping too
        assertEquals(List.copyOf(t.variables().get(0).keySet()), vars);
        assertTrue(vars.containsAll(List.of("page", "bio", "wq", "pc", "bad", "ev", "got", "missed")), vars.toString());
        assertTrue(!doc.has("loop"), "a safety counterexample is finite");
        JsonArray states = doc.getAsJsonArray("states");
        List<String> narration = Narration.lines(t);
        assertEquals(narration.size() + 1, states.size(), "the initial state and one state per narrated step");
        assertEquals("init", meta(states, 0).get("call").getAsString());

        int refChanges = 0;
        for (int i = 1; i < states.size(); i++) {
            JsonObject meta = meta(states, i);
            assertEquals(i, meta.get("index").getAsInt());
            Matcher m = LINE.matcher(narration.get(i - 1));
            assertTrue(m.find(), narration.get(i - 1));
            assertEquals(Integer.toString(i), m.group(1));
            assertEquals(m.group(2), meta.get("actor").getAsString());
            String args = String.join(", ", meta.getAsJsonArray("args").asList().stream()
                    .map(JsonElement::getAsString).toList());
            assertEquals(m.group(3), meta.get("call").getAsString() + "(" + args + ")");
            Matcher r = REF.matcher(narration.get(i - 1));
            while (r.find()) {
                assertEquals(Long.parseLong(r.group(2)), ref(states, i - 1, r.group(1)), narration.get(i - 1));
                assertEquals(Long.parseLong(r.group(3)), ref(states, i, r.group(1)), narration.get(i - 1));
                refChanges++;
            }
            for (String page : t.initial().pages().keySet()) {
                assertEquals(t.steps().get(i - 1).after().pages().get(page).ref(), ref(states, i, page));
            }
        }
        assertTrue(refChanges >= 2, "the fixture's narration changes refcounts; checked " + refChanges);
        JsonArray bad = states.get(states.size() - 1).getAsJsonObject().getAsJsonObject("bad").getAsJsonArray("#set");
        assertTrue(bad.asList().stream().anyMatch(h -> h.getAsJsonObject().get("harm").getAsString()
                .equals("underflow")), "the last state records the underflow: " + bad);
    }

    @Test
    void aLivenessCounterexampleIsALassoWithItsLoop() throws Exception {
        PropertyResult x = Models.result(Models.check(Models.builtIn("bio-merge"), List.of(Property.EVENTUALLY_QUIET),
                "bias-unconverted"), Property.EVENTUALLY_QUIET);
        assertEquals(Verdict.VIOLATED, x.verdict());
        Trace t = x.trace().orElseThrow();
        String text = Itf.of(t, "bio-merge.pin", "EventuallyQuiet violated");
        assertEquals(List.of(), Adr015.problems(text));
        JsonObject doc = JsonParser.parseString(text).getAsJsonObject();
        // TLC: the path ends with every actor done and stutters there forever
        assertEquals(t.steps().size(), doc.get("loop").getAsInt());
        assertEquals(t.steps().size() + 1, doc.getAsJsonArray("states").size());
        List<String> lines = Narration.lines(t);
        assertEquals("     forever: nothing more happens; the state after step " + t.steps().size() + " repeats",
                lines.get(lines.size() - 1));
    }

    @Test
    void everyIntegerIsABigint() {
        assertEquals(Map.of("#bigint", "15"), Itf.integer(15));
        assertEquals(Map.of("#bigint", "-2"), Itf.integer(-2));
        assertEquals(Map.of("#bigint", "-9223372036854775808"), Itf.integer(Long.MIN_VALUE));
    }

    @Test
    void theCheckerOfAdr015FindsWhatIsWrong() {
        assertEquals(List.of(), Adr015.problems("{\"vars\":[\"x\"],\"states\":[{\"x\":{\"#bigint\":\"1\"}}]}"));
        String bad = "{\"vars\":[\"x\",\"y\"],\"loop\":3,\"states\":[{\"#meta\":{\"index\":0},\"x\":1,"
                + "\"z\":{\"#set\":[{\"#bigint\":\"a\"}]}}]}";
        List<String> p = Adr015.problems(bad);
        assertTrue(p.contains("loop 3 is not an index of the 1 states"), p.toString());
        assertTrue(p.contains("state 0: variables missing [y], not declared [z]"), p.toString());
        assertTrue(p.contains("state 0.x: integer 1 not written as {\"#bigint\": \"1\"}"), p.toString());
        assertTrue(p.contains("state 0.z.#set[0]: #bigint \"a\" is not [-][0-9]+"), p.toString());
    }

    private static JsonObject meta(JsonArray states, int i) {
        return states.get(i).getAsJsonObject().getAsJsonObject("#meta");
    }

    /** page is a function of page names: a record when TLC printed one, else a #map. */
    private static long ref(JsonArray states, int i, String page) {
        JsonObject p = states.get(i).getAsJsonObject().getAsJsonObject("page");
        JsonObject rec = null;
        if (p.has("#map")) {
            for (JsonElement pair : p.getAsJsonArray("#map")) {
                if (pair.getAsJsonArray().get(0).getAsString().equals(page)) {
                    rec = pair.getAsJsonArray().get(1).getAsJsonObject();
                }
            }
        } else {
            rec = p.getAsJsonObject(page);
        }
        if (rec == null) {
            throw new AssertionError("no page " + page + " in state " + i);
        }
        return Long.parseLong(rec.getAsJsonObject("ref").get("#bigint").getAsString());
    }
}
