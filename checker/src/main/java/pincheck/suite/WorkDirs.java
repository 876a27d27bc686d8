package pincheck.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Temporary working folders of engine runs. */
public final class WorkDirs {
    private WorkDirs() {}

    public static void delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | java.io.UncheckedIOException e) {
            System.err.println("pincheck: could not remove " + dir + ": " + e.getMessage());
        }
    }

    /** While open, a SIGINT or SIGTERM stops this JVM's engine processes and removes the folder. */
    public static final class Cleanup implements AutoCloseable {
        private final Path dir;
        private final boolean delete;
        private final Thread hook;

        private Cleanup(Path dir, boolean delete) {
            this.dir = dir;
            this.delete = delete;
            this.hook = new Thread(() -> {
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
                if (delete) {
                    WorkDirs.delete(dir);
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
        }

        /** Done normally: the folder is removed (unless kept) and the hook withdrawn. */
        @Override
        public void close() {
            if (delete) {
                WorkDirs.delete(dir);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
    }

    /**
     * Guards a working folder: on SIGINT or SIGTERM no finally block runs, so a shutdown hook
     * kills the engine processes this JVM started and removes {@code dir} when {@code delete}.
     */
    public static Cleanup onExit(Path dir, boolean delete) {
        return new Cleanup(dir, delete);
    }
}
