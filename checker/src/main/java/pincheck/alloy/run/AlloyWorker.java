package pincheck.alloy.run;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The main class of a child JVM that runs Alloy checks one after another for {@link AlloyWorkers}.
 * Alloy keeps static state and a native solver cannot be stopped, nor kept from printing on
 * stdout, so each check runs here: the parent reads only the reply files named in its jobs.
 * Protocol: one line per job on stdin (the path of a serialized {@link Job}); the reply (a
 * serialized {@link Reply}) goes to the job's reply path, then the line
 * {@link #DONE} plus that path on stdout (one short write, so native output cannot split it).
 */
public final class AlloyWorker {
    /** What the worker prints when a reply file is complete. */
    static final String DONE = "\u0001pincheck-alloy-done ";

    /** One check: the module's text, the request, and where the reply goes. */
    record Job(String module, AlloyRequest request, String reply) implements Serializable {}

    /** An outcome as it crosses the process boundary (Optional is not serializable); "" and null mean none. */
    record Reply(AlloyOutcome.Kind kind, int steps, String error, AlloyTrace trace, double seconds, String solver)
            implements Serializable {
        static Reply of(AlloyOutcome o) {
            return new Reply(o.kind(), o.steps(), o.error().orElse(""), o.trace().orElse(null), o.seconds(),
                    o.solver());
        }

        AlloyOutcome outcome() {
            return new AlloyOutcome(kind, steps, error.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(error), java.util.Optional.ofNullable(trace), seconds, solver);
        }
    }

    private AlloyWorker() {}

    public static void main(String[] args) throws IOException {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        // Java-side prints of Alloy go to stderr, which the parent keeps the end of for error messages
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            Job job = read(Path.of(line.strip()));
            AlloyRequest req = job.request();
            if (!req.solver().isAvailable()) {
                // a native solver that does not load on this machine: SAT4J, and the outcome names it
                req = req.withSolver(AlloySolver.SAT4J);
            }
            AlloyOutcome out = AlloyRunner.run(job.module(), req);
            Path reply = Path.of(job.reply());
            Path tmp = reply.resolveSibling(reply.getFileName() + ".tmp");
            try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(tmp))) {
                o.writeObject(Reply.of(out));
            }
            Files.move(tmp, reply, StandardCopyOption.ATOMIC_MOVE);
            stdout.write(("\n" + DONE + reply + "\n").getBytes(StandardCharsets.UTF_8));
            stdout.flush();
            if (out.kind() == AlloyOutcome.Kind.TIMEOUT) {
                // a native search may still run on its abandoned thread: this JVM is done
                System.exit(0);
            }
        }
    }

    private static Job read(Path file) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(file))) {
            return (Job) in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("not a job: " + file, e);
        }
    }
}
