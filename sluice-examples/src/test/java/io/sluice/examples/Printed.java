package io.sluice.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test support: captures what {@code DStream.print()} writes to standard output and parses it back into blocks,
 * checking the format strictly. Elements are kept as printed; their order inside a batch follows the partitions
 * and, within one, the engine's hashing, so tests compare them as multisets.
 */
final class Printed {

    private static final String DASHES = "-------------------------------------------";

    private Printed() {
    }

    /**
     * Runs an action with standard output captured.
     *
     * @param action what to run, typically {@code driver.advanceBatches(n)}
     * @return everything written to standard output meanwhile
     */
    static String capture(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capturing = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capturing);
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Parses printed blocks: dashes, {@code Time: <ms> ms}, dashes, one line per element, a blank line.
     *
     * @param printed the captured output, nothing but print() blocks
     * @return the element lines of each block, by batch time in milliseconds, in printed order
     * @throws IllegalArgumentException if the text is not a sequence of well-formed blocks
     */
    static Map<Long, List<String>> blocks(String printed) {
        List<String> lines = Arrays.asList(printed.split("\n", -1));
        Map<Long, List<String>> blocks = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size() - 1) {
            if (!lines.get(i).equals(DASHES) || !lines.get(i + 1).matches("Time: \\d+ ms")
                    || !lines.get(i + 2).equals(DASHES)) {
                throw new IllegalArgumentException("No block header at line " + i + " of:\n" + printed);
            }
            long time = Long.parseLong(lines.get(i + 1).substring(6, lines.get(i + 1).length() - 3));
            List<String> elements = new ArrayList<>();
            for (i += 3; !lines.get(i).isEmpty(); i++) {
                elements.add(lines.get(i));
            }
            blocks.put(time, elements);
            i++;
        }
        if (!lines.get(lines.size() - 1).isEmpty()) {
            throw new IllegalArgumentException("Trailing text after the last block:\n" + printed);
        }
        return blocks;
    }
}
