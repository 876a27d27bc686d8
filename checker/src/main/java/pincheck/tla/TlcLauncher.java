package pincheck.tla;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * The main class of a local TLC JVM: {@code tlc2.TLC} with RMI's server sockets never listening.
 * TLC's fingerprint set is an RMI object (for distributed mode) and exports itself, which leaves an
 * accept thread blocked in native code; at exit HotSpot then waits 300 ms for it
 * (VM_Exit::wait_for_threads_in_native_to_block), a third of a small model's run. A local run makes
 * no RMI call, so its accept waits in Java instead and the JVM exits at once. Nothing else differs:
 * the arguments, the search and the exit status are TLC's. Distributed runs use TLC's own mains.
 */
public final class TlcLauncher {
    private TlcLauncher() {}

    public static void main(String[] args) throws Exception {
        RMISocketFactory.setSocketFactory(new LocalOnly());
        tlc2.TLC.main(args);
    }

    /** Client sockets as usual; server sockets that never accept a connection. */
    static final class LocalOnly extends RMISocketFactory {
        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return RMISocketFactory.getDefaultSocketFactory().createSocket(host, port);
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            return new NeverAccepts();
        }
    }

    /** An unbound server socket whose accept() waits in Java until the JVM exits. */
    static final class NeverAccepts extends ServerSocket {
        private final Object forever = new Object();

        NeverAccepts() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            synchronized (forever) {
                while (true) {
                    try {
                        forever.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("local TLC run: RMI accepts no connection");
                    }
                }
            }
        }
    }
}
