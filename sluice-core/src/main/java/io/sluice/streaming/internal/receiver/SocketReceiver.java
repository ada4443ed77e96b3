package io.sluice.streaming.internal.receiver;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.List;

import io.sluice.StorageLevel;
import io.sluice.function.Function;
import io.sluice.internal.io.LineChunk;
import io.sluice.internal.io.LineChunkReader;
import io.sluice.streaming.internal.StreamingConfig;
import io.sluice.streaming.receiver.Receiver;

/**
 * socketTextStream and socketStream: connects to a TCP server and stores what it sends — UTF-8 lines, stored as
 * chunks of undecoded lines (one hand-off per chunk, not per line; the batch's tasks decode them), or the records a
 * user's converter reads from the socket's stream.
 *
 * <p>A server that is absent, closes the connection or fails makes the receiver restart after the restart delay:
 * it keeps trying for as long as the context runs. A line whose end has not arrived waits for it; bytes that are
 * not UTF-8 become U+FFFD. A line longer than the cap is dropped, without being held in memory, and reported
 * ({@link #reportError}: a WARN line and {@code onReceiverError}) with its offset in the stream and its length.
 *
 * @param <T> the record type
 */
public final class SocketReceiver<T> extends Receiver<T> {

    private static final long serialVersionUID = 1L;

    private final String host;
    private final int port;
    private final transient Function<InputStream, Iterable<T>> converter;
    private final int maxLineBytes;
    private transient volatile Socket socket;

    /**
     * Creates a receiver of lines ({@code T} is {@code String}) or, with a converter, of any records.
     *
     * @param host the server's host
     * @param port the server's port
     * @param converter reads records from the socket's stream, or null for UTF-8 lines
     * @param level the storage level
     * @param maxLineBytes the longest line kept, in bytes, without a converter
     */
    public SocketReceiver(String host, int port, Function<InputStream, Iterable<T>> converter, StorageLevel level,
                          int maxLineBytes) {
        super(level);
        this.host = host;
        this.port = port;
        this.converter = converter;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void onStart() {
        Thread reader = new Thread(this::receive, "sluice-socket-receiver-" + host + ":" + port);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void onStop() {
        Socket s = socket;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing to unblock the reading thread
            }
        }
    }

    private void receive() {
        Socket s = new Socket();
        socket = s;
        try {
            s.setReceiveBufferSize(1 << 20);
            s.connect(new InetSocketAddress(host, port), 10_000);
        } catch (ConnectException e) {
            close(s);
            restart("cannot connect to " + host + ":" + port + " (connection refused)");
            return;
        } catch (UnknownHostException e) {
            close(s);
            restart("cannot connect to " + host + ":" + port + " (unknown host)");
            return;
        } catch (IOException e) {
            close(s);
            restart("cannot connect to " + host + ":" + port + " (" + e.getMessage() + ")", e);
            return;
        }
        try (s; InputStream in = s.getInputStream()) {
            if (converter == null) {
                receiveLines(in);
            } else {
                for (T record : converter.call(in)) {
                    if (isStopped()) {
                        return;
                    }
                    store(record);
                }
            }
            if (!isStopped()) {
                restart("Socket data stream had no more data from " + host + ":" + port);
            }
        } catch (Exception e) {
            if (!isStopped()) {
                restart("Error receiving data from " + host + ":" + port + ": " + e.getMessage(), e);
            }
        }
    }

    /** Stores lines a chunk at a time, undecoded; the block keeps each chunk as it is. */
    @SuppressWarnings("unchecked")
    private void receiveLines(InputStream in) throws IOException {
        LineChunkReader reader = new LineChunkReader(in, LineChunkReader.DEFAULT_CHUNK_BYTES, maxLineBytes,
                (start, length) -> reportError("dropped a line of " + length + " bytes starting at byte " + start
                        + " of the stream from " + host + ":" + port + ": longer than "
                        + StreamingConfig.SOCKET_MAX_LINE_BYTES.key() + " (" + maxLineBytes + ")", null));
        for (LineChunk lines = reader.next(); lines != null && !isStopped(); lines = reader.next()) {
            store((List<T>) (List<?>) lines);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
