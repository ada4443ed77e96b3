package io.sluice.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import io.sluice.Pair;
import io.sluice.SluiceConf;
import io.sluice.SluiceContext;
import io.sluice.examples.WordCount;
import io.sluice.rdd.PairRDD;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sluice demo}: a word count over the text the project ships ({@code data/sluice.txt}), on the batch
 * engine. (The streaming demo replaces it when the streaming examples land.)
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Counts the words of a text file with Sluice's batch engine and prints the most frequent.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--input", description = "the text to count (default: data/sluice.txt of the project)")
    private Path input;

    @Option(names = "--top", defaultValue = "15", description = "how many words to print (default: ${DEFAULT-VALUE})")
    private int top;

    @Option(names = "--master", defaultValue = "local[*]",
            description = "where tasks run: local, local[N], local[*] (default: ${DEFAULT-VALUE})")
    private String master;

    private final PrintStream out;

    DemoCommand() {
        this(System.out);
    }

    DemoCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        Path text = input != null ? input : defaultInput();
        long start = System.nanoTime();
        try (SluiceContext sc = new SluiceContext(new SluiceConf().setMaster(master).setAppName("demo"))) {
            PairRDD<String, Integer> counts = WordCount.countWords(sc, text.toString()).cache();
            List<Pair<String, Integer>> best = WordCount.top(counts, top);
            long words = counts.values().fold(0, Integer::sum);
            out.printf("Word count of %s (%d words, %d distinct), the %d most frequent:%n", text, words,
                    counts.count(), best.size());
            for (Pair<String, Integer> p : best) {
                out.printf("  %-16s %6d%n", p.key(), p.value());
            }
            out.printf("Done in %d ms.%n", (System.nanoTime() - start) / 1_000_000);
        }
        return 0;
    }

    private static Path defaultInput() {
        String home = System.getenv().getOrDefault("SLUICE_HOME", ".");
        return Path.of(home, "data", "sluice.txt");
    }
}
