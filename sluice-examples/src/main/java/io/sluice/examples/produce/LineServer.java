package io.sluice.examples.produce;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP server that sends generated lines to every client that connects, like {@code nc -lk} fed by a script: the
 * source that {@code socketTextStream} reads. Each client gets its own thread and its own generator.
 *
 * <p>A line counts as sent once it was written and flushed to the client's socket: at full speed lines go out in
 * chunks of about 64 KiB, and {@link #close()} lets each client's thread flush what it holds before disconnecting,
 * so {@link #linesSent()} after {@code close} is exactly what the clients were given.
 */
public final class LineServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LineServer.class);
    /** About how much a full-speed client is sent at once. */
    private static final int CHUNK_CHARS = 1 << 16;
    /** How long {@link #close()} waits for the clients' threads, before and after disconnecting them. */
    private static final long CLOSE_WAIT_MILLIS = 5_000;

    private final ServerSocket server;
    private final Supplier<Supplier<String>> generators;
    private final double linesPerSecond;
    private final AtomicLong sent = new AtomicLong();
    private final Map<Socket, Thread> clients = new ConcurrentHashMap<>();
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
     * How many lines all clients were sent so far: written and flushed to their sockets.
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
                Thread sender = new Thread(() -> send(client), "sluice-produce-" + client.getRemoteSocketAddress());
                sender.setDaemon(true);
                clients.put(client, sender);
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
        StringBuilder chunk = new StringBuilder(CHUNK_CHARS + 256);
        long inChunk = 0;
        try (client; Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.UTF_8)) {
            while (!closed) {
                chunk.append(lines.get()).append('\n');
                inChunk++;
                if (intervalNanos > 0 || chunk.length() >= CHUNK_CHARS) {
                    flush(chunk, out, inChunk);
                    inChunk = 0;
                }
                if (intervalNanos > 0) {
                    next += intervalNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
            }
            flush(chunk, out, inChunk);
        } catch (IOException e) {
            LOG.info("Client {} left: {}", client.getRemoteSocketAddress(), e.getMessage());
        } finally {
            clients.remove(client);
        }
    }

    /** Writes the chunk out; its lines count once the socket took them all. */
    private void flush(StringBuilder chunk, Writer out, long lineCount) throws IOException {
        out.write(chunk.toString());
        out.flush();
        chunk.setLength(0);
        sent.addAndGet(lineCount);
    }

    /**
     * Stops accepting, lets every client's thread flush the lines it holds (up to a few seconds for a client that
     * does not read), then disconnects every client. {@link #linesSent()} is final afterwards.
     *
     * @throws IOException if the server socket cannot be closed
     */
    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        awaitSenders(CLOSE_WAIT_MILLIS);
        for (Socket client : clients.keySet()) {
            client.close();
        }
        awaitSenders(CLOSE_WAIT_MILLIS);
    }

    private void awaitSenders(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        try {
            acceptor.join(millis);
            for (Thread sender : clients.values()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left > 0) {
                    sender.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
