package io.sluice.tests.recovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/**
 * StatefulWordCount's graph (docs/EXAMPLES.md): running counts of the numbers read from a directory by last digit,
 * checkpointed each batch. Same operator kinds and ids as {@link WordCountProgram}, another program.
 */
final class DigitCountProgram {

    private DigitCountProgram() {
    }

    static PairDStream<Integer, Integer> build(StreamingContext ssc, Path in, Path checkpoints) {
        ssc.checkpoint(checkpoints.toString());
        return ssc.textFileStream(in.toString())
                .map(String::trim)
                .filter(line -> line.matches("-?\\d{1,18}"))
                .mapToPair(line -> Pair.of((int) (Long.parseLong(line) % 10), 1))
                .updateStateByKey((List<Integer> ones, Optional<Integer> count) ->
                        Optional.of(count.orElse(0) + ones.size()))
                .checkpoint(Duration.ofSeconds(1));
    }
}
