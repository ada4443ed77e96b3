package io.sluice.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The one input of every engine: a TCP server on 127.0.0.1 that sends each client ten-word lines drawn from a
 * fixed 10,000-word vocabulary, at full speed or at a set rate (changeable while it runs), optionally starting
 * each line with its send time in epoch microseconds.
 */
public final class LineGenerator implements AutoCloseable {

    /** The vocabulary size. */
    static final int VOCABULARY = 10_000;
    private static final int PREBUILT_LINES = 100_000;

    private final ServerSocket server;
    private final boolean stamped;
    private final String[] words = new String[VOCABULARY];
    private final byte[] prebuilt;
    private final int[] lineEnds = new int[PREBUILT_LINES];
    private final AtomicLong sentLines = new AtomicLong();
    private volatile double linesPerSecond;
    private volatile long rateEpoch;
    private volatile boolean closed;

    /**
     * Starts listening on a free port of 127.0.0.1.
     *
     * @param linesPerSecond the initial rate; infinite for full speed, 0 to wait
     * @param stamped whether each line starts with its send time
     * @throws IOException if it cannot listen
     */
    public LineGenerator(double linesPerSecond, boolean stamped) throws IOException {
        this.server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        this.stamped = stamped;
        this.linesPerSecond = linesPerSecond;
        Random random = new Random(42);
        for (int i = 0; i < VOCABULARY; i++) {
            words[i] = "w" + Integer.toString(random.nextInt(Integer.MAX_VALUE), 36);
        }
        StringBuilder text = new StringBuilder(PREBUILT_LINES * 80);
        for (int line = 0; line < PREBUILT_LINES; line++) {
            appendWords(text, random, 10);
            text.append('\n');
            lineEnds[line] = text.length();
        }
        this.prebuilt = text.toString().getBytes(StandardCharsets.US_ASCII);
        Thread acceptor = new Thread(this::accept, "generator-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void appendWords(StringBuilder text, Random random, int n) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(words[random.nextInt(VOCABULARY)]);
        }
    }

    /**
     * The port.
     *
     * @return the port
     */
    public int port() {
        return server.getLocalPort();
    }

    /**
     * Changes the rate of every client from now on.
     *
     * @param lines lines per second; infinite for full speed, 0 to pause
     */
    public void setRate(double lines) {
        linesPerSecond = lines;
        rateEpoch++;
    }

    /**
     * Lines sent so far to all clients.
     *
     * @return the count
     */
    public long sentLines() {
        return sentLines.get();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = server.accept();
                client.setSendBufferSize(1 << 20);
                client.setTcpNoDelay(stamped);
                Thread sender = new Thread(() -> send(client), "generator-sender");
                sender.setDaemon(true);
                sender.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void send(Socket client) {
        Random random = new Random(client.getPort());
        int cursor = 0;
        try (client; OutputStream out = client.getOutputStream()) {
            long epoch = -1;
            long start = 0;
            long sentSinceStart = 0;
            while (!closed) {
                double rate = linesPerSecond;
                if (epoch != rateEpoch) {
                    epoch = rateEpoch;
                    start = System.nanoTime();
                    sentSinceStart = 0;
                }
                long allowed = Double.isInfinite(rate) ? Long.MAX_VALUE
                        : (long) ((System.nanoTime() - start) / 1e9 * rate) - sentSinceStart;
                if (allowed <= 0) {
                    LockSupport.parkNanos(200_000);
                    continue;
                }
                int n = (int) Math.min(allowed, stamped ? 200 : 20_000);
                if (stamped) {
                    StringBuilder text = new StringBuilder(n * 90);
                    for (int i = 0; i < n; i++) {
                        Instant now = Instant.now();
                        text.append(now.getEpochSecond() * 1_000_000 + now.getNano() / 1000).append(' ');
                        appendWords(text, random, 10);
                        text.append('\n');
                    }
                    out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
                } else {
                    int lines = Math.min(n, PREBUILT_LINES - cursor);
                    int from = cursor == 0 ? 0 : lineEnds[cursor - 1];
                    out.write(prebuilt, from, lineEnds[cursor + lines - 1] - from);
                    cursor = (cursor + lines) % PREBUILT_LINES;
                    n = lines;
                }
                out.flush();
                sentSinceStart += n;
                sentLines.addAndGet(n);
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
