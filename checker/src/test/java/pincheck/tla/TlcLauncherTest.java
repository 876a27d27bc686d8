package pincheck.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TlcLauncher's server sockets: RMI's accept thread waits in Java (WAITING), where a listening
 * socket's waits in native code (RUNNABLE), which HotSpot waits 300 ms for at exit. And the class
 * path of a local TLC JVM holds the launcher as a jar, written once and never over a file it did not
 * write; with a class folder on it, no class-data archive is asked for (a JVM cannot dump one).
 */
class TlcLauncherTest {
    /** The state of a thread blocked in accept(): WAITING as soon as it waits in Java, else what it is after 2 s. */
    private static Thread.State acceptingThreadState(ServerSocket socket, AtomicReference<Throwable> ended)
            throws InterruptedException {
        Thread t = new Thread(() -> {
            try {
                socket.accept();
            } catch (Throwable e) {
                ended.set(e);
            }
        }, "accept");
        t.setDaemon(true);
        t.start();
        long deadline = System.nanoTime() + 2_000_000_000L;
        Thread.State s;
        do {
            Thread.sleep(20);
            s = t.getState();
        } while (s != Thread.State.WAITING && System.nanoTime() < deadline);
        t.interrupt();
        return s;
    }

    @Test
    void theLaunchersAcceptWaitsInJava() throws Exception {
        AtomicReference<Throwable> ended = new AtomicReference<>();
        try (ServerSocket s = new TlcLauncher.LocalOnly().createServerSocket(0)) {
            assertEquals(Thread.State.WAITING, acceptingThreadState(s, ended));
            for (int i = 0; i < 100 && ended.get() == null; i++) {
                Thread.sleep(20);
            }
        }
        // interrupted, it ends as a blocked socket read does
        assertTrue(ended.get() instanceof InterruptedIOException, String.valueOf(ended.get()));
    }

    @Test
    void aListeningSocketsAcceptWaitsInNativeCode() throws Exception {
        AtomicReference<Throwable> ended = new AtomicReference<>();
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            assertEquals(Thread.State.RUNNABLE, acceptingThreadState(s, ended));
        }
    }

    @Test
    void theLaunchersJarIsWrittenOnceAndAForeignFileUnderItsNameIsLeftAlone(@TempDir Path folder) throws Exception {
        Path jar = TlcClassPath.launcherJar(folder);
        long written = Files.getLastModifiedTime(jar).toMillis();
        Thread.sleep(20);
        assertEquals(jar, TlcClassPath.launcherJar(folder));
        assertEquals(written, Files.getLastModifiedTime(jar).toMillis(), "the second call rewrote the jar");
        Files.writeString(jar, "not pincheck's");
        assertThrows(IOException.class, () -> TlcClassPath.launcherJar(folder));
        assertEquals("not pincheck's", Files.readString(jar));
    }

    @Test
    void aClassFolderOnTheClassPathMeansNoArchive(@TempDir Path folder) throws Exception {
        Path jar = TlcClassPath.launcherJar(folder);
        assertTrue(TlcClassPath.archivable(List.of(jar)));
        assertFalse(TlcClassPath.archivable(List.of(jar, folder)));
    }

    @Test
    void theClassPathHoldsTheLauncherInAJar() throws Exception {
        assertTrue(TlcClassPath.entries().size() <= 2, TlcClassPath.entries().toString());
        for (Path p : TlcClassPath.entries()) {
            assertTrue(Files.isRegularFile(p), "not a jar: " + p);
        }
        Path last = TlcClassPath.entries().get(TlcClassPath.entries().size() - 1);
        try (JarFile jar = new JarFile(last.toFile())) {
            for (Class<?> c : TlcLauncher.class.getNestMembers()) {
                assertTrue(jar.getEntry(c.getName().replace('.', '/') + ".class") != null, c + " in " + last);
            }
        }
    }
}
