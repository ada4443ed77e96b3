package io.sluice.examples.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.examples.fraud.Transaction;

class ProducersTest {

    @TempDir
    Path dir;

    @Test
    void shouldServeGeneratedLinesToEveryClient() throws IOException {
        try (LineServer server = LineServer.start("127.0.0.1", 0, 0, () -> new Transactions(1.0, 1))) {
            for (int client = 0; client < 2; client++) {
                try (Socket socket = new Socket("127.0.0.1", server.port());
                     BufferedReader in = new BufferedReader(
                             new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                    for (int i = 0; i < 1000; i++) {
                        Transaction t = Transaction.parse(in.readLine()).orElseThrow();
                        assertThat(t.flagged()).isTrue();
                    }
                }
            }
            assertThat(server.linesSent()).isGreaterThanOrEqualTo(2000);
        }
    }

    @Test
    void shouldCountExactlyTheLinesTheClientGotAtFullSpeed() throws Exception {
        LineServer server = LineServer.start("127.0.0.1", 0, 0, () -> new WordLines(30, 1));
        long received = 0;
        CompletableFuture<Void> closed;
        try (Socket socket = new Socket("127.0.0.1", server.port());
             BufferedReader in = new BufferedReader(
                     new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            while (received < 50_000 && in.readLine() != null) {
                received++;
            }
            closed = CompletableFuture.runAsync(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            while (in.readLine() != null) {
                received++;
            }
        }
        closed.get(60, TimeUnit.SECONDS);
        assertThat(received).isGreaterThan(50_000);
        assertThat(server.linesSent()).isEqualTo(received);
    }

    @Test
    void shouldExplainAPortThatIsTaken() throws IOException {
        try (LineServer first = LineServer.start("127.0.0.1", 0, 0, () -> () -> "x")) {
            assertThatThrownBy(() -> LineServer.start("127.0.0.1", first.port(), 0, () -> () -> "x"))
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port()).hasMessageContaining("--port");
        }
    }

    @Test
    void shouldDrawTenWordsFromTheVocabulary() {
        WordLines lines = new WordLines(3, 7);
        Set<String> words = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String[] line = lines.get().split(" ");
            assertThat(line).hasSize(10);
            words.addAll(List.of(line));
        }
        assertThat(words).containsExactlyInAnyOrder("stream", "batch", "window");
        assertThat(new WordLines(40, 1).get()).isNotBlank();
        assertThatThrownBy(() -> new WordLines(0, 1)).hasMessageContaining("at least one word");
    }

    @Test
    void shouldFlagTheChosenShareOfTransactions() {
        Transactions none = new Transactions(0, 1);
        Transactions some = new Transactions(0.2, 1);
        int flagged = 0;
        for (int i = 0; i < 10_000; i++) {
            assertThat(Transaction.parse(none.get()).orElseThrow().flagged()).isFalse();
            flagged += Transaction.parse(some.get()).orElseThrow().flag();
        }
        assertThat(flagged).isBetween(1800, 2200);
        assertThatThrownBy(() -> new Transactions(1.5, 1)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void shouldWriteTheChosenShareOfErrorLogs() {
        LogLines logs = new LogLines(0.1, 1);
        int errors = 0;
        for (int i = 0; i < 10_000; i++) {
            String line = logs.get();
            assertThat(line).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} (INFO|WARN|ERROR) \\[.+] .+");
            errors += line.contains(" ERROR ") ? 1 : 0;
        }
        assertThat(errors).isBetween(800, 1200);
    }

    @Test
    void shouldMoveFilesOfConsecutiveNumbersIn() throws IOException {
        NumberFiles files = new NumberFiles(dir.resolve("input"), 5);
        Path first = files.writeNext();
        Path second = files.writeNext();
        assertThat(Files.readAllLines(first)).containsExactly("0", "1", "2", "3", "4");
        assertThat(Files.readAllLines(second)).containsExactly("5", "6", "7", "8", "9");
        List<Path> visible = new ArrayList<>();
        try (Stream<Path> listed = Files.list(dir.resolve("input"))) {
            listed.filter(p -> !p.getFileName().toString().startsWith(".")).forEach(visible::add);
        }
        assertThat(visible).containsExactlyInAnyOrder(first, second);
        try (Stream<Path> staged = Files.list(dir.resolve("input/.staging"))) {
            assertThat(staged).isEmpty();
        }
    }
}
