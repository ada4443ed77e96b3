package io.sluice.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LineGeneratorTest {

    @Test
    void shouldSendTenWordLinesFromTheVocabulary() throws Exception {
        try (LineGenerator generator = new LineGenerator(Double.POSITIVE_INFINITY, false);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), generator.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.US_ASCII))) {
            Set<String> words = new HashSet<>();
            for (int i = 0; i < 50_000; i++) {
                String[] line = in.readLine().split(" ");
                assertThat(line).hasSize(10);
                words.addAll(java.util.Arrays.asList(line));
            }
            assertThat(words.size()).isBetween(9_000, LineGenerator.VOCABULARY);
        }
    }

    @Test
    void shouldStampLinesWithTheirSendTime() throws Exception {
        try (LineGenerator generator = new LineGenerator(1000, true);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), generator.port());
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                     StandardCharsets.US_ASCII))) {
            String line = in.readLine();
            long stamp = Report.stamp(line);
            assertThat(line.split(" ")).hasSize(11);
            assertThat(Report.nowMicros() - stamp).isBetween(0L, 10_000_000L);
        }
    }
}
