package pincheck.suite;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.scenario.Scenario;
import pincheck.scenario.ScenarioException;
import pincheck.scenario.ScenarioParser;
import pincheck.tla.SpecFiles;
import pincheck.tla.TlaEmitter;
import pincheck.tla.TlcRun;
import pincheck.tla.TlcRunner;
import pincheck.tla.out.TlcOutcome;
import pincheck.tla.out.TlcOutput;

/**
 * A scaling study: variants of a scenario that grow one dimension by one step each, the
 * whole state graph of each explored (TypeOK only, so no violation stops the search early),
 * until a run does not finish within its time limit.
 */
public final class Scale {
    /** What grows; each step appends lines to the scenario text, so the parser validates every variant. */
    public enum Dimension {
        /** k more actors, each pinning the scenario's first user page through an iovec of its own and unpinning it. */
        PINS,
        /** one more actor whose iovec covers k fresh user pages, pinned and released. */
        PAGES,
        /** k more actors, each filling a write bio of its own with a fresh user page and submitting it. */
        BIOS;

        /** The lines appended to the scenario text for step k (none for k = 0). */
        public String lines(int k, Scenario base) {
            StringBuilder b = new StringBuilder("\n# added by ./pincheck scale: ").append(name().toLowerCase())
                    .append(" + ").append(k).append('\n');
            String shared = base.pages().stream().filter(p -> p.kind().token().equals("user")).map(p -> p.name())
                    .findFirst().orElse("");
            if (this == PINS && shared.isEmpty()) {
                shared = "scU";
                b.append("page scU user\n");
            }
            if (this == PAGES && k > 0) {
                StringBuilder pages = new StringBuilder();
                for (int i = 1; i <= k; i++) {
                    b.append("page scP").append(i).append(" user\n");
                    pages.append(" scP").append(i);
                }
                b.append("iter scI iovec").append(pages).append('\n');
                b.append("actor scA\n  iov_iter_get_pages scI\n  iov_iter_put_pages scI\n");
            }
            for (int i = 1; i <= k; i++) {
                if (this == PINS) {
                    b.append("iter scI").append(i).append(" iovec ").append(shared).append('\n');
                    b.append("actor scA").append(i).append("\n  iov_iter_get_pages scI").append(i)
                            .append("\n  iov_iter_put_pages scI").append(i).append('\n');
                } else if (this == BIOS) {
                    b.append("page scP").append(i).append(" user\n");
                    b.append("iter scI").append(i).append(" iovec scP").append(i).append('\n');
                    b.append("bio scB").append(i).append(" write end_io dio_bio_end_io\n");
                    b.append("actor scA").append(i).append("\n  iov_iter_get_pages scI").append(i)
                            .append("\n  bio_add_page scB").append(i).append(" scP").append(i)
                            .append("\n  submit_bio scB").append(i).append('\n');
                }
            }
            return b.toString();
        }
    }

    /** One variant: its size and what TLC found. */
    public record Step(Dimension dimension, int k, int pages, int actors, int bios, TlcRun run, boolean finished) {}

    private Scale() {}

    /**
     * Grows {@code dimension} from 0 up to {@code maxSteps}, stopping after the first run that
     * does not finish exhaustively (timeout, out of memory, error): that step is the last row.
     */
    public static ImmutableList<Step> grow(Path file, Design design, Dimension dimension, int maxSteps, Path home,
                                           TlcRunner.Options opt, Consumer<Step> progress)
            throws IOException, ScenarioException {
        String text = Files.readString(file);
        Scenario base = ScenarioParser.parse(text, file.toString());
        ImmutableList.Builder<Step> out = ImmutableList.builder();
        Path work = Files.createTempDirectory("pincheck-scale-");
        try {
            for (int k = 0; k <= maxSteps; k++) {
                Scenario s = ScenarioParser.parse(text + dimension.lines(k, base), file.toString());
                TlcRunner.RawRun raw = TlcRunner.run(TlaEmitter.emit(s, design, Scaling.DEFAULT, List.of()),
                        SpecFiles.tlaDir(home), work.resolve(dimension.name().toLowerCase() + k), opt);
                TlcOutcome o = TlcOutput.interpret(raw.output(), raw.exitCode());
                boolean finished = !raw.timedOut() && o.kind() == TlcOutcome.Kind.SUCCESS;
                Step step = new Step(dimension, k, s.pages().size(), s.actors().size(), s.bios().size(),
                        TlcRun.of(dimension.name().toLowerCase() + k, raw, o), finished);
                progress.accept(step);
                out.add(step);
                if (!finished) {
                    break;
                }
            }
        } finally {
            WorkDirs.delete(work);
        }
        return out.build();
    }
}
