package pincheck.alloy.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs Alloy checks in child JVMs ({@link AlloyWorker}), so several run at once (Alloy's static
 * state is per JVM), a native solver's stdout is not pincheck's, and a check past its time limit
 * is stopped by killing its JVM and everything it started. An idle worker is reused by the next
 * check; a worker that timed out, crashed or ran out of memory is not: that check is
 * inconclusive with the reason, and the next check starts a new JVM.
 */
public final class AlloyWorkers {
    /** Past the check's own time limit: JVM start and class loading of a new worker, and its timer firing. */
    static final Duration GRACE = Duration.ofSeconds(20);
    /** Lines of a worker's stderr kept for the reason of a crash. */
    private static final int TAIL = 20;
    private static final String EOF = "\u0000eof";
    /** The status -XX:+ExitOnOutOfMemoryError exits with. */
    private static final int OOM_EXIT = 3;

    private static final AtomicLong JOBS = new AtomicLong();
    private static final AlloyWorkers SHARED = new AlloyWorkers(List.of());

    private final Deque<Worker> idle = new ArrayDeque<>();
    private final List<Worker> all = new ArrayList<>();
    private final List<String> flags;

    /** Workers started with these extra JVM flags (a test's small heap). */
    AlloyWorkers(List<String> flags) {
        this.flags = List.copyOf(flags);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "alloy-workers-stop"));
    }

    /** The workers of this pincheck process. */
    public static AlloyWorkers shared() {
        return SHARED;
    }

    /** One check in a worker JVM; never throws for what the worker, Alloy or the machine does. */
    public AlloyOutcome run(String module, AlloyRequest req) {
        long start = System.nanoTime();
        Worker w;
        try {
            w = borrow();
        } catch (IOException e) {
            return AlloyOutcome.error(0, "cannot start Alloy's JVM: " + e.getMessage(), 0, req.solver().id());
        }
        AlloyOutcome out = w.run(module, req, start);
        if (w.alive() && out.kind() != AlloyOutcome.Kind.TIMEOUT) {
            synchronized (idle) {
                idle.push(w);
            }
        } else {
            w.stop();
        }
        return out;
    }

    /** How many worker JVMs are running now (idle or busy). */
    public int running() {
        synchronized (idle) {
            return (int) all.stream().filter(Worker::alive).count();
        }
    }

    /** Stops every worker JVM (idle ones exit by themselves when pincheck does, as their stdin closes). */
    public void stopAll() {
        List<Worker> every;
        synchronized (idle) {
            every = List.copyOf(all);
            idle.clear();
        }
        every.forEach(Worker::stop);
    }

    /** The process ids of the workers started since the last new one, for tests that check none is left behind. */
    List<Long> pids() {
        synchronized (idle) {
            return all.stream().map(w -> w.process.pid()).toList();
        }
    }

    private Worker borrow() throws IOException {
        synchronized (idle) {
            while (!idle.isEmpty()) {
                Worker w = idle.pop();
                if (w.alive()) {
                    return w;
                }
            }
        }
        Worker w = Worker.start(command(flags));
        synchronized (idle) {
            all.removeIf(x -> !x.alive());
            all.add(w);
        }
        return w;
    }

    /** The command of a worker: out of heap ends the JVM at once, so it cannot hang. */
    static List<String> command(List<String> extra) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+ExitOnOutOfMemoryError", "-Xss16m", "-Xlog:disable"));
        cmd.addAll(extra);
        String timings = System.getProperty(Timings.PROPERTY);
        if (timings != null) {
            cmd.add("-D" + Timings.PROPERTY + "=" + timings);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), AlloyWorker.class.getName()));
        return cmd;
    }

    /** One worker JVM, its stdin, and the reply paths its stdout announces. */
    private static final class Worker {
        private final Process process;
        private final Path dir;
        private final OutputStream stdin;
        private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        private final Deque<String> stderr = new ArrayDeque<>();
        private final Thread stderrReader;

        private Worker(Process process, Path dir) {
            this.process = process;
            this.dir = dir;
            this.stdin = process.getOutputStream();
            daemon("alloy-worker-out", () -> readReplies(process.getInputStream()));
            this.stderrReader = daemon("alloy-worker-err", () -> readTail(process.getErrorStream()));
        }

        static Worker start(List<String> command) throws IOException {
            Path dir = Files.createTempDirectory("pincheck-alloy-worker-");
            Process p = new ProcessBuilder(command).start();
            return new Worker(p, dir);
        }

        boolean alive() {
            return process.isAlive();
        }

        AlloyOutcome run(String module, AlloyRequest req, long start) {
            String solver = req.solver().id();
            long n = JOBS.incrementAndGet();
            Path job = dir.resolve("job-" + n);
            Path reply = dir.resolve("reply-" + n);
            try {
                try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(job))) {
                    o.writeObject(new AlloyWorker.Job(module, req, reply.toString()));
                }
                stdin.write((job + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                long deadline = start + req.timeLimit().plus(GRACE).toNanos();
                while (true) {
                    String done = replies.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (done == null) {
                        stop();
                        return AlloyOutcome.timeout(0, "time limit of " + req.timeLimit().toSeconds()
                                + " s reached; Alloy's JVM did not answer and was killed", elapsed(start), solver);
                    }
                    if (done.equals(EOF)) {
                        return crashed(start, solver);
                    }
                    if (done.equals(reply.toString())) {
                        return read(reply);
                    }
                }
            } catch (IOException e) {
                return alive() ? AlloyOutcome.error(0, "cannot talk to Alloy's JVM: " + e.getMessage(),
                        elapsed(start), solver) : crashed(start, solver);
            } catch (InterruptedException e) {
                stop();
                Thread.currentThread().interrupt();
                return AlloyOutcome.timeout(0, "interrupted; Alloy's JVM was killed", elapsed(start), solver);
            } finally {
                delete(job);
                delete(reply);
            }
        }

        private AlloyOutcome crashed(long start, String solver) {
            try {
                process.waitFor(5, TimeUnit.SECONDS);
                stderrReader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop();
            String tail;
            synchronized (stderr) {
                tail = String.join("; ", stderr.stream().skip(Math.max(0, stderr.size() - 3)).toList());
            }
            String status = process.isAlive() ? "stopped answering" : "exited with status " + process.exitValue();
            boolean oom = tail.contains("OutOfMemoryError") || !process.isAlive() && process.exitValue() == OOM_EXIT;
            String what = oom ? "out of memory: Alloy's JVM " + status
                    : "Alloy's JVM " + status;
            return AlloyOutcome.error(0, what + (tail.isEmpty() ? "" : ": " + tail), elapsed(start), solver);
        }

        private static AlloyOutcome read(Path reply) throws IOException {
            try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(reply))) {
                return ((AlloyWorker.Reply) in.readObject()).outcome();
            } catch (ClassNotFoundException e) {
                throw new IOException("not a reply: " + reply, e);
            }
        }

        /** Kills the worker and every process it started, and removes its folder. */
        void stop() {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                try (var files = Files.list(dir)) {
                    files.forEach(Worker::delete);
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a leftover temp folder is no reason to fail a check
            }
        }

        private void readReplies(InputStream out) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.ISO_8859_1))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    // a native solver's "c ..." lines share this stream; only the marker counts
                    int at = line.indexOf(AlloyWorker.DONE);
                    if (at >= 0) {
                        replies.add(line.substring(at + AlloyWorker.DONE.length()).strip());
                    }
                }
            } catch (IOException e) {
                // the worker is gone; EOF below tells the waiting check
            }
            replies.add(EOF);
        }

        private void readTail(InputStream err) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    synchronized (stderr) {
                        stderr.addLast(line.strip());
                        if (stderr.size() > TAIL) {
                            stderr.removeFirst();
                        }
                    }
                }
            } catch (IOException e) {
                // the worker is gone
            }
        }

        private static Thread daemon(String name, Runnable r) {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.start();
            return t;
        }

        private static void delete(Path p) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a leftover temp file is no reason to fail a check
            }
        }

        private static double elapsed(long start) {
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
