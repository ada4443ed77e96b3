package io.sluice.examples.fraud;

import java.util.List;

/** Formats rows as Spark's {@code DataFrame.show()} does: a boxed table, cells right-aligned. */
public final class Table {

    private Table() {
    }

    /**
     * The table's text, ending with a newline.
     *
     * @param header the column names
     * @param rows the rows, each as many cells as the header
     * @return the text
     */
    public static String show(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(3, header.get(c).length());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder border = new StringBuilder("+");
        for (int width : widths) {
            border.append("-".repeat(width)).append('+');
        }
        border.append('\n');
        StringBuilder text = new StringBuilder(border);
        appendRow(text, header, widths);
        text.append(border);
        for (List<String> row : rows) {
            appendRow(text, row, widths);
        }
        return text.append(border).toString();
    }

    private static void appendRow(StringBuilder text, List<String> cells, int[] widths) {
        text.append('|');
        for (int c = 0; c < widths.length; c++) {
            text.append(" ".repeat(widths[c] - cells.get(c).length())).append(cells.get(c)).append('|');
        }
        text.append('\n');
    }
}
