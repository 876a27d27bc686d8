package pincheck.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import pincheck.scenario.Kernel;

/**
 * Some files of one kernel's source, read from the tarball Debian's linux-source package installs
 * (one pass of tar over it, the named files only) or from an unpacked tree.
 */
public final class KernelSource {
    private final Kernel kernel;
    private final Map<String, String> files;

    private KernelSource(Kernel kernel, Map<String, String> files) {
        this.kernel = kernel;
        this.files = files;
    }

    /** The apt line that installs a kernel's source package. */
    public static String installLine(Kernel k) {
        return "apt-get install -y linux-source-" + k.token();
    }

    /** Whether the kernel's tarball is installed. */
    public static boolean installed(Kernel k) {
        return Files.isRegularFile(Path.of(k.tarball()));
    }

    /** Reads the given files (paths inside the tree, e.g. fs/direct-io.c) from the installed tarball. */
    public static KernelSource fromTarball(Kernel k, Collection<String> paths) throws IOException {
        Path tmp = Files.createTempDirectory("pincheck-src-");
        try {
            String top = "linux-source-" + k.token() + "/";
            List<String> cmd = new ArrayList<>(List.of("tar", "xJf", k.tarball(), "-C", tmp.toString(),
                    "--ignore-failed-read"));
            paths.forEach(p -> cmd.add(top + p));
            Process tar = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (!tar.waitFor(10, TimeUnit.MINUTES)) {
                    tar.destroyForcibly();
                    throw new IOException("tar took more than 10 minutes over " + k.tarball());
                }
            } catch (InterruptedException e) {
                tar.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted reading " + k.tarball(), e);
            }
            // A path missing from the archive makes tar exit 2; the others are there.
            return fromTree(k, tmp.resolve(top), paths);
        } finally {
            deleteTree(tmp);
        }
    }

    /** Reads the given files from an unpacked tree rooted at {@code root}. */
    public static KernelSource fromTree(Kernel k, Path root, Collection<String> paths) throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String p : paths) {
            Path f = root.resolve(p);
            if (Files.isRegularFile(f)) {
                files.put(p, Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return new KernelSource(k, files);
    }

    public Kernel kernel() {
        return kernel;
    }

    /** A file's text, if the tree has it. */
    public Optional<String> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
