package io.sluice.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void shouldEscapeEveryControlCharacter() {
        assertThat(Printable.escape("red \u001b[31mtext\u001b[0m\r\nnext\tcol\u0007\u009b"))
                .isEqualTo("red \\u001b[31mtext\\u001b[0m\\r\\nnext\\tcol\\u0007\\u009b");
    }

    @Test
    void shouldLeavePrintableTextAsItIs() {
        String text = "Grüße, 世界 (x,1) \"quoted\" \\";
        assertThat(Printable.escape(text)).isSameAs(text);
        assertThat(Printable.escape(null)).isNull();
    }
}
