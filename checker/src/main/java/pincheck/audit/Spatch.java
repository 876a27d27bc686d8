package pincheck.audit;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Coccinelle's spatch: found on PATH, run over the audited files in a few processes. */
final class Spatch {
    static final String INSTALL = "sudo apt-get install coccinelle";
    /** Per file: a file spatch cannot match in this time is reported, not waited for. */
    static final int FILE_TIMEOUT_SECONDS = 120;
    private static final Pattern VERSION = Pattern.compile("spatch version (\\S+)");

    private final Path executable;
    private final String version;

    private Spatch(Path executable, String version) {
        this.executable = executable;
        this.version = version;
    }

    /** spatch from PATH, or exit 2 with the line that installs it. */
    static Spatch find(Optional<Path> override) throws AuditException {
        Optional<Path> exe = override.isPresent() ? override.filter(Files::isExecutable) : onPath("spatch");
        if (exe.isEmpty()) {
            throw AuditException.badInput("spatch (Coccinelle) is not installed"
                    + override.map(p -> " at " + p).orElse(" on PATH") + "; install it with '" + INSTALL + "'");
        }
        return new Spatch(exe.get(), version(exe.get()));
    }

    static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    String version() {
        return version;
    }

    private static String version(Path exe) throws AuditException {
        try {
            Process p = new ProcessBuilder(exe.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            Matcher m = VERSION.matcher(out);
            if (!m.find()) {
                throw AuditException.badInput(exe + " --version does not say 'spatch version'; install Coccinelle with '"
                        + INSTALL + "'");
            }
            return m.group(1);
        } catch (IOException e) {
            throw AuditException.badInput("cannot run " + exe + " (" + e.getMessage() + "); install it with '"
                    + INSTALL + "'");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuditException.toolFailed("interrupted while asking spatch its version");
        }
    }

    /**
     * Runs one semantic patch over the files (each its own group, so no rule spans two files),
     * split over {@code jobs} processes; returns every line they printed on stdout.
     */
    List<String> run(Path cocci, List<Path> files, Path work, int jobs, Duration timeout) throws AuditException {
        List<List<Path>> shares = new ArrayList<>();
        for (int j = 0; j < Math.max(1, jobs); j++) {
            shares.add(new ArrayList<>());
        }
        // Largest first, each to the lightest share: the processes end at about the same time.
        List<Path> bySize = new ArrayList<>(files);
        bySize.sort(java.util.Comparator.comparingLong(Spatch::size).reversed().thenComparing(Path::toString));
        long[] load = new long[shares.size()];
        for (Path f : bySize) {
            int k = 0;
            for (int j = 1; j < load.length; j++) {
                k = load[j] < load[k] ? j : k;
            }
            shares.get(k).add(f);
            load[k] += size(f);
        }
        List<Process> running = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        List<Path> errs = new ArrayList<>();
        try {
            for (int j = 0; j < shares.size(); j++) {
                if (shares.get(j).isEmpty()) {
                    continue;
                }
                Path groups = work.resolve("groups-" + j + ".txt");
                StringBuilder g = new StringBuilder();
                shares.get(j).forEach(f -> g.append(f).append("\n\n"));
                Files.writeString(groups, g.toString());
                Path out = work.resolve("spatch-" + j + ".out");
                Path err = work.resolve("spatch-" + j + ".err");
                outs.add(out);
                errs.add(err);
                running.add(new ProcessBuilder(executable.toString(), "--very-quiet", "--no-includes",
                        "--timeout", Integer.toString(FILE_TIMEOUT_SECONDS), "--sp-file", cocci.toString(),
                        "--file-groups", groups.toString())
                        .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start());
            }
            long deadline = System.nanoTime() + timeout.toNanos();
            for (int j = 0; j < running.size(); j++) {
                Process p = running.get(j);
                if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw AuditException.toolFailed("spatch did not finish in " + timeout.toSeconds()
                            + " s; raise --timeout");
                }
                if (p.exitValue() != 0) {
                    throw AuditException.toolFailed("spatch failed (exit " + p.exitValue() + "): "
                            + lastLine(errs.get(j)) + "; run it on the files by hand to see why");
                }
            }
            List<String> lines = new ArrayList<>();
            for (Path out : outs) {
                lines.addAll(Files.readAllLines(out, StandardCharsets.UTF_8));
            }
            return lines;
        } catch (IOException e) {
            throw AuditException.toolFailed("cannot run spatch (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AuditException.toolFailed("interrupted while spatch ran");
        } finally {
            for (Process p : running) {
                if (p.isAlive()) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String lastLine(Path err) throws IOException {
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "no message" : lines.get(lines.size() - 1);
    }
}
