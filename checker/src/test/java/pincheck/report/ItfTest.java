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
import pincheck.trace.Narration;
import pincheck.trace.Trace;

/** The ITF file of a real counterexample, read back as JSON, step by step against the narration. */
class ItfTest {
    private static final Pattern LINE = Pattern.compile("^\\s*(\\d+)\\. (\\S+)\\s+(\\S.*?\\))(?:\\s|$)");
    private static final Pattern REF = Pattern.compile("(\\w+)\\._refcount (-?\\d+) -> (-?\\d+)");

    @Test
    void everyStateIsThereWithItsCallAndRefcountsAsNarrated(@TempDir Path dir) throws Exception {
        Trace t = Counterexample.violation().trace().orElseThrow();
        OutputTree.writeFile(dir.resolve("trace.itf.json"), Itf.of(t, "test.pin", "NoUnderflow violated"));
        JsonObject doc = JsonParser.parseString(Files.readString(dir.resolve("trace.itf.json"))).getAsJsonObject();

        assertEquals("ITF", doc.getAsJsonObject("#meta").get("format").getAsString());
        assertEquals(List.of("page", "bio", "wq", "pc", "bad", "ev"),
                doc.getAsJsonArray("vars").asList().stream().map(JsonElement::getAsString).toList());
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
    void integersBeyondJsonPrecisionAreBigints() {
        assertEquals(15L, Itf.integer(15));
        assertEquals(Map.of("#bigint", "-9223372036854775808"), Itf.integer(Long.MIN_VALUE));
        assertEquals(Map.of("#bigint", "9007199254740992"), Itf.integer(1L << 53));
    }

    private static JsonObject meta(JsonArray states, int i) {
        return states.get(i).getAsJsonObject().getAsJsonObject("#meta");
    }

    /** page is a #map of [name, record] pairs. */
    private static long ref(JsonArray states, int i, String page) {
        for (JsonElement pair : states.get(i).getAsJsonObject().getAsJsonObject("page").getAsJsonArray("#map")) {
            if (pair.getAsJsonArray().get(0).getAsString().equals(page)) {
                return pair.getAsJsonArray().get(1).getAsJsonObject().get("ref").getAsLong();
            }
        }
        throw new AssertionError("no page " + page + " in state " + i);
    }
}
