package io.sluice.examples.fraud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void shouldDrawRowsAsSparkShowDoes() {
        assertThat(Table.show(List.of("userID", "n"), List.of(List.of("JoeSmith", "2"), List.of("AliceJones", "13"))))
                .isEqualTo("""
                        +----------+---+
                        |    userID|  n|
                        +----------+---+
                        |  JoeSmith|  2|
                        |AliceJones| 13|
                        +----------+---+
                        """);
    }

    @Test
    void shouldDrawAnEmptyTableAsAHeaderOnly() {
        assertThat(Table.show(List.of("userID"), List.of())).isEqualTo("""
                +------+
                |userID|
                +------+
                +------+
                """);
    }
}
