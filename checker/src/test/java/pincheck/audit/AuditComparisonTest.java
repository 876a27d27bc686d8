package pincheck.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two small audits compared: what converted to pins, what is still FOLL_GET, what mismatches. */
class AuditComparisonTest {
    private static String site(String file, String fn, int line, String call, String ref, String match) {
        return "{\"file\":\"" + file + "\",\"function\":\"" + fn + "\",\"line\":" + line + ",\"call\":\"" + call
                + "\",\"reference\":\"" + ref + "\",\"match\":\"" + match + "\",\"why\":\"because\"}";
    }

    private static JsonObject audit(String kernel, String... sites) throws AuditException {
        return AuditComparison.parse("t.json", "{\"schema\":\"pincheck.audit/1\",\"kernel\":\"" + kernel + "\",\"gup_sites\":["
                + String.join(",", sites) + "]}");
    }

    private static List<String> strings(JsonObject o, String list, String field) {
        return o.getAsJsonArray(list).asList().stream().map(JsonElement::getAsJsonObject)
                .map(x -> x.get(field).getAsString()).toList();
    }

    @Test
    void conversionsRemainingGetsAndMismatches() throws Exception {
        JsonObject older = audit("6.1.1",
                site("fs/direct-io.c", "dio_refill_pages", 170, "iov_iter_get_pages2", "FOLL_GET", "matches"),
                site("fs/nfs/direct.c", "nfs_direct_read_schedule_iovec", 360, "iov_iter_get_pages_alloc2", "FOLL_GET",
                        "matches"),
                site("fs/old.c", "gone", 1, "get_user_pages", "FOLL_GET", "mismatch"));
        JsonObject newer = audit("6.12.1",
                site("fs/direct-io.c", "dio_refill_pages", 172, "iov_iter_extract_pages", "extract", "matches"),
                site("fs/nfs/direct.c", "nfs_direct_read_schedule_iovec", 362, "iov_iter_get_pages_alloc2", "FOLL_GET",
                        "matches"),
                site("fs/new.c", "fresh", 9, "get_user_pages_fast", "FOLL_GET", "mixed"));
        JsonObject c = AuditComparison.compare(older, newer);
        assertEquals(List.of("fs/direct-io.c:dio_refill_pages"), strings(c, "converted_to_pins", "function"));
        assertEquals(List.of("FOLL_GET"), strings(c, "converted_to_pins", "before"));
        assertEquals(List.of("extract"), strings(c, "converted_to_pins", "after"));
        assertEquals(List.of("fs/new.c:9", "fs/nfs/direct.c:362"), strings(c, "still_foll_get", "site"));
        assertEquals(List.of("not in 6.1.1", "FOLL_GET"), strings(c, "still_foll_get", "before"));
        assertEquals(List.of("6.1.1", "6.12.1"), strings(c, "release_mismatches", "kernel"));
        assertEquals(List.of("mismatch", "mixed"), strings(c, "release_mismatches", "match"));
        String md = AuditComparison.files(older, newer).get("audit-compare.md");
        assertTrue(md.contains("## Converted from FOLL_GET to pins (1)"), md);
        assertTrue(md.contains("| fs/direct-io.c:dio_refill_pages | FOLL_GET (iov_iter_get_pages2) | extract "
                + "(iov_iter_extract_pages) |"), md);
        assertTrue(md.contains("- only in 6.1.1: `fs/old.c:gone`"), md);
    }

    @Test
    void anAuditOfAnotherSchemaIsRefused() {
        AuditException e = assertThrows(AuditException.class,
                () -> AuditComparison.parse("old.json", "{\"schema\":\"pincheck.audit/0\",\"kernel\":\"6.1\"}"));
        assertTrue(e.badInput());
        assertTrue(e.getMessage().startsWith("old.json: audit schema \"pincheck.audit/0\", this pincheck reads schema pincheck.audit/1"), e.getMessage());
        assertThrows(AuditException.class, () -> AuditComparison.parse("x.json", "[1]"));
    }
}
