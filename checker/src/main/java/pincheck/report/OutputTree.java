package pincheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Writes report files so an interrupted or failed write never destroys earlier results. */
public final class OutputTree {
    private OutputTree() {}

    /** Each file is written to a temporary name beside it, then renamed over the old one. */
    public static void write(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> f : files.entrySet()) {
            writeFile(root.resolve(f.getKey()), f.getValue());
        }
    }

    /**
     * After a complete new set was written: remove the files pincheck wrote under the
     * given top-level folders that the new set no longer has (a violation that went
     * away). Nothing else under root is touched, so --out can name any folder.
     */
    public static void prune(Path root, Map<String, String> files, java.util.Set<String> folders) throws IOException {
        for (String top : folders) {
            Path dir = root.resolve(top);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            java.util.List<Path> stale;
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                stale = all.filter(Files::isRegularFile)
                        .filter(p -> !files.containsKey(root.relativize(p).toString().replace('\\', '/'))).toList();
            }
            for (Path p : stale) {
                Files.delete(p);
            }
            try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
                for (Path d : all.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (isEmpty(d)) {
                        Files.delete(d);
                    }
                }
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The list of the files pincheck wrote into a folder of its own (check --out), one path a line. */
    public static final String OWNED = ".pincheck-files";

    /** A file in the way that pincheck did not write: the folder is left as it was. */
    public static final class NotOurs extends Exception {
        public NotOurs(String message) { super(message); }
    }

    /**
     * Writes a set of files into root, which pincheck owns only as far as its {@value #OWNED}
     * list says: a file there that the list does not name is never overwritten (NotOurs, before
     * anything is written); files of the old list that the new set lacks are removed.
     */
    /** Before any work: root is missing, empty, or a folder pincheck wrote (it has the list). */
    public static void checkOwnable(Path root) throws IOException, NotOurs {
        if (!Files.isDirectory(root) || Files.isRegularFile(root.resolve(OWNED)) || isEmpty(root)) {
            return;
        }
        throw new NotOurs(root + " holds files pincheck did not write; choose another --out folder (a new or empty one)");
    }

    public static void writeOwned(Path root, Map<String, String> files) throws IOException, NotOurs {
        Path list = root.resolve(OWNED);
        java.util.Set<String> ours = new java.util.TreeSet<>();
        if (Files.isRegularFile(list)) {
            // only names inside root: an edited list never makes pincheck remove a file elsewhere
            Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .filter(l -> !l.startsWith("/") && !java.util.Arrays.asList(l.split("/")).contains(".."))
                    .forEach(ours::add);
        }
        for (String name : files.keySet()) {
            Path target = root.resolve(name);
            if (Files.exists(target) && !ours.contains(name)) {
                throw new NotOurs(target + " exists and pincheck did not write it; choose another --out folder");
            }
        }
        write(root, files);
        writeFile(list, String.join("\n", new java.util.TreeSet<>(files.keySet())) + "\n");
        for (String old : ours) {
            if (!files.containsKey(old)) {
                Path stale = root.resolve(old);
                Files.deleteIfExists(stale);
                for (Path d = stale.getParent(); d != null && !d.equals(root) && Files.isDirectory(d) && isEmpty(d);
                     d = d.getParent()) {
                    Files.delete(d);
                }
            }
        }
    }

    public static void writeFile(Path target, String content) throws IOException {
        writeFile(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Binary files (a PDF, a screenshot) the same way. */
    public static void writeFile(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, content);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
