package pincheck.alloy.run;

import com.google.common.collect.ImmutableMap;
import edu.mit.csail.sdg.alloy4.Err;
import edu.mit.csail.sdg.alloy4.ErrorFatal;
import edu.mit.csail.sdg.alloy4.ErrorSyntax;
import edu.mit.csail.sdg.alloy4.ErrorType;
import edu.mit.csail.sdg.ast.Command;
import edu.mit.csail.sdg.ast.Expr;
import edu.mit.csail.sdg.parser.CompModule;
import edu.mit.csail.sdg.parser.CompUtil;
import edu.mit.csail.sdg.translator.A4Options;
import edu.mit.csail.sdg.translator.A4Solution;
import edu.mit.csail.sdg.translator.TranslateAlloyToKodkod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kodkod.engine.satlab.SATFactory;

/**
 * Runs one {@code check} of an Alloy 6 module in this JVM, on a thread of its own that is
 * abandoned at the time limit (SAT4J searches are stopped too; a native solver's JNI call
 * cannot be, and runs on to its end on a daemon thread). Never throws for anything the
 * module or Alloy does: syntax and type errors come back as ERROR with Alloy's message.
 */
public final class AlloyRunner {
    /** Alloy's bound on trace length when a temporal command says no "steps"; 1 for a static model. */
    static final int DEFAULT_STEPS = 10;

    static {
        Quiet.logging();
    }

    private AlloyRunner() {}

    public static AlloyOutcome run(String module, AlloyRequest req) {
        long start = System.nanoTime();
        long deadline = start + req.timeLimit().toNanos();
        String solver = req.solver().id();
        if (!req.solver().isAvailable()) {
            return AlloyOutcome.error(0, "solver " + solver + " does not load on this machine", 0, solver);
        }
        SATFactory factory = req.solver() == AlloySolver.SAT4J ? new CancellableSat4j(deadline)
                : req.solver().factory();
        PhaseReporter phase = new PhaseReporter();
        Attempt attempt = new Attempt(module, req, factory, phase, start);
        // a fresh daemon thread per run: an abandoned native search must not keep the JVM alive
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "alloy-" + req.command());
            t.setDaemon(true);
            return t;
        });
        try {
            Future<AlloyOutcome> f = pool.submit(attempt::call);
            return f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            attempt.abandon();
            return AlloyOutcome.timeout(attempt.steps, "time limit of " + seconds(req.timeLimit().toNanos())
                    + " s reached while " + phase.phase(), seconds(System.nanoTime() - start), solver);
        } catch (InterruptedException e) {
            attempt.abandon();
            Thread.currentThread().interrupt();
            return AlloyOutcome.timeout(attempt.steps, "interrupted while " + phase.phase(),
                    seconds(System.nanoTime() - start), solver);
        } catch (ExecutionException e) {
            // Attempt catches everything it can; this is only for what slipped past it
            return AlloyOutcome.error(attempt.steps, "Alloy failed: " + e.getCause(),
                    seconds(System.nanoTime() - start), solver);
        } finally {
            pool.shutdownNow();
        }
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** One run on the worker thread: parse, find the command, solve, read the trace. */
    private static final class Attempt {
        private final String module;
        private final AlloyRequest req;
        private final SATFactory factory;
        private final PhaseReporter phase;
        private final long start;
        private volatile boolean abandoned;
        volatile int steps;

        Attempt(String module, AlloyRequest req, SATFactory factory, PhaseReporter phase, long start) {
            this.module = module;
            this.req = req;
            this.factory = factory;
            this.phase = phase;
            this.start = start;
        }

        void abandon() {
            abandoned = true;
            if (factory instanceof CancellableSat4j c) {
                c.cancel();
            }
        }

        AlloyOutcome call() {
            Path dir = null;
            try {
                // Alloy rereads the source while solving, so the file lives as long as the run
                dir = Files.createTempDirectory("pincheck-alloy-");
                Path file = dir.resolve(req.sourceName());
                Files.writeString(file, module, StandardCharsets.UTF_8);
                for (Map.Entry<String, String> m : req.opened().entrySet()) {
                    Files.writeString(dir.resolve(m.getKey()), m.getValue(), StandardCharsets.UTF_8);
                }
                return solve(file);
            } catch (IOException e) {
                return failed("cannot write the module to a temporary file: " + e);
            } catch (Err e) {
                return failed(describe(e, req));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // SATAbortedException and SAT4J's "timed out" land here once abandoned
                return failed("Alloy failed: " + e);
            } finally {
                delete(dir);
            }
        }

        private AlloyOutcome solve(Path file) throws Err {
            CompModule world;
            try {
                world = CompUtil.parseEverything_fromFile(phase, null, file.toString());
            } catch (Err e) {
                return failed(describe(e, req));
            }
            Command cmd = world.getAllCommands().stream().filter(c -> c.label.equals(req.command()))
                    .findFirst().orElse(null);
            if (cmd == null) {
                return failed(req.sourceName() + ": no command named " + req.command() + "; commands are "
                        + world.getAllCommands().stream().map(c -> c.label).collect(Collectors.joining(", ")));
            }
            steps = !CompUtil.isTemporalModel(world.getAllReachableSigs(), cmd) ? 1
                    : cmd.maxprefix > 0 ? cmd.maxprefix : DEFAULT_STEPS;
            if (!cmd.check) {
                return failed(req.sourceName() + ":" + cmd.pos.y + ":" + cmd.pos.x + ": command " + cmd.label
                        + " is a run; pincheck asks Alloy only for counterexamples (check)");
            }
            ImmutableMap.Builder<String, Expr> exprs = ImmutableMap.builder();
            for (String text : req.expressions()) {
                try {
                    exprs.put(text, CompUtil.parseOneExpression_fromString(world, text));
                } catch (Err e) {
                    return failed("expression `" + text + "`: " + e.msg);
                }
            }
            A4Options opt = new A4Options();
            opt.solver = factory;
            opt.noOverflow = req.noOverflow();
            phase.set("translating to SAT");
            A4Solution sol = TranslateAlloyToKodkod.execute_command(phase, world.getAllReachableSigs(), cmd, opt);
            Timings.record(req, phase.timings() + (sol.satisfiable() ? " sat" : " unsat"));
            if (!sol.satisfiable()) {
                return AlloyOutcome.none(steps, elapsed(), req.solver().id());
            }
            phase.set("reading the counterexample");
            AlloyTrace trace = InstanceReader.read(sol, exprs.buildOrThrow());
            return AlloyOutcome.counterexample(steps, trace, elapsed(), req.solver().id());
        }

        private AlloyOutcome failed(String message) {
            if (abandoned) {
                return AlloyOutcome.timeout(steps, "abandoned while " + phase.phase(), elapsed(),
                        req.solver().id());
            }
            return AlloyOutcome.error(steps, message, elapsed(), req.solver().id());
        }

        private double elapsed() {
            return seconds(System.nanoTime() - start);
        }
    }

    /** {@code counter.als:7:12: type error: ...}, as compilers print it. */
    static String describe(Err e, AlloyRequest req) {
        String sourceName = req.sourceName();
        Optional<String> missing = missingModule(e);
        if (missing.isPresent()) {
            // Alloy puts this at 1:1 of the root and names the temporary folder, which is gone
            return sourceName + ": opens " + missing.get() + ", which is not beside it (the modules given: "
                    + (req.opened().isEmpty() ? "none" : String.join(", ", req.opened().keySet())) + ")";
        }
        String kind = e instanceof ErrorSyntax ? "syntax error"
                : e instanceof ErrorType ? "type error"
                : e instanceof ErrorFatal ? "fatal error" : "error";
        String where;
        if (e.pos != null && e.pos.y > 0) {
            String file = e.pos.filename;
            String name = file.isEmpty() ? sourceName : Path.of(file).getFileName().toString();
            // a module of the request by its own name, never the temporary directory it was written to
            boolean ours = name.equals(sourceName) || req.opened().containsKey(name);
            where = (ours ? name : file) + ":" + e.pos.y + ":" + e.pos.x + ": ";
        } else {
            where = sourceName + ": ";
        }
        return where + kind + ": " + e.msg.strip();
    }

    /** The file an {@code open} names that Alloy did not find, from its "File cannot be found" error. */
    private static Optional<String> missingModule(Err e) {
        if (!(e instanceof ErrorSyntax) || !e.msg.startsWith("File cannot be found.")) {
            return Optional.empty();
        }
        // "File cannot be found.\n/tmp/.../Lib.als (No such file or directory)": the last .als name in it
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([^/\\\\\\s]+\\.als)").matcher(e.msg);
        String name = null;
        while (m.find()) {
            name = m.group(1);
        }
        return Optional.ofNullable(name);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp file is no reason to fail a check
        }
    }
}
