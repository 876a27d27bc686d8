package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every JSON file goes through JsonFiles: what is written reads back equal, and a wrong file is named. */
class JsonFilesTest {
    private static ResultsDocument doc() {
        return new ResultsDocument(ResultsDocument.SCHEMA, new ResultsDocument.ScalingDoc(4, 15, 1, "quote \" back\\slash"
                + "\nnew line \u0001 <tag> & é"),
                List.of(new ResultsDocument.ScenarioDoc("s", "t", "f.pin")),
                List.of(new ResultsDocument.DesignDoc("d", "2019", List.of(), Map.of("end_io", "split"))),
                List.of(new ResultsDocument.PropertyDoc("NoUnderflow", "property", "t", "s")),
                List.of(new ResultsDocument.ModelDoc("s", "d", "tlc", List.of(new ResultsDocument.ResultDoc(
                        "NoUnderflow", "violated", Optional.of(17L), Optional.empty(), Optional.empty(),
                        Optional.of(6L), Optional.of("s/d/NoUnderflow/trace.md"), Optional.empty())))));
    }

    @Test
    void whatIsWrittenReadsBackEqualWithSnakeCaseKeysAndNoEmptyOptionals() throws Exception {
        String text = JsonFiles.write(doc());
        assertTrue(text.startsWith("{\n  \"schema\": \"pincheck.results/1\",\n  \"scaling\": {\n    \"bias\": 4,\n"
                + "    \"ref_max\": 15,"), text);
        assertTrue(text.contains("<tag> & é"), "no HTML escaping: " + text);
        assertTrue(!text.contains("\"generated\"") && !text.contains("\"reason\""), "an empty Optional is left out");
        assertTrue(text.endsWith("}\n"));
        assertEquals(doc(), ResultsDocument.read(text, "results.json"));
    }

    @Test
    void absentListsAndOptionalsReadAsEmptyAndImmutable() throws Exception {
        ResultsDocument d = ResultsDocument.read("{\"schema\": \"pincheck.results/1\", \"scaling\": {\"bias\": 4,"
                + " \"ref_max\": 15, \"zero_base\": 1, \"describe\": \"x\"}, \"models\": [{\"scenario\": \"s\","
                + " \"design\": \"d\", \"engine\": \"tlc\", \"results\": [{\"property\": \"P\", \"verdict\": \"holds\"}]}]}",
                "r.json");
        assertEquals(List.of(), d.scenarios());
        assertEquals(Optional.empty(), d.models().get(0).results().get(0).depth());
        assertThrows(UnsupportedOperationException.class, () -> d.models().add(null));
    }

    @Test
    void anotherSchemaAMissingFieldAndBrokenTextAreNamedWithTheFix() {
        JsonFiles.BadFile schema = assertThrows(JsonFiles.BadFile.class,
                () -> ResultsDocument.read("{\"schema\": \"pincheck.results/0\"}", "old/results.json"));
        assertEquals("old/results.json: schema pincheck.results/0, this pincheck reads pincheck.results/1;"
                + " regenerate it with ./pincheck suite", schema.getMessage());
        JsonFiles.BadFile missing = assertThrows(JsonFiles.BadFile.class,
                () -> ResultsDocument.read("{\"schema\": \"pincheck.results/1\", \"models\": []}", "r.json"));
        assertEquals("r.json: field 'scaling' is missing; regenerate it with ./pincheck suite", missing.getMessage());
        JsonFiles.BadFile nested = assertThrows(JsonFiles.BadFile.class, () -> ResultsDocument.read(
                "{\"schema\": \"pincheck.results/1\", \"scaling\": {\"bias\": 4, \"ref_max\": 15, \"zero_base\": 1},"
                        + " \"models\": []}", "r.json"));
        assertTrue(nested.getMessage().contains("field 'scaling.describe' is missing"), nested.getMessage());
        for (String broken : List.of("{\"a\": [1, 2}", "{\"a\": 1} x", "\"open", "[tru]", "{a: 1}", "")) {
            JsonFiles.BadFile e = assertThrows(JsonFiles.BadFile.class, () -> JsonFiles.tree(broken, "f.json"));
            assertTrue(e.getMessage().startsWith("f.json: "), e.getMessage());
        }
    }

    /** Alloy's jar bundles Gson 2.8 (no records, no Strictness): the one pincheck loads is its own. */
    @Test
    void theGsonOnTheClassPathIsTheOneThePomAsksFor() throws Exception {
        String gson = com.google.gson.Gson.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertTrue(gson.contains("gson-2.13"), gson);
        Class.forName("com.google.gson.Strictness");
    }
}
