package pincheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pincheck.tla.Models;

/** Every committed trace.itf.json keeps ADR-015 (and the project's own: every integer a #bigint). */
class CommittedItfTest {
    @Test
    void everyCommittedTraceIsValidItf() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Models.home().resolve("counterexamples"))) {
            files = all.filter(p -> p.getFileName().toString().equals("trace.itf.json")).sorted().toList();
        }
        assertTrue(files.size() > 50, "the suite's violations have ITF files: " + files.size());
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            List<String> p = Adr015.problems(Files.readString(f));
            if (!p.isEmpty()) {
                bad.add(Models.home().relativize(f) + ": " + p.size() + " problems, first " + p.get(0));
            }
        }
        assertEquals(List.of(), bad, bad.size() + " of " + files.size() + " files");
    }
}
