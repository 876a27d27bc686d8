package pincheck.suite;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import pincheck.design.Design;
import pincheck.design.Scaling;
import pincheck.scenario.Kernel;
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
                b.append("actor scA\n").append(pinAndRelease(base, "scI"));
            }
            for (int i = 1; i <= k; i++) {
                if (this == PINS) {
                    b.append("iter scI").append(i).append(" iovec ").append(shared).append('\n');
                    b.append("actor scA").append(i).append('\n').append(pinAndRelease(base, "scI" + i));
                } else if (this == BIOS) {
                    b.append("page scP").append(i).append(" user\n");
                    b.append("iter scI").append(i).append(" iovec scP").append(i).append('\n');
                    b.append("bio scB").append(i).append(" write end_io dio_bio_end_io\n");
                    b.append("actor scA").append(i).append('\n')
                            .append(fillAndSubmit(base, "scI" + i, "scB" + i, "scP" + i));
                }
            }
            return b.toString();
        }

        // Each kernel the scenario follows pins and unpins with its own calls.
        private static String pinAndRelease(Scenario base, String iter) {
            return perKernel(base, k -> k == Kernel.THREAD_2019
                    ? List.of("iov_iter_get_pages " + iter, "iov_iter_put_pages " + iter)
                    : List.of("pin_user_pages_fast " + iter, "unpin_user_pages " + iter));
        }

        // A bio filled the way each kernel's block layer does it (bio_iov_iter_get_pages).
        private static String fillAndSubmit(Scenario base, String iter, String bio, String page) {
            return perKernel(base, k -> List.of("bio_iov_iter_get_pages " + bio + " " + iter, "submit_bio " + bio));
        }

        private static String perKernel(Scenario base, java.util.function.Function<Kernel, List<String>> calls) {
            StringBuilder b = new StringBuilder();
            if (base.kernels().isEmpty()) {
                // An unversioned scenario cannot guard lines: the calls of the one kernel it follows.
                calls.apply(base.checkedUnder().iterator().next()).forEach(c -> b.append("  ").append(c).append('\n'));
                return b.toString();
            }
            for (Kernel k : base.kernels()) {
                calls.apply(k).forEach(c -> b.append("  ").append(k.token()).append(": ").append(c).append('\n'));
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
