package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestOutput;

class BadCustomersTest {

    @Test
    void shouldKeepOnlyTheTransactionsOfGoodCustomersInEveryBatch() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            PairDStream<Integer, String> transactions = PairDStream.of(driver.context()
                    .queueStream(BadCustomers.transactionQueue(driver.context().sluiceContext(), 5)));
            TestOutput<Pair<Integer, Pair<String, Boolean>>> out = driver.output(BadCustomers
                    .goodCustomerTransactions(transactions, BadCustomers.customers(driver.context().sluiceContext())));
            driver.advanceBatches(6);

            assertThat(out.batches()).hasSize(6);
            for (int batch = 1; batch <= 5; batch++) {
                List<Pair<Integer, Pair<String, Boolean>>> good = new ArrayList<>();
                for (int customer : new int[] {0, 2, 4, 6, 8}) {
                    good.add(Pair.of(customer, Pair.of("t" + batch + "-" + customer, true)));
                }
                assertThat(out.batches().get(batch - 1)).as("batch %d", batch)
                        .containsExactlyInAnyOrderElementsOf(good);
            }
            assertThat(out.batches().get(5)).isEmpty();
        }
    }

    @Test
    void shouldDropTransactionsOfUnknownCustomers() {
        try (StreamingTestDriver driver = StreamingTestDriver.create(Duration.ofSeconds(1))) {
            var input = driver.<Pair<Integer, String>>input();
            TestOutput<Pair<Integer, Pair<String, Boolean>>> out = driver.output(BadCustomers.goodCustomerTransactions(
                    PairDStream.of(input.stream()), BadCustomers.customers(driver.context().sluiceContext())));
            input.addBatch(List.of(Pair.of(42, "stranger"), Pair.of(4, "good"), Pair.of(5, "bad"), Pair.of(4, "again")));
            driver.advanceBatches(1);
            assertThat(out.batches()).containsExactly(List.of(Pair.of(4, Pair.of("good", true)),
                    Pair.of(4, Pair.of("again", true))));
        }
    }
}
