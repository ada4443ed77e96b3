package io.sluice.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;

/**
 * W6, the ceiling: a plain single-threaded Java loop that reads the generator's socket into a HashMap of word
 * counts, with no framework. {@code PlainJavaCeiling <port> <seconds> <warmupSeconds>} prints {@code CEILING <words/s>}.
 */
public final class PlainJavaCeiling {

    private PlainJavaCeiling() {
    }

    /**
     * Runs the loop.
     *
     * @param args the generator's port, the seconds to measure and the seconds of unmeasured warm-up before
     * @throws Exception if reading fails
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long seconds = Long.parseLong(args[1]);
        long warmupSeconds = Long.parseLong(args[2]);
        HashMap<String, Integer> counts = new HashMap<>();
        long words = 0;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.UTF_8), 1 << 20)) {
            long warmupEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
            long end = warmupEnd + seconds * 1_000_000_000L;
            long measuredWords = 0;
            long measuring = -1;
            String line;
            while ((line = in.readLine()) != null) {
                for (String word : line.split(" ")) {
                    counts.merge(word, 1, Integer::sum);
                    words++;
                }
                if ((words & 0xFFF) < 10) {
                    long now = System.nanoTime();
                    if (measuring < 0 && now >= warmupEnd) {
                        measuring = now;
                        measuredWords = words;
                    } else if (measuring >= 0 && now >= end) {
                        Report.line("CEILING " + (long) ((words - measuredWords) / ((now - measuring) / 1e9)));
                        System.exit(0);
                    }
                }
            }
        }
        Report.line("CEILING -1 (the generator closed the connection, " + counts.size() + " words)");
    }
}
