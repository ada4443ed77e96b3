package io.sluice.tests.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A TCP server on 127.0.0.1 for tests, like {@code nc -lk}: accepts connections and sends what the test writes to
 * every connected client. {@link #stopListening()} drops the clients and stops listening; {@link #reopen()} listens again
 * on the same port.
 */
public final class LineServer implements AutoCloseable {

    private final int port;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile Thread acceptor;

    private LineServer(int port) throws IOException {
        this.port = port;
        reopen();
    }

    /**
     * Starts a server on a free port.
     *
     * @return the server
     * @throws IOException if it cannot listen
     */
    public static LineServer start() throws IOException {
        return new LineServer(freePort());
    }

    /**
     * Starts a server on a given port.
     *
     * @param port the port
     * @return the server
     * @throws IOException if it cannot listen
     */
    public static LineServer startOn(int port) throws IOException {
        return new LineServer(port);
    }

    /**
     * Finds a port nothing listens on now.
     *
     * @return the port
     * @throws IOException if none can be found
     */
    public static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /**
     * Listens again on the same port after {@link #stopListening()}.
     *
     * @throws IOException if it cannot listen
     */
    public synchronized void reopen() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    client.setTcpNoDelay(true);
                    clients.add(client);
                } catch (IOException e) {
                    return;
                }
            }
        }, "line-server-" + port);
        t.setDaemon(true);
        t.start();
        acceptor = t;
    }

    /**
     * The port.
     *
     * @return the port
     */
    public int port() {
        return port;
    }

    /**
     * Waits until a client is connected.
     *
     * @param seconds the deadline
     * @return true if one connected in time
     */
    public boolean awaitClient(int seconds) {
        return Deadline.within(seconds, TimeUnit.SECONDS).await(() -> !clients.isEmpty());
    }

    /**
     * Sends lines, each followed by a newline, to every client.
     *
     * @param lines the lines
     * @throws IOException if sending fails
     */
    public void sendLines(List<String> lines) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        sendBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends raw bytes to every client.
     *
     * @param bytes the bytes
     * @throws IOException if sending fails
     */
    public void sendBytes(byte[] bytes) throws IOException {
        for (Socket client : clients) {
            OutputStream out = client.getOutputStream();
            out.write(bytes);
            out.flush();
        }
    }

    /** Stops the server, as {@link #stopListening()}. */
    @Override
    public void close() throws IOException {
        stopListening();
    }

    /**
     * Drops every client and stops listening, until {@link #reopen()}.
     *
     * @throws IOException if closing fails
     */
    public synchronized void stopListening() throws IOException {
        server.close();
        for (Socket client : clients) {
            client.close();
        }
        clients.clear();
        Thread t = acceptor;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
