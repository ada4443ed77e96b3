package io.sluice.examples;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.examples.internal.Args;
import io.sluice.rdd.PairRDD;

/**
 * Batch word count: the classic first Spark program, on Sluice's batch engine. Counts the words of text files and
 * prints the most frequent ones.
 *
 * <p>Usage: {@code WordCount <file-or-directory> [top]}.
 */
public final class WordCount {

    private WordCount() {
    }

    /**
     * Counts words, ignoring case and punctuation.
     *
     * @param sc the context
     * @param path files, a directory or a glob
     * @return the count of each word
     */
    public static PairRDD<String, Integer> countWords(SluiceContext sc, String path) {
        return sc.textFile(path)
                .flatMap(line -> Arrays.asList(line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")))
                .filter(word -> !word.isEmpty())
                .mapToPair(word -> Pair.of(word, 1))
                .reduceByKey(Integer::sum);
    }

    /**
     * The most frequent words, most frequent first (ties by word).
     *
     * @param counts the count of each word
     * @param n how many
     * @return the top words
     */
    public static List<Pair<String, Integer>> top(PairRDD<String, Integer> counts, int n) {
        return counts.sortBy(p -> new RankKey(p.value(), p.key()), true, 1).take(n);
    }

    /** Orders by count descending, then word ascending. */
    record RankKey(int count, String word) implements Comparable<RankKey>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compareTo(RankKey o) {
            int byCount = Integer.compare(o.count, count);
            return byCount != 0 ? byCount : word.compareTo(o.word);
        }
    }

    /**
     * Runs the word count.
     *
     * @param args the input path, and optionally how many words to print
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("Usage: WordCount <file-or-directory> [top]");
            System.exit(2);
        }
        int n = args.length > 1 ? Args.positiveInt("[top]", args[1]) : 20;
        try (SluiceContext sc = new SluiceContext(new SluiceConf().setIfMissing("sluice.master", "local[*]")
                .setIfMissing("sluice.app.name", "WordCount"))) {
            PairRDD<String, Integer> counts = countWords(sc, args[0]).cache();
            for (Pair<String, Integer> p : top(counts, n)) {
                System.out.println(p);
            }
            System.out.println(counts.count() + " distinct words, " + counts.values().fold(0, Integer::sum)
                    + " words in all");
        }
    }
}
