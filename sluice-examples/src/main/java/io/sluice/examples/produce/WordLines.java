package io.sluice.examples.produce;

import java.util.Random;
import java.util.function.Supplier;

/** Ten-word lines drawn from a fixed vocabulary: the input of the word-count examples. */
public final class WordLines implements Supplier<String> {

    private static final String[] WORDS = {
        "stream", "batch", "window", "state", "spark", "sluice", "water", "gate", "river", "flow",
        "data", "record", "key", "value", "count", "word", "line", "socket", "file", "time",
        "slide", "reduce", "join", "map", "filter", "checkpoint", "receiver", "block", "driver", "task"};

    private final Random random;
    private final String[] vocabulary;

    /**
     * Creates a generator.
     *
     * @param vocabularySize how many distinct words (beyond 30, words are numbered: {@code stream31}, ...)
     * @param seed the random seed
     */
    public WordLines(int vocabularySize, long seed) {
        if (vocabularySize < 1) {
            throw new IllegalArgumentException("The vocabulary needs at least one word, not " + vocabularySize);
        }
        this.random = new Random(seed);
        this.vocabulary = new String[vocabularySize];
        for (int i = 0; i < vocabularySize; i++) {
            vocabulary[i] = i < WORDS.length ? WORDS[i] : WORDS[i % WORDS.length] + i;
        }
    }

    @Override
    public String get() {
        StringBuilder line = new StringBuilder(80);
        for (int i = 0; i < 10; i++) {
            line.append(i == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return line.toString();
    }
}
