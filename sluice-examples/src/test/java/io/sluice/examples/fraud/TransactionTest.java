package io.sluice.examples.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.sluice.examples.produce.Transactions;

class TransactionTest {

    @Test
    void shouldReadTheSeedProducersJsonWithQuotedNumbers() {
        assertThat(Transaction.parse(
                "{\"name\": \"Joe\", \"surname\": \"Smith\", \"amount\": \"412.07\", \"delta_t\": \"3.81\", \"flag\": 1}"))
                .contains(new Transaction("Joe", "Smith", 412.07, 3.81, 1));
    }

    @Test
    void shouldReadPlainNumbersAndBuildTheUserIdAsTheSeedDoes() {
        Transaction t = Transaction.parse("{\"name\":\"Jill\",\"surname\":\"Darby\",\"amount\":5,\"flag\":0}")
                .orElseThrow();
        assertThat(t.userId()).isEqualTo("JillDarby");
        assertThat(t.flagged()).isFalse();
        assertThat(t.amount()).isEqualTo(5.0);
    }

    @Test
    void shouldReadWhatTheProducerWrites() {
        Transactions producer = new Transactions(0.5, 3);
        for (int i = 0; i < 100; i++) {
            String line = producer.get();
            assertThat(Transaction.parse(line)).as(line).isPresent();
        }
    }

    @Test
    void shouldRefuseLinesThatAreNotTransactions() {
        assertThat(Transaction.parse("hello")).isEmpty();
        assertThat(Transaction.parse("{\"name\": \"Joe\", \"flag\": 1}")).isEmpty();
        assertThat(Transaction.parse("{\"name\": \"Joe\", \"surname\": \"Smith\"")).isEmpty();
        assertThat(Transaction.parse("")).isEmpty();
    }
}
