package be.duaalbot.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the bot and a fake API on 127.0.0.1: a TCP front that passes connections
 * through ({@link #open}), or makes the API unreachable the two ways a client can tell from a
 * request that went out: {@link #stall} (connects hang until the client's connect timeout: the
 * front listens with its backlog full and accepts nothing) and {@link #refuse} (nothing listens:
 * connects are reset at once). Entering either cuts the connections open through it.
 */
public final class FlakyLink implements AutoCloseable {
    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;
    private Thread acceptor;
    private final List<Socket> fillers = new ArrayList<>();

    public FlakyLink(int target) throws IOException {
        this.target = target;
        try (ServerSocket probe = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        open();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Connections pass through to the API. */
    public synchronized void open() throws IOException {
        quiet();
        listener = bind(50);
        ServerSocket accepting = listener;
        acceptor = new Thread(() -> accept(accepting), "flaky-link");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Connects hang: a listener with a backlog of one, filled, that accepts nothing. */
    public synchronized void stall() throws IOException {
        quiet();
        listener = bind(1);
        for (int i = 0; i < 4; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress("127.0.0.1", port), 200);
                fillers.add(filler);
            } catch (IOException full) {
                filler.close();
                break;
            }
        }
    }

    /** Nothing listens: every connect is refused. */
    public synchronized void refuse() {
        quiet();
    }

    private ServerSocket bind(int backlog) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress("127.0.0.1", port), backlog);
        return socket;
    }

    /** Closes the listener, the fillers and every connection through the front (with a reset). */
    private void quiet() {
        closeQuietly(listener);
        listener = null;
        if (acceptor != null) {
            // the listener's socket is closed for good only once the thread in accept() has left it
            try {
                acceptor.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            acceptor = null;
        }
        fillers.forEach(FlakyLink::closeQuietly);
        fillers.clear();
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0);
            } catch (IOException ignored) {
                // already closed
            }
            closeQuietly(s);
        }
        open.clear();
    }

    private void accept(ServerSocket accepting) {
        while (!accepting.isClosed()) {
            try {
                Socket client = accepting.accept();
                Socket api = new Socket("127.0.0.1", target);
                open.add(client);
                open.add(api);
                pipe(client, api);
                pipe(api, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ignored) {
                // cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "flaky-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    @Override
    public synchronized void close() {
        quiet();
    }
}
