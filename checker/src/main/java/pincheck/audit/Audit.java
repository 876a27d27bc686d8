package pincheck.audit;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The call-site audit of one kernel tree: grep picks the files naming an audited function,
 * spatch runs the semantic patches of specs/audit/ over them, the facts are followed to
 * rows, and the rows are checked against the grep.
 */
public final class Audit {
    /** Where the bio release wrappers are defined: read even when they name no audited call. */
    static final ImmutableList<String> LIBRARY = ImmutableList.of("include/linux/bio.h", "block/bio.c", "block/blk.h");

    /**
     * What to audit. tree: a kernel folder or tarball; dirs: the folders (empty: the
     * default ones); specs: specs/audit; spatch: an executable instead of PATH's.
     */
    public record Request(Path tree, List<String> dirs, Path specs, Coverage coverage, Optional<Path> spatch,
                          int jobs, Duration timeout) {}

    private Audit() {}

    public static AuditResult run(Request r) throws AuditException {
        Spatch spatch = Spatch.find(r.spatch());
        Patches patches = Patches.read(r.specs());
        try (KernelTree tree = KernelTree.open(r.tree(), r.dirs(), r.timeout())) {
            Coverage coverage = r.coverage().forSeries(tree.series());
            Set<String> names = new TreeSet<>(patches.gupFunctions());
            names.addAll(BioAudit.FILLS);
            Set<String> files = new TreeSet<>(Completeness.files(tree.root(), tree.directories(), names));
            LIBRARY.stream().filter(f -> Files.isRegularFile(tree.root().resolve(f))).forEach(files::add);
            Path work = Files.createTempDirectory("pincheck-spatch-");
            TreeFacts facts;
            try {
                Path cocci = work.resolve("audit.cocci");
                Files.writeString(cocci, patches.program());
                List<String> lines = new ArrayList<>(spatch.run(cocci, paths(tree, files), work, r.jobs(), r.timeout()));
                facts = TreeFacts.read(lines, tree.root() + "/");
                // A second pass over the files defining what the pages are passed to, once.
                Set<String> more = definers(tree, new GupAudit(facts, coverage).calledElsewhere());
                more.removeAll(files);
                if (!more.isEmpty()) {
                    lines.addAll(spatch.run(cocci, paths(tree, more), work, r.jobs(), r.timeout()));
                    facts = TreeFacts.read(lines, tree.root() + "/");
                }
            } finally {
                KernelTree.delete(work);
            }
            GupAudit gupAudit = new GupAudit(facts, coverage);
            ImmutableList<GupRow> gups = gupAudit.rows();
            ImmutableList<BioRow> bios = new BioAudit(facts, gupAudit, coverage).rows();
            Completeness c = Completeness.check(tree.root(), tree.directories(), names, audited(facts));
            return new AuditResult(tree.version(), tree.series(), spatch.version(), tree.directories(),
                    patches.names(), gups, bios, c, coverage.sites());
        } catch (IOException e) {
            throw AuditException.toolFailed("cannot write spatch's temporary files (" + e.getMessage() + ")");
        }
    }

    private static List<Path> paths(KernelTree tree, Set<String> files) {
        return files.stream().map(f -> tree.root().resolve(f)).toList();
    }

    // Files with a line starting "TYPE NAME(": where a non-static function is defined, by kernel style.
    private static Set<String> definers(KernelTree tree, Set<String> names) throws AuditException {
        if (names.isEmpty()) {
            return new TreeSet<>();
        }
        String pattern = "^[A-Za-z_][A-Za-z0-9_ ]*[ *](" + String.join("|", names) + ")\\(";
        return new TreeSet<>(Grep.run(tree.root(), tree.directories(), pattern, false, true));
    }

    // Every call spatch reported of a name grep looks for: the GUP calls and the bio fills.
    private static Set<String> audited(TreeFacts facts) {
        Set<String> out = new HashSet<>();
        for (SourceFacts f : facts.files().values()) {
            f.gups.forEach(g -> out.add(f.file + ":" + g.line() + ":" + g.callee()));
            f.sinks.forEach(s -> out.add(f.file + ":" + s.line() + ":" + s.callee()));
        }
        return out;
    }
}
