package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old CDS archives and launcher jars go when a new archive is written; what is in use, recent or not pincheck's stays. */
class ArchivePruneTest {
    private static Path file(Path dir, String name, Duration age) throws Exception {
        Path f = Files.writeString(dir.resolve(name), name);
        Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(age)));
        return f;
    }

    @Test
    void onlyOldFilesOfPinchecksNamesNotInUseGo(@TempDir Path dir) throws Exception {
        Duration old = TlcJvm.KEEP.plusDays(1);
        file(dir, "tlc-00000000000000aa.jsa", old);
        file(dir, "tlc-00000000000000aa.jsa.sha256", old);
        file(dir, "tlc-launcher-00000000000000bb.jar", old);
        Path current = file(dir, "tlc-00000000000000cc.jsa", old);
        Path currentSum = file(dir, "tlc-00000000000000cc.jsa.sha256", old);
        Path inUse = file(dir, "tlc-launcher-00000000000000dd.jar", old);
        file(dir, "tlc-00000000000000ee.jsa", Duration.ofHours(1));
        file(dir, "notes.jsa", old);
        file(dir, "tlc-launcher-notes.jar", old);

        TlcJvm.prune(dir, Set.of(current, currentSum, inUse), Instant.now().minus(TlcJvm.KEEP));

        Set<String> left = new TreeSet<>();
        try (var files = Files.list(dir)) {
            files.forEach(f -> left.add(f.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(List.of("tlc-00000000000000cc.jsa", "tlc-00000000000000cc.jsa.sha256",
                "tlc-launcher-00000000000000dd.jar", "tlc-00000000000000ee.jsa", "notes.jsa",
                "tlc-launcher-notes.jar")), left);
    }
}
