package pincheck.audit;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The kernel source to audit: a folder, or a linux-source-*.tar.xz of which only the top
 * Makefile and the C files of the audited folders are unpacked, into a temporary folder
 * that {@link #close} removes.
 */
final class KernelTree implements AutoCloseable {
    /** The folders audited by default: the GUP and bio users the 2019 thread is about. */
    static final ImmutableList<String> DEFAULT_DIRS = ImmutableList.of("fs", "block", "lib", "mm", "include",
            "io_uring", "net", "kernel", "drivers/infiniband", "drivers/vfio");
    private static final Pattern TARBALL = Pattern.compile(".*\\.(tar|tar\\.xz|txz|tar\\.gz|tgz|tar\\.bz2|tbz2)");
    private static final Pattern MAKE_VAR = Pattern.compile("^(VERSION|PATCHLEVEL|SUBLEVEL|EXTRAVERSION)\\s*=\\s*(\\S*)\\s*$");
    private static final Pattern DIR = Pattern.compile("[A-Za-z0-9_.+-]+(/[A-Za-z0-9_.+-]+)*");

    private final Path root;
    private final String version;
    private final ImmutableList<String> directories;
    private final java.util.Optional<Path> temporary;

    private KernelTree(Path root, String version, ImmutableList<String> directories,
                       java.util.Optional<Path> temporary) {
        this.root = root;
        this.version = version;
        this.directories = directories;
        this.temporary = temporary;
    }

    /** A tree folder or a tarball; {@code dirs}: the folders to audit (empty: the default ones). */
    static KernelTree open(Path given, List<String> dirs, java.time.Duration timeout) throws AuditException {
        List<String> wanted = dirs.isEmpty() ? DEFAULT_DIRS : dirs;
        for (String d : wanted) {
            if (!DIR.matcher(d).matches() || List.of(d.split("/")).contains("..")) {
                throw AuditException.badInput("--dir '" + d + "' is not a folder of the kernel tree; name one such as fs"
                        + " or drivers/vfio");
            }
        }
        if (Files.isDirectory(given)) {
            return tree(given, wanted, java.util.Optional.empty());
        }
        if (Files.isRegularFile(given) && TARBALL.matcher(given.getFileName().toString()).matches()) {
            return unpack(given, wanted, timeout);
        }
        throw AuditException.badInput(given + ": not a kernel source folder or a .tar.xz of one; name the top folder of"
                + " a kernel tree or /usr/src/linux-source-6.12.tar.xz");
    }

    private static KernelTree tree(Path root, List<String> wanted, java.util.Optional<Path> temporary)
            throws AuditException {
        String version = version(root);
        ImmutableList<String> present = wanted.stream().filter(d -> Files.isDirectory(root.resolve(d)))
                .collect(ImmutableList.toImmutableList());
        if (present.isEmpty()) {
            throw AuditException.badInput(root + ": none of " + String.join(", ", wanted)
                    + " is in this tree; name a kernel tree that has them, or pick folders with --dir");
        }
        return new KernelTree(root.toAbsolutePath().normalize(), version, present, temporary);
    }

    /** "6.12.117" from the top Makefile. */
    private static String version(Path root) throws AuditException {
        Path make = root.resolve("Makefile");
        Map<String, String> v = new TreeMap<>();
        try (Stream<String> lines = Files.lines(make, StandardCharsets.UTF_8)) {
            lines.limit(20).forEach(l -> {
                Matcher m = MAKE_VAR.matcher(l);
                if (m.matches()) {
                    v.put(m.group(1), m.group(2));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            v.clear();
        }
        String major = v.getOrDefault("VERSION", "");
        String minor = v.getOrDefault("PATCHLEVEL", "");
        if (!major.matches("\\d+") || !minor.matches("\\d+")) {
            throw AuditException.badInput(root + ": no Makefile with VERSION and PATCHLEVEL at the top, so not the top of a"
                    + " kernel tree; name the folder that holds the kernel's Makefile");
        }
        String sub = v.getOrDefault("SUBLEVEL", "");
        return major + "." + minor + (sub.matches("\\d+") ? "." + sub : "") + v.getOrDefault("EXTRAVERSION", "");
    }

    private static KernelTree unpack(Path tarball, List<String> wanted, java.time.Duration timeout)
            throws AuditException {
        String top = topFolder(tarball);
        Path tmp;
        try {
            tmp = Files.createTempDirectory("pincheck-audit-");
        } catch (IOException e) {
            throw AuditException.toolFailed("cannot make a temporary folder (" + e.getMessage() + ")");
        }
        List<String> cmd = new ArrayList<>(List.of("tar", "-x", "-f", tarball.toString(), "-C", tmp.toString(),
                "--wildcards", top + "Makefile"));
        wanted.forEach(d -> cmd.add(top + d + "/*.[ch]"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw AuditException.toolFailed("tar did not unpack " + tarball + " in " + timeout.toSeconds() + " s");
            }
            // exit 2 with only "Not found in archive": a folder this kernel does not have
            boolean onlyMissing = out.lines().allMatch(l -> l.contains("Not found in archive")
                    || l.contains("Exiting with failure status"));
            if (p.exitValue() != 0 && !(p.exitValue() == 2 && onlyMissing)) {
                throw AuditException.toolFailed("tar failed on " + tarball + ": "
                        + out.lines().findFirst().orElse("exit " + p.exitValue()));
            }
            return tree(tmp.resolve(top), wanted, java.util.Optional.of(tmp));
        } catch (IOException e) {
            delete(tmp);
            throw AuditException.toolFailed("cannot run tar on " + tarball + " (" + e.getMessage() + ")");
        } catch (AuditException e) {
            delete(tmp);
            throw e;
        } catch (InterruptedException e) {
            delete(tmp);
            Thread.currentThread().interrupt();
            throw AuditException.toolFailed("interrupted while unpacking " + tarball);
        }
    }

    // The first member names the top folder ("linux-source-6.12/"); tar stops once read.
    private static String topFolder(Path tarball) throws AuditException {
        try {
            Process p = new ProcessBuilder("tar", "-t", "-f", tarball.toString()).redirectError(
                    ProcessBuilder.Redirect.DISCARD).start();
            String first;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                first = r.readLine();
            } finally {
                p.destroyForcibly();
            }
            if (first == null || !first.contains("/")) {
                throw AuditException.badInput(tarball + ": no top folder in the archive; name a linux-source-*.tar.xz");
            }
            String top = first.substring(0, first.indexOf('/') + 1);
            // it becomes part of tar's wildcard patterns: plain characters only
            if (!top.matches("[A-Za-z0-9_.+-]+/") || top.equals("../") || top.equals("./")) {
                throw AuditException.badInput(tarball + ": the archive's top folder '" + top.substring(0,
                        Math.min(40, top.length())) + "' is not a plain name; unpack it yourself and name the folder");
            }
            return top;
        } catch (IOException e) {
            throw AuditException.toolFailed("cannot run tar -t on " + tarball + " (" + e.getMessage() + ")");
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            System.err.println("pincheck: could not remove the temporary folder " + dir + " (" + e.getMessage() + ")");
        }
    }

    Path root() {
        return root;
    }

    /** VERSION.PATCHLEVEL.SUBLEVEL of the top Makefile. */
    String version() {
        return version;
    }

    /** "6.12": the report's name (audit-6.12.md). */
    String series() {
        String[] p = version.split("\\.");
        return p[0] + "." + p[1].replaceAll("\\D.*", "");
    }

    ImmutableList<String> directories() {
        return directories;
    }

    /** Whether the tree was unpacked from a tarball into a temporary folder. */
    boolean unpacked() {
        return temporary.isPresent();
    }

    /** Removes the temporary folder a tarball was unpacked into; a folder given is left alone. */
    @Override
    public void close() {
        temporary.ifPresent(KernelTree::delete);
    }
}
