package pincheck.tla;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import pincheck.property.Property;
import pincheck.tla.out.TlcOutcome;
import pincheck.tla.out.TlcOutput;

/**
 * Runs TLC's distributed mode: one {@code tlc2.tool.distributed.TLCServer} and {@code workers}
 * {@code TLCWorker} JVMs on this machine, reached at {@code host}:{@code port} (more workers may
 * join from other machines). What TLC 2.18's distributed mode cannot do is done by a local TLC run
 * (see docs/distributed-tlc.md): temporal properties (the server checks none) and counterexamples
 * (the server names no invariant and prints no trace from the initial state), so a distributed
 * run that stops at a state is run again locally, which names the property and finds the
 * shortest trace. Only the exhaustive search, the expensive part, is distributed.
 */
public final class DistributedTlc implements TlcChecker.Runs {
    /** TLC's message: the server has computed the initial states and waits for workers. */
    private static final String SERVER_READY = "@!@!@STARTMSG 7000:";
    /** How often the processes are looked at. */
    private static final long POLL_MILLIS = 50;
    /** How long workers get to leave after the server has finished. */
    private static final long WORKER_EXIT_SECONDS = 10;
    /** How long a server may run on after its last local worker left (it may be printing its summary). */
    private static final long WORKERS_GONE_SECONDS = 5;
    /** Tries with a fresh port when another program took the free port before the server bound it. */
    private static final int PORT_TRIES = 3;

    /**
     * Where the server listens and how many local workers join it.
     *
     * @param host the address workers (and the server's RMI objects) are reached at
     * @param port the RMI registry port; empty: a free port per run, so parallel runs do not collide
     */
    public record Setup(int workers, String host, OptionalInt port) {
        public static final String LOOPBACK = "127.0.0.1";

        public Setup {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1");
            }
        }

        public static Setup loopback(int workers) {
            return new Setup(workers, LOOPBACK, OptionalInt.empty());
        }
    }

    private final Setup setup;
    private final Consumer<String> announce;

    /** {@code announce} gets one line per server started: where it listens and the worker command line. */
    public DistributedTlc(Setup setup, Consumer<String> announce) {
        this.setup = setup;
        this.announce = announce;
    }

    @Override
    public TlcRunner.RawRun run(TlaModel model, Path specsDir, Path dir, TlcRunner.Options opt) throws IOException {
        if (model.properties().stream().anyMatch(Property::isLiveness)) {
            // TLCServer checks no temporal property: it would call EventuallyQuiet holding unchecked.
            return TlcRunner.run(model, specsDir, dir.resolve("local"), opt);
        }
        SpecFiles.writeModel(model, specsDir, dir);
        TlcRunner.RawRun raw = search(dir, opt);
        TlcOutcome out = TlcOutput.interpret(raw.output(), raw.exitCode());
        if (!raw.timedOut() && raw.failure().isEmpty() && out.kind() != TlcOutcome.Kind.SUCCESS
                && !out.trace().isEmpty()) {
            // The server stopped at a state (a violation) but names no invariant and starts its trace mid-way.
            TlcRunner.RawRun local = TlcRunner.run(model, specsDir, dir.resolve("local"), opt);
            return new TlcRunner.RawRun(local.output(), local.exitCode(), local.timedOut(),
                    raw.seconds() + local.seconds(), local.failure());
        }
        return raw;
    }

    /** The distributed search, with a fresh port when the chosen one was taken meanwhile. */
    private TlcRunner.RawRun search(Path dir, TlcRunner.Options opt) throws IOException {
        TlcRunner.RawRun raw = null;
        for (int i = 0; i < (setup.port().isPresent() ? 1 : PORT_TRIES); i++) {
            raw = new Search(dir, opt, setup.port().orElseGet(DistributedTlc::freePort)).run();
            if (!raw.output().contains("Port already in use")) {
                return raw;
            }
        }
        return raw;
    }

    /** A port nobody listens on now; the server binds it a moment later. */
    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free TCP port on this machine", e);
        }
    }

    /** One server and its local workers, killed together on timeout, interrupt or pincheck's exit. */
    private final class Search {
        private final Path dir;
        private final TlcRunner.Options opt;
        private final int port;
        private final List<Process> processes = new ArrayList<>();
        private final Thread killer = new Thread(this::killAll, "pincheck-distributed-tlc-killer");

        Search(Path dir, TlcRunner.Options opt, int port) {
            this.dir = dir;
            this.opt = opt;
            this.port = port;
        }

        TlcRunner.RawRun run() throws IOException {
            Path out = dir.resolve("tlc.out");
            long start = System.nanoTime();
            long deadline = start + opt.timeout().toNanos();
            Runtime.getRuntime().addShutdownHook(killer);
            try {
                Process server = start(serverCommand(), dir, out);
                awaitReady(server, out, deadline);
                Optional<String> failure = Optional.empty();
                List<Process> workers = new ArrayList<>();
                if (server.isAlive() && System.nanoTime() < deadline) {
                    announce.accept("TLC server for " + dir.getFileName() + " on " + setup.host() + ":" + port
                            + "; to add a worker on another machine, run there: " + remoteWorker(setup.host(), port));
                    for (int i = 1; i <= setup.workers(); i++) {
                        Path w = dir.resolve("worker" + i);
                        Files.createDirectories(w);
                        workers.add(start(workerCommand(w), w, dir.resolve("worker" + i + ".out")));
                    }
                    failure = awaitServer(server, workers, deadline);
                }
                boolean timedOut = server.isAlive() && failure.isEmpty();
                killAll();
                double secs = (System.nanoTime() - start) / 1e9;
                String text = Files.readString(out, StandardCharsets.UTF_8);
                return new TlcRunner.RawRun(text, timedOut || server.isAlive() ? -1 : server.exitValue(), timedOut,
                        secs, failure);
            } catch (InterruptedException e) {
                killAll();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while distributed TLC was running", e);
            } finally {
                killAll();
                try {
                    Runtime.getRuntime().removeShutdownHook(killer);
                } catch (IllegalStateException e) {
                    // pincheck is exiting: the hook is running or has run.
                }
            }
        }

        private Process start(List<String> cmd, Path workDir, Path output) throws IOException {
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            synchronized (processes) {
                processes.add(p);
            }
            return p;
        }

        /** Until the server waits for workers, exits (its output says why: a parse error ...) or time is up. */
        private void awaitReady(Process server, Path out, long deadline) throws IOException, InterruptedException {
            while (System.nanoTime() < deadline && !Files.readString(out, StandardCharsets.UTF_8).contains(SERVER_READY)
                    && !server.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // Workers started earlier would back off for seconds between their tries to connect.
            }
        }

        /** Until the server exits; a failure when every local worker has left while it still runs. */
        private Optional<String> awaitServer(Process server, List<Process> workers, long deadline)
                throws IOException, InterruptedException {
            long allGoneSince = 0;
            while (System.nanoTime() < deadline) {
                if (server.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    for (Process w : workers) {
                        w.waitFor(WORKER_EXIT_SECONDS, TimeUnit.SECONDS);
                    }
                    return Optional.empty();
                }
                if (workers.stream().noneMatch(Process::isAlive)) {
                    // The server may be finishing after the last worker's exit: give it a moment.
                    allGoneSince = allGoneSince == 0 ? System.nanoTime() : allGoneSince;
                    if (System.nanoTime() - allGoneSince > TimeUnit.SECONDS.toNanos(WORKERS_GONE_SECONDS)) {
                        return Optional.of("TLC worker failed: every TLC worker exited before the server finished ("
                                + lastLine(dir.resolve("worker1.out")) + ")");
                    }
                }
            }
            return Optional.empty();
        }

        private List<String> serverCommand() {
            List<String> cmd = new ArrayList<>(java(dir.resolve("tmp")));
            cmd.add("-Dtlc2.tool.distributed.TLCServer.port=" + port);
            // The server looks at its finish flag once per report interval (60 s by default) when no worker wakes it.
            cmd.add("-Dtlc2.tool.distributed.TLCServer.report=10000");
            cmd.addAll(List.of("-cp", TlcClassPath.argument(), "tlc2.tool.distributed.TLCServer", "-tool",
                    // TLCServer ignores the cfg's CHECK_DEADLOCK and would stop at the first final state.
                    "-deadlock",
                    "-fp", "0", "-metadir", dir.resolve("meta").toString(),
                    "-config", TlaModel.MODULE_NAME + ".cfg", TlaModel.MODULE_NAME + ".tla"));
            return cmd;
        }

        private List<String> workerCommand(Path workDir) {
            List<String> cmd = new ArrayList<>(java(workDir));
            cmd.add("-Dtlc2.tool.distributed.TLCServer.port=" + port);
            // One search thread per worker JVM: --distributed N means N threads, whatever the core count.
            cmd.add("-Dtlc2.tool.distributed.TLCWorker.threadCount=1");
            cmd.addAll(List.of("-cp", TlcClassPath.argument(), "tlc2.tool.distributed.TLCWorker", setup.host()));
            return cmd;
        }

        /** The JVM, its flags and the address its RMI objects announce (callbacks go both ways). */
        private ImmutableList<String> java(Path tmp) {
            return ImmutableList.<String>builder().addAll(TlcJvm.java(opt, Optional.empty(), tmp))
                    .add("-Djava.rmi.server.hostname=" + setup.host())
                    .build();
        }

        private void killAll() {
            List<Process> all;
            synchronized (processes) {
                all = List.copyOf(processes);
            }
            for (Process p : all) {
                p.destroyForcibly();
            }
            for (Process p : all) {
                try {
                    p.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * The command line that adds a worker on another machine: the jar TLC is loaded from here (copy
     * it there to the same path), THIS_HOST that machine's address (the server calls the worker back on it).
     */
    public static String remoteWorker(String serverHost, int port) {
        return "java -Djava.rmi.server.hostname=THIS_HOST -Dtlc2.tool.distributed.TLCServer.port=" + port
                + " -cp " + TlcRunner.tlcClassPath() + " tlc2.tool.distributed.TLCWorker " + serverHost;
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "it printed nothing" : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "its output is unreadable: " + e.getMessage();
        }
    }
}
