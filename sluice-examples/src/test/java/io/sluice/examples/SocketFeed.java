package io.sluice.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import io.sluice.streaming.testing.StreamingTestDriver;

/** A TCP server for the socket examples' tests, like {@code nc -l}: serves one text to the first client. */
final class SocketFeed implements AutoCloseable {

    private final ServerSocket server;

    SocketFeed() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    /** The port to give {@code socketTextStream("127.0.0.1", port)}. */
    int port() {
        return server.getLocalPort();
    }

    /** Waits for the stream's receiver to connect, sends the text and hangs up. */
    void send(String text) throws IOException {
        try (Socket client = server.accept(); OutputStream out = client.getOutputStream()) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Advances the driver a batch at a time until {@code done} holds (the receiver stores what arrives on its own
     * thread), for at most 30 seconds; the caller then asserts what it waited for.
     */
    static void advanceUntil(StreamingTestDriver driver, BooleanSupplier done) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            driver.advanceBatches(1);
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
