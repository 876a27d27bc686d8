package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.cli.CliTest.Run;
import pincheck.report.CheckDocument;

/**
 * check --json prints one document, with a schema, for every outcome (issue 15, item 6): both
 * engines with the agreement that decides exit 4, and bad input with the error. Isolated: it
 * swaps System.out.
 */
@Isolated
class CheckJsonTest {
    private static CheckDocument document(Run r) throws Exception {
        CheckDocument d = CheckDocument.read(r.out(), "stdout");
        assertEquals(r.code(), d.exit(), "the document's exit is the process's");
        return d;
    }

    @Test
    void bothEnginesAreOneDocumentWithTheirAgreement(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("my-path.pin");
        Files.writeString(f, CliTest.USER_SCENARIO);
        Run r = CliTest.run("check", f.toString(), "--design", "kernel-2023", "--engine", "both", "--json");
        CheckDocument d = document(r);
        assertEquals(List.of("tlc", "alloy"), d.engines().stream().map(CheckDocument.EngineDoc::engine).toList());
        CheckDocument.AgreementDoc a = d.agreement().orElseThrow();
        assertTrue(a.agrees() && a.complete(), a.toString());
        // a row per property, EventuallyQuiet's too ("not compared": liveness is TLC's alone)
        assertEquals(pincheck.property.Property.values().length, a.rows().size(), a.toString());
        assertEquals("agree", a.rows().get(0).status());
        // 6.12: the FOLL_GET bio has no BIO_PAGE_PINNED, nothing gives U0's reference back (CliTest)
        assertEquals("violated", d.outcome());
        assertEquals(1, r.code(), r.err());
    }

    @Test
    void badInputIsADocumentWithTheError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.pin");
        Files.writeString(bad, "scenario x \"x\"\npage U0 user\nactor a\n  bio_add_pages b U0\n");
        CheckDocument d = document(CliTest.run("check", bad.toString(), "--json"));
        assertEquals("bad input", d.outcome());
        CheckDocument.ErrorDoc e = d.error().orElseThrow();
        assertEquals(Optional.of(bad.toString()), e.file());
        assertEquals(Optional.of(4), e.line());
        assertTrue(e.message().startsWith(bad + ":4: unknown call 'bio_add_pages'"), e.message());

        CheckDocument preset = document(CliTest.run("check", bad.toString(), "--design", "kernel-2099", "--json"));
        assertEquals(2, preset.exit());
        CheckDocument option = document(CliTest.run("check", bad.toString(), "--json", "--stepz", "3"));
        assertTrue(option.error().orElseThrow().message().contains("Unknown options: '--stepz'"),
                option.error().toString());
        assertEquals(List.of(), option.engines());
    }
}
