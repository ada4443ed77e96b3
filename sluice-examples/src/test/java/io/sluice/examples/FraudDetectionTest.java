package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.sluice.examples.fraud.FraudReport;
import io.sluice.examples.produce.Transactions;
import io.sluice.streaming.testing.StreamingTestDriver;

class FraudDetectionTest {

    @Test
    void shouldReportExactlyTheUsersTheProducerMadeFraudulent() throws Exception {
        List<String> lines = new ArrayList<>();
        Random random = new Random(5);
        for (String name : Transactions.FIRST_NAMES) {
            for (String surname : Transactions.LAST_NAMES) {
                for (int i = 0; i < 20; i++) {
                    lines.add(Transactions.json(name, surname, random.nextDouble() * 1000, 1.5, 0));
                }
            }
        }
        for (int i = 0; i < 6; i++) {
            lines.add(Transactions.json("Joe", "Smith", 900, 0.1, 1));
            lines.add(Transactions.json("Alice", "Jones", 950, 0.2, 1));
        }
        lines.add(Transactions.json("Jill", "Darby", 10, 5, 1)); // one flagged transaction is not fraud
        int transactions = lines.size();
        lines.add("this line is not JSON");
        Collections.shuffle(lines, random);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (SocketFeed feed = new SocketFeed();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(2))) {
            FraudReport report = FraudReport.attach(
                    driver.context().socketTextStream("127.0.0.1", feed.port()),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            driver.context().start();
            feed.send(String.join("\n", lines) + "\n");
            SocketFeed.advanceUntil(driver, () -> report.transactions() >= transactions);
            assertThat(report.transactions()).isEqualTo(transactions);
            assertThat(report.fraudsters()).containsExactly("AliceJones", "JoeSmith");
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).containsPattern("\\|\\s*userID\\|flagged\\|isFraud\\|")
                .containsPattern("\\|\\s*JoeSmith\\|\\s+\\d+\\|   true\\|")
                .doesNotContain("JillDarby");
    }

    @Test
    void shouldEscapeTheControlCharactersOfASkippedLineInItsWarning() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (SocketFeed feed = new SocketFeed();
             StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(2))) {
            FraudReport report = FraudReport.attach(driver.context().socketTextStream("127.0.0.1", feed.port()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            driver.context().start();
            feed.send("\u001b[2J\u001b[31mnot a transaction\u0007\n"
                    + Transactions.json("Joe", "Smith", 1, 1, 0) + "\n");
            SocketFeed.advanceUntil(driver, () -> report.transactions() >= 1);
        } finally {
            System.setErr(stderr);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("not a transaction")
                .contains("\\u001b[2J\\u001b[31mnot a transaction\\u0007").doesNotContain("\u001b");
    }
}
