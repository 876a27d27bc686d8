package pincheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A folder pincheck writes reports into (counterexamples/, paper/, an --out). Its manifest,
 * {@value #MANIFEST}, lists every file a pincheck command wrote there and which command:
 * pincheck overwrites and removes only those. A folder without a manifest that holds other
 * files is refused unless the user allows them; files beside pincheck's are never touched.
 *
 * <p>A folder written before manifests existed is recognised by its marker (README.md starting
 * "# pincheck", or the paper's pincheck.tex and pincheck.html): then the files with the names
 * pincheck gives are taken as its own, and the first write records them.
 */
public final class OutputFolder {
    public static final String MANIFEST = ".pincheck-manifest.json";
    static final String SCHEMA = "pincheck.manifest/1";

    /** Relative path to the command that wrote it, in path order. */
    record Manifest(String schema, Map<String, String> files) {}

    /** The folder cannot be written as asked; the message says why and what to do. */
    public static final class Refused extends Exception {
        public Refused(String message) { super(message); }
    }

    /** The names pincheck's commands give their files, for folders that have no manifest yet. */
    private static final Pattern GENERATED = Pattern.compile(String.join("|",
            "README\\.md",
            "(results|agreement|claims|reduction|reduction-times|stats|bench[\\w.-]*|scale-[\\w.-]+|sweep-[\\w.-]+)\\.json",
            "(agreement|claims|reduction|sweep-[\\w.-]+)\\.md",
            "audit-[\\w.-]+\\.(md|json)",
            "[^/]+/[^/]+/[^/]+/(trace\\.md|trace\\.itf\\.json|sequence\\.svg|refcount\\.svg|MC\\.tla|MC\\.cfg|MC\\.als|Scenario\\.als"
                    + "|README\\.md)",
            "pincheck\\.(html|tex|pdf)", "screenshot\\.png", "figures/fig-\\d+\\.(svg|pdf)"));

    /** The suite's cache entries: RunCache's own, known by their names (a key's hash). */
    private static final Pattern CACHE_ENTRY = Pattern.compile("\\.cache/[0-9a-f]{64}\\.(tlcrun|alloy)");

    /** What OutputTree leaves when a write is cut off: {@code .NAME.tmp} beside NAME. */
    private static final Pattern LEFT_OVER = Pattern.compile("(.*/)?\\.([^/]+)\\.tmp");

    private final Path root;
    private final TreeMap<String, String> owned;

    private OutputFolder(Path root, TreeMap<String, String> owned) {
        this.root = root;
        this.owned = owned;
    }

    public Path root() { return root; }

    /**
     * Opens (creating) the folder. Refused when it holds files pincheck did not write, unless
     * {@code allowOthers}; then those files stay as they are.
     */
    public static OutputFolder open(Path root, boolean allowOthers) throws Refused {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new Refused("cannot write " + root + " (" + e.getMessage() + "); choose another folder with --out");
        }
        if (!Files.isWritable(root)) {
            throw new Refused("cannot write " + root + "; choose another folder with --out");
        }
        try {
            List<String> present = files(root);
            Optional<TreeMap<String, String>> manifest = recorded(root);
            TreeMap<String, String> owned = manifest.orElseGet(() -> recognised(root, present));
            List<String> others = new ArrayList<>();
            for (String f : present) {
                java.util.regex.Matcher tmp = LEFT_OVER.matcher(f);
                String target = tmp.matches() ? (tmp.group(1) == null ? "" : tmp.group(1)) + tmp.group(2) : "";
                if (tmp.matches() && (owned.containsKey(target) || GENERATED.matcher(target).matches())) {
                    Files.deleteIfExists(root.resolve(f));   // a write of ours cut off
                } else if (!owned.containsKey(f) && !f.equals(MANIFEST) && !CACHE_ENTRY.matcher(f).matches()) {
                    others.add(f);
                }
            }
            // once a manifest says what is pincheck's, files added beside it are simply left alone
            if (!others.isEmpty() && !allowOthers && manifest.isEmpty()) {
                throw new Refused(root + " holds files pincheck did not write (" + others.get(0)
                        + (others.size() > 1 ? " and " + (others.size() - 1) + " more" : "") + "); choose an empty or"
                        + " new folder with --out, or add --allow-other-files to write beside them (they are never"
                        + " touched)");
            }
            owned.keySet().retainAll(Set.copyOf(present));
            return new OutputFolder(root, owned);
        } catch (IOException e) {
            throw new Refused("cannot read " + root + " (" + e.getMessage() + "); choose another folder with --out");
        }
    }

    /**
     * Writes the files for {@code command} (each to a temporary name, then renamed). A file of
     * that name pincheck did not write stops the whole write before anything is written.
     */
    public void write(String command, Map<String, String> files) throws IOException, Refused {
        for (String f : files.keySet()) {
            check(f);
        }
        // recorded first: a write cut off leaves a file the manifest already names
        files.keySet().forEach(f -> owned.put(f, command));
        save();
        for (Map.Entry<String, String> f : files.entrySet()) {
            OutputTree.writeFile(root.resolve(f.getKey()), f.getValue());
        }
    }

    /** A file {@code command} writes itself (a PDF, a screenshot): checked and recorded as {@link #write}. */
    public Path claim(String command, String relative) throws IOException, Refused {
        check(relative);
        owned.put(relative, command);
        save();
        return root.resolve(relative);
    }

    /**
     * Removes the files {@code command} wrote that {@code inScope} covers and {@code keep} does
     * not have (a violation that went away), and the folders that leaves empty.
     */
    public void prune(String command, Predicate<String> inScope, Set<String> keep) throws IOException {
        List<String> stale = owned.entrySet().stream()
                .filter(e -> e.getValue().equals(command) && inScope.test(e.getKey()) && !keep.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        for (String f : stale) {
            Path p = root.resolve(f);
            Files.deleteIfExists(p);
            owned.remove(f);
            for (Path d = p.getParent(); d != null && !d.equals(root) && d.startsWith(root) && isEmpty(d);
                 d = d.getParent()) {
                Files.delete(d);
            }
        }
        if (!stale.isEmpty()) {
            save();
        }
    }

    /** A file pincheck wrote here, read back (a smaller suite adds its models to results.json). */
    public Optional<String> read(String relative) throws IOException {
        Path p = root.resolve(relative);
        return owned.containsKey(relative) && Files.isRegularFile(p)
                ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
    }

    private void check(String relative) throws Refused {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root.normalize()) || relative.equals(MANIFEST)) {
            throw new IllegalArgumentException("not a report file of " + root + ": " + relative);
        }
        if (Files.exists(p) && !owned.containsKey(relative)) {
            throw new Refused(p + " exists and pincheck did not write it; move it away or choose another folder"
                    + " with --out");
        }
    }

    private void save() throws IOException {
        OutputTree.writeFile(root.resolve(MANIFEST), JsonFiles.write(new Manifest(SCHEMA, owned)));
    }

    private static Optional<TreeMap<String, String>> recorded(Path root) throws IOException {
        Path m = root.resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            return Optional.empty();
        }
        try {
            Manifest read = JsonFiles.read(Files.readString(m, StandardCharsets.UTF_8), Manifest.class, SCHEMA,
                    m.toString(), "any pincheck command writing here");
            return Optional.of(new TreeMap<>(read.files()));
        } catch (JsonFiles.BadFile e) {
            // a damaged manifest claims nothing: the folder is recognised as one without a manifest
            return Optional.empty();
        }
    }

    /** A folder written before manifests: its generated files, when it carries pincheck's marker. */
    private static TreeMap<String, String> recognised(Path root, List<String> present) {
        TreeMap<String, String> owned = new TreeMap<>();
        if (!marked(root)) {
            return owned;
        }
        for (String f : present) {
            if (GENERATED.matcher(f).matches()) {
                owned.put(f, writer(f));
            }
        }
        return owned;
    }

    private static boolean marked(Path root) {
        try {
            Path readme = root.resolve("README.md");
            if (Files.isRegularFile(readme)) {
                try (Stream<String> lines = Files.lines(readme, StandardCharsets.UTF_8)) {
                    return lines.findFirst().orElse("").startsWith("# pincheck");
                }
            }
            return Files.isRegularFile(root.resolve("pincheck.tex")) && Files.isRegularFile(root.resolve("pincheck.html"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /** Which command writes a file of this name. */
    private static String writer(String f) {
        for (String c : List.of("claims", "sweep", "reduction", "bench", "scale")) {
            if (f.startsWith(c)) {
                return c;
            }
        }
        return f.startsWith("pincheck.") || f.startsWith("figures/") || f.equals("screenshot.png") ? "paper" : "suite";
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
