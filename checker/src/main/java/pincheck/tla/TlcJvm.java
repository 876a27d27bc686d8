package pincheck.tla;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import pincheck.report.OutputTree;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JVM flags of a TLC process. Most pincheck models have tens of states: the run is JVM
 * start, class loading and SANY, so the short profile trades peak speed for start-up (C1 only,
 * serial GC, a small heap, which also keeps TLC's fingerprint set small; TLC spills states to
 * disk beyond it). Both profiles load TLC's classes from a class-data-sharing archive, dumped
 * by the first run and reused by every later one.
 */
public final class TlcJvm {
    /** Which flags: SHORT for the suite's small models, LONG for models that search for minutes. */
    public enum Profile { SHORT, LONG }

    /** Heap of the short profile when none is asked for. */
    static final String SHORT_HEAP = "512m";

    private static final AtomicBoolean DUMPING = new AtomicBoolean();

    private TlcJvm() {}

    /**
     * The start of a TLC-side JVM's command, up to its class path: this JVM's java, the flags, and
     * the java.io.tmpdir TLC unpacks its standard modules into.
     */
    static ImmutableList<String> java(TlcRunner.Options opt, Optional<Path> dump, Path tmp) {
        return ImmutableList.<String>builder().add(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .addAll(flags(opt, dump)).add("-Djava.io.tmpdir=" + tmp).build();
    }

    /** Flags before the main class; {@code dump} is where this run writes a new archive, if it does. */
    static ImmutableList<String> flags(TlcRunner.Options opt, Optional<Path> dump) {
        ImmutableList.Builder<String> f = ImmutableList.builder();
        if (opt.profile() == Profile.SHORT) {
            f.add("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
            f.add("-Xmx" + (opt.maxHeap().isEmpty() ? SHORT_HEAP : opt.maxHeap()));
        } else {
            f.add("-XX:+UseParallelGC");
            if (!opt.maxHeap().isEmpty()) {
                f.add("-Xmx" + opt.maxHeap());
            }
        }
        // JVM log lines (e.g. an archive it cannot map) would land in TLC's output, outside its message frames.
        f.add("-Xlog:disable");
        Path archive = archive();
        if (dump.isPresent()) {
            f.add("-XX:ArchiveClassesAtExit=" + dump.get());
        } else if (TlcClassPath.archivable() && usable(archive)) {
            f.add(SHARED + archive);
        }
        return f.build();
    }

    /**
     * Where this run should dump the archive: a temporary name next to it, when there is no
     * archive yet and no other run is dumping one.
     */
    static Optional<Path> claimDump() {
        Path archive = archive();
        if (!TlcClassPath.archivable() || usable(archive) || !DUMPING.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(archive.getParent());
            return Optional.of(archive.resolveSibling("." + archive.getFileName() + "." + ProcessHandle.current().pid()
                    + ".tmp"));
        } catch (IOException e) {
            DUMPING.set(false);
            return Optional.empty();
        }
    }

    /** After the dumping run: the archive goes in place if the JVM wrote one; the next run may try again if not. */
    static void finishDump(Path dump, boolean exitedNormally) {
        try {
            if (exitedNormally && Files.isRegularFile(dump) && Files.size(dump) > 0) {
                // the checksum first: an archive without one is never used
                OutputTree.writeFile(checksum(archive()), sha256(dump));
                try {
                    Files.move(dump, archive(), StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(dump, archive(), StandardCopyOption.REPLACE_EXISTING);
                }
                prune(archive().getParent(), ImmutableSet.<Path>builder().addAll(TlcClassPath.entries())
                        .add(archive(), checksum(archive())).build(), Instant.now().minus(KEEP));
            }
            Files.deleteIfExists(dump);
        } catch (IOException e) {
            System.err.println("pincheck: could not keep TLC's class-data archive " + archive() + ": " + e.getMessage());
        } finally {
            DUMPING.set(false);
        }
    }

    /** Archives and launcher jars not written for this long go when a new archive is written. */
    static final Duration KEEP = Duration.ofDays(7);
    private static final Pattern OURS = Pattern.compile("tlc-[0-9a-f]{16}\\.jsa(\\.sha256)?|tlc-launcher-[0-9a-f]{16}\\.jar");

    /**
     * Removes the archives (9.8 MB each, one per rebuilt jar) and launcher jars of this folder written
     * before {@code cutoff}, except those in {@code keep} (the current archive, its checksum, the
     * class path): only names pincheck gives them. A JVM mapping one keeps its mapping; the next
     * run of that class path dumps it again.
     */
    static void prune(Path folder, Set<Path> keep, Instant cutoff) {
        try (var files = Files.list(folder)) {
            Set<Path> kept = keep.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
            for (Path f : files.filter(x -> OURS.matcher(x.getFileName().toString()).matches()).toList()) {
                if (kept.contains(f.toAbsolutePath().normalize())) {
                    continue;
                }
                try {
                    if (Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                        Files.deleteIfExists(f);
                    }
                } catch (IOException e) {
                    // another run removed it, or it cannot be: the next new archive tries again
                }
            }
        } catch (IOException e) {
            System.err.println("pincheck: cannot list TLC's class-data archives in " + folder + ": " + e.getMessage());
        }
    }

    /** The system property naming the archives' folder. */
    public static final String CDS_FOLDER = "pincheck.tlc-cds";

    /** The flag that makes a TLC JVM map the archive. */
    static final String SHARED = "-XX:SharedArchiveFile=";

    /** Archives whose bytes matched their checksum in this process (path, size, time). */
    private static final Set<String> VERIFIED = ConcurrentHashMap.newKeySet();

    /**
     * Whether the archive is there and is the one its dumping run wrote: a damaged archive makes
     * every TLC JVM crash while mapping it, so one whose SHA-256 differs from the one recorded
     * beside it (or that has none) is removed, and the next run dumps a new one.
     */
    static synchronized boolean usable(Path archive) {
        try {
            if (!Files.isRegularFile(archive)) {
                return false;
            }
            String id = archive + "|" + Files.size(archive) + "|" + Files.getLastModifiedTime(archive).toMillis();
            if (VERIFIED.contains(id)) {
                return true;
            }
            Path sum = checksum(archive);
            if (Files.isRegularFile(sum) && Files.readString(sum).strip().equals(sha256(archive))) {
                VERIFIED.add(id);
                return true;
            }
            System.err.println("pincheck: TLC's class-data archive " + archive + " is damaged or unverified;"
                    + " removed, the next TLC run writes a new one");
            discard(archive);
        } catch (IOException e) {
            System.err.println("pincheck: cannot read TLC's class-data archive " + archive + ": " + e.getMessage());
        }
        return false;
    }

    /** Removes an archive (and its checksum) that a TLC JVM could not use. */
    static synchronized void discard(Path archive) {
        try {
            Files.deleteIfExists(archive);
            Files.deleteIfExists(checksum(archive));
        } catch (IOException e) {
            System.err.println("pincheck: cannot remove TLC's class-data archive " + archive + ": " + e.getMessage());
        }
    }

    private static Path checksum(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".sha256");
    }

    private static String sha256(Path file) throws IOException {
        return com.google.common.io.MoreFiles.asByteSource(file).hash(Hashing.sha256()).toString();
    }

    /**
     * The archive for this class path and this JVM: under checker/target of the checkout (a build
     * output, removed by mvn clean), named by a hash of both so a rebuilt jar gets a new one.
     */
    static Path archive() {
        StringBuilder key = new StringBuilder();
        for (Path jar : TlcClassPath.entries()) {
            key.append(jar);
            try {
                key.append('|').append(Files.size(jar)).append('|').append(Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                // the path alone: the JVM refuses an archive whose jars changed anyway
            }
            key.append('\n');
        }
        key.append(System.getProperty("java.vm.version")).append('|').append(System.getProperty("java.home"));
        String name = "tlc-" + Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 16)
                + ".jsa";
        return folder().resolve(name);
    }

    /** Where the archives (and the launcher's jar, see TlcClassPath) go. */
    static Path folder() {
        // -Dpincheck.tlc-cds=DIR puts the archives elsewhere (a test damages its own, not the checkout's)
        Optional<Path> asked = Optional.ofNullable(System.getProperty(CDS_FOLDER)).map(Path::of);
        Optional<Path> target = SpecFiles.home().map(h -> h.resolve("checker").resolve("target"))
                .filter(Files::isDirectory).map(t -> t.resolve("tlc-cds"));
        return asked.or(() -> target)
                .orElse(Path.of(System.getProperty("java.io.tmpdir")).resolve("pincheck").resolve("tlc-cds"));
    }
}
