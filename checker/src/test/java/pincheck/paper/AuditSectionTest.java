package pincheck.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pincheck.audit.AuditComparison;
import pincheck.tla.Models;

/** The paper's audit section, from two small audit JSONs and their comparison. */
class AuditSectionTest {
    private static String audit(String kernel, String reference, String match, String scenario) {
        return """
                {"schema": "pincheck.audit/1", "kernel": "%s", "spatch": "1.1.1",
                 "semantic_patches": ["specs/audit/gup-sites.cocci"],
                 "gup_sites": [{"file": "fs/direct-io.c", "function": "dio_refill_pages", "line": 172,
                   "call": "iov_iter_extract_pages", "reference": "%s", "longterm": "no", "match": "%s",
                   "why": "w", "scenarios": [%s]}],
                 "bio_sites": [{"file": "fs/gfs2/lops.c", "function": "gfs2_log_write", "line": 337,
                   "call": "bio_add_page", "origin": "parameter page", "end_io": "gfs2_end_log_write",
                   "scenarios": []}],
                 "thread_paths": [{"name": "fs/direct-io.c", "gup_sites": ["fs/direct-io.c:172"], "bio_sites": []},
                   {"name": "gfs2", "gup_sites": [], "bio_sites": ["fs/gfs2/lops.c:337"]},
                   {"name": "orangefs", "gup_sites": [], "bio_sites": []}],
                 "grep": {"lines": 353, "counts": {"audited": 157, "comment": 136, "definition": 43, "export": 19,
                   "not_a_call": 0, "macro": 0, "missed": 0}}}
                """.formatted(kernel, reference, match, scenario);
    }

    @Test
    void rowsFromTheAuditsAndWhatChangedBetweenThem(@TempDir Path dir) throws Exception {
        Path in = PaperTest.folder(dir, false);
        String older = audit("6.1.192", "FOLL_GET", "matches", "");
        String newer = audit("6.12.117", "extract", "matches", "\"dio-zero-page\"");
        Files.writeString(in.resolve("audit-6.1.json"), older);
        Files.writeString(in.resolve("audit-6.12.json"), newer);
        JsonObject a = JsonParser.parseString(older).getAsJsonObject();
        JsonObject b = JsonParser.parseString(newer).getAsJsonObject();
        Files.writeString(in.resolve("audit-compare.json"), AuditComparison.files(a, b).get("audit-compare.json"));
        Section s = AuditSection.build(PaperInputs.read(in, Models.home()));
        assertEquals("The call sites in the kernels", s.title());
        List<Block.Table> tables = s.blocks().stream().filter(x -> x instanceof Block.Table).map(x -> (Block.Table) x)
                .toList();
        assertEquals(List.of("6.1.192", "1", "1", "0", "0", "0", "1", "0", "0", "0", "1", "0 / 0"),
                tables.get(0).rows().get(0), "oldest first");
        assertEquals("6.12.117", tables.get(0).rows().get(1).get(0));
        assertEquals(List.of("fs/direct-io.c:dio_refill_pages", "FOLL_GET (iov_iter_extract_pages)",
                "extract (iov_iter_extract_pages)"), tables.get(1).rows().get(0));
        // the thread's paths, in the appendix
        Block.Table paths = (Block.Table) AuditSection.appendix(PaperInputs.read(in, Models.home())).orElseThrow()
                .blocks().get(0);
        assertEquals(List.of("fs/direct-io.c", "fs/direct-io.c:172", "dio_refill_pages", "iov_iter_extract_pages",
                "extract", "matches", "dio-zero-page"), paths.rows().get(0));
        assertEquals("page: parameter page", paths.rows().get(1).get(4));
        assertEquals(List.of("orangefs", "none in this tree", "", "", "", "", ""), paths.rows().get(2));
        String html = PaperBuilder.files(in, Models.home()).get(PaperBuilder.HTML);
        assertTrue(html.contains("The call sites in the kernels"), "the section is in the paper");
        assertTrue(html.contains("157 occurrences are audited call sites"), "the grep comparison");
    }

    @Test
    void withoutAnAuditTheSectionSaysWhichCommandMakesIt(@TempDir Path dir) throws Exception {
        Section s = AuditSection.build(PaperInputs.read(PaperTest.folder(dir, false), Models.home()));
        assertEquals(1, s.blocks().size());
        assertTrue(((Block.Para) s.blocks().get(0)).text().startsWith("No `audit-*.json` is in the results folder; "
                + "`./pincheck audit /usr/src/linux-source-6.12.tar.xz` produces it."));
    }

    @Test
    void anAuditOfAnotherSchemaIsRefused(@TempDir Path dir) throws Exception {
        Path in = PaperTest.folder(dir, false);
        Files.writeString(in.resolve("audit-6.12.json"), "{\"schema\": \"pincheck.audit/7\", \"kernel\": \"6.12\"}");
        PaperException e = assertThrows(PaperException.class,
                () -> AuditSection.build(PaperInputs.read(in, Models.home())));
        assertTrue(e.getMessage().contains("schema pincheck.audit/7, the paper reads pincheck.audit/1; run ./pincheck audit again"),
                e.getMessage());
    }
}
