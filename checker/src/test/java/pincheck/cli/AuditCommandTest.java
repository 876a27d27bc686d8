package pincheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import pincheck.audit.SpatchRequired;
import pincheck.audit.TestTrees;
import pincheck.tla.Models;

/** {@code pincheck audit}: exit codes, the install line without spatch, the files it writes. */
@Isolated
class AuditCommandTest {
    static final Path RESOURCES = TestTrees.RESOURCES;

    @Test
    void withoutSpatchOnPathItExitsTwoWithTheInstallLine(@TempDir Path out) throws Exception {
        // a JVM of its own, with a PATH that has no spatch
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dpincheck.home=" + Models.home(), "pincheck.cli.Main", "audit", RESOURCES.resolve("tree").toString(),
                "--out", out.toString());
        Map<String, String> env = pb.environment();
        env.put("PATH", out.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), text);
        assertEquals("pincheck: spatch (Coccinelle) is not installed on PATH; install it with "
                + "'sudo apt-get install coccinelle'\n", text);
        CliTest.Run named = CliTest.run("audit", RESOURCES.resolve("tree").toString(), "--spatch",
                out.resolve("no-such-spatch").toString(), "--out", out.toString());
        assertEquals(2, named.code());
        assertTrue(named.err().contains("install it with 'sudo apt-get install coccinelle'"), named.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "nothing written");
        }
    }

    @Test
    void whatIsNotAKernelTreeIsOneLineAndExitTwo(@TempDir Path tmp) throws Exception {
        SpatchRequired.check();
        CliTest.Run missing = CliTest.run("audit", tmp.resolve("nothing").toString(), "--out", tmp.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().matches("pincheck: .*nothing: not a kernel source folder or a \\.tar\\.xz of one; "
                + "name the top folder of a kernel tree or /usr/src/linux-source-6\\.12\\.tar\\.xz\n"), missing.err());
        Files.createDirectories(tmp.resolve("plain/fs"));
        CliTest.Run plain = CliTest.run("audit", tmp.resolve("plain").toString(), "--out", tmp.toString());
        assertEquals(2, plain.code());
        assertTrue(plain.err().contains("no Makefile with VERSION and PATCHLEVEL"), plain.err());
        CliTest.Run dir = CliTest.run("audit", RESOURCES.resolve("tree").toString(), "--dir", "../etc",
                "--out", tmp.toString());
        assertEquals(2, dir.code());
        assertTrue(dir.err().contains("--dir '../etc' is not a folder of the kernel tree"), dir.err());
    }

    @Test
    void twoVersionsGiveTheirAuditsAndTheComparison(@TempDir Path tmp) throws Exception {
        SpatchRequired.check();
        Path older = TestTrees.copy(RESOURCES.resolve("tree"), tmp.resolve("old"));
        // the 6.1 shape of fs/keep.c's fill: FOLL_GET through iov_iter_get_pages2
        Files.writeString(older.resolve("Makefile"), "VERSION = 6\nPATCHLEVEL = 1\nSUBLEVEL = 9\n");
        Path keep = older.resolve("fs/keep.c");
        Files.writeString(keep, Files.readString(keep).replace(
                "iov_iter_extract_pages(iter, &req->pages, SZ_1M, 256, 0, &off)",
                "iov_iter_get_pages2(iter, req->pages, SZ_1M, 256, &off)"));
        Path out = tmp.resolve("out");
        CliTest.Run r = CliTest.run("audit", older.toString(), RESOURCES.resolve("tree").toString(), "--out",
                out.toString(), "--scenarios", RESOURCES.resolve("scenarios").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("audit of Linux 6.1.9: 10 GUP call sites, 2 bio fills"), r.out());
        assertTrue(r.out().contains(" 0 missed"), r.out());
        try (var files = Files.list(out)) {
            assertEquals(List.of(".pincheck-manifest.json", "audit-6.1.json", "audit-6.1.md", "audit-6.12.json",
                    "audit-6.12.md", "audit-compare.json", "audit-compare.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String compare = Files.readString(out.resolve("audit-compare.md"));
        assertTrue(compare.contains("| fs/keep.c:t_fill | FOLL_GET (iov_iter_get_pages2) | extract "
                + "(iov_iter_extract_pages) |"), compare);
        assertTrue(compare.contains("# GUP call sites, Linux 6.1.9 against 6.12.0"), compare);
    }
}
