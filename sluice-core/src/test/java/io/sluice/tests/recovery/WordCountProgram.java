package io.sluice.tests.recovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.sluice.Pair;
import io.sluice.streaming.PairDStream;
import io.sluice.streaming.StreamingContext;

/** RecoverableWordCount's graph (docs/EXAMPLES.md): running word counts over a directory, checkpointed each batch. */
final class WordCountProgram {

    private WordCountProgram() {
    }

    static PairDStream<String, Integer> build(StreamingContext ssc, Path in, Path checkpoints) {
        ssc.checkpoint(checkpoints.toString());
        return ssc.textFileStream(in.toString())
                .flatMap(line -> Arrays.asList(line.split(" ")))
                .filter(word -> !word.isEmpty())
                .mapToPair(word -> Pair.of(word, 1))
                .updateStateByKey((List<Integer> ones, Optional<Integer> count) ->
                        Optional.of(count.orElse(0) + ones.size()))
                .checkpoint(Duration.ofSeconds(1));
    }
}
