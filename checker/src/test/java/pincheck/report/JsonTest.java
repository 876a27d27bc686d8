package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void whatIsWrittenReadsBackEqual() throws Exception {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "quote \" back\\slash\nnew line \u0001");
        doc.put("count", 42L);
        doc.put("ratio", 0.5);
        doc.put("ok", true);
        doc.put("list", List.of(1L, "two", Map.of(), List.of()));
        assertEquals(doc, Json.parse(Json.write(doc)));
    }

    @Test
    void nullIsAValueNotAJavaNull() throws Exception {
        assertEquals(List.of(Json.NULL), Json.parse("[null]"));
    }

    @Test
    void brokenTextNamesTheOffset() {
        Json.JsonException e = assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\": [1, 2}"));
        assertTrue(e.getMessage().contains("offset 11"), e.getMessage());
        assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\": 1} x"));
        assertThrows(Json.JsonException.class, () -> Json.parse("\"open"));
        assertThrows(Json.JsonException.class, () -> Json.parse("[tru]"));
    }
}
