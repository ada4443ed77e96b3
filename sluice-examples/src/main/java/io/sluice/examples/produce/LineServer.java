package io.sluice.examples.produce;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP server that sends generated lines to every client that connects, like {@code nc -lk} fed by a script: the
 * source that {@code socketTextStream} reads. Each client gets its own thread and its own generator.
 */
public final class LineServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LineServer.class);

    private final ServerSocket server;
    private final Supplier<Supplier<String>> generators;
    private final double linesPerSecond;
    private final AtomicLong sent = new AtomicLong();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private LineServer(ServerSocket server, Supplier<Supplier<String>> generators, double linesPerSecond) {
        this.server = server;
        this.generators = generators;
        this.linesPerSecond = linesPerSecond;
        this.acceptor = new Thread(this::acceptLoop, "sluice-produce-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
    }

    /**
     * Starts a server.
     *
     * @param host the address to listen on ({@code 127.0.0.1}, or {@code 0.0.0.0} for every interface)
     * @param port the port, or 0 for a free one
     * @param linesPerSecond the rate per client; 0 or less sends at full speed
     * @param generators makes one line generator per client
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static LineServer start(String host, int port, double linesPerSecond,
                                   Supplier<Supplier<String>> generators) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        try {
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another --port", e);
        }
        LineServer server = new LineServer(socket, generators, linesPerSecond);
        server.acceptor.start();
        return server;
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * How many lines all clients were sent so far.
     *
     * @return the count
     */
    public long linesSent() {
        return sent.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                clients.add(client);
                Thread sender = new Thread(() -> send(client), "sluice-produce-" + client.getRemoteSocketAddress());
                sender.setDaemon(true);
                sender.start();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Accepting a client failed: {}", e.getMessage());
                }
            }
        }
    }

    private void send(Socket client) {
        LOG.info("Sending lines to {}", client.getRemoteSocketAddress());
        Supplier<String> lines = generators.get();
        long intervalNanos = linesPerSecond > 0 ? (long) (1e9 / linesPerSecond) : 0;
        long next = System.nanoTime();
        try (client; Writer out = new BufferedWriter(
                new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
            while (!closed) {
                out.write(lines.get());
                out.write('\n');
                sent.incrementAndGet();
                if (intervalNanos > 0) {
                    out.flush();
                    next += intervalNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
            }
        } catch (IOException e) {
            LOG.info("Client {} left: {}", client.getRemoteSocketAddress(), e.getMessage());
        } finally {
            clients.remove(client);
        }
    }

    /** Stops accepting and disconnects every client. */
    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        for (Socket client : clients) {
            client.close();
        }
    }
}
