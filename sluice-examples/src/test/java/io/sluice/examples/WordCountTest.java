package io.sluice.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.rdd.PairRDD;

class WordCountTest {

    @TempDir
    Path dir;

    @Test
    void shouldCountLikeAPlainJavaLoop() throws IOException {
        Path text = Path.of("../data/sluice.txt");
        Map<String, Integer> expected = new HashMap<>();
        for (String line : Files.readAllLines(text)) {
            for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
                if (!w.isEmpty()) {
                    expected.merge(w, 1, Integer::sum);
                }
            }
        }
        try (SluiceContext sc = new SluiceContext(new SluiceConf(false).setMaster("local[2]"))) {
            PairRDD<String, Integer> counts = WordCount.countWords(sc, text.toString());
            assertThat(counts.collectAsMap()).isEqualTo(expected);
            List<Pair<String, Integer>> top = WordCount.top(counts, 3);
            assertThat(top).hasSize(3);
            assertThat(top.get(0)).isEqualTo(Pair.of("the", expected.get("the")));
            assertThat(top.get(0).value()).isGreaterThanOrEqualTo(top.get(1).value());
        }
    }

    @Test
    void shouldRankByCountThenWord() throws IOException {
        Path text = Files.writeString(dir.resolve("t.txt"), "b a c b a\nd b\n");
        try (SluiceContext sc = new SluiceContext(new SluiceConf(false).setMaster("local[2]"))) {
            assertThat(WordCount.top(WordCount.countWords(sc, text.toString()), 10))
                    .containsExactly(Pair.of("b", 3), Pair.of("a", 2), Pair.of("c", 1), Pair.of("d", 1));
        }
    }
}
