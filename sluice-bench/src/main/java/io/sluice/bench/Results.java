package io.sluice.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Turns the runs of one measure into its {@code RESULT} line: each side's median over the runs that gave a figure,
 * the median of the per-run ratios with their spread (min–max) when there were several runs, and {@code failed}
 * with the reasons, and no ratio, when no run gave both figures. A ratio is printed only for two real figures, so a
 * RESULT line never shows Infinity or NaN.
 */
final class Results {

    private Results() {
    }

    /**
     * The RESULT line of a measure.
     *
     * @param runs the measure as each run gave it (same name, unit and sides), at least one
     * @return the line
     */
    static String line(List<Measure> runs) {
        Measure first = runs.get(0);
        StringBuilder line = new StringBuilder("RESULT ").append(first.name());
        line.append(' ').append(first.labels()[0]).append('=').append(median(runs, true));
        if (first.other() != null) {
            line.append(' ').append(first.labels()[1]).append('=').append(median(runs, false));
            List<Double> ratios = new ArrayList<>();
            for (Measure run : runs) {
                if (!Double.isNaN(run.ratio())) {
                    ratios.add(run.ratio());
                }
            }
            Collections.sort(ratios);
            if (!ratios.isEmpty()) {
                line.append(String.format(Locale.ROOT, " ratio=%.2f", median(ratios)));
                if (runs.size() > 1) {
                    line.append(String.format(Locale.ROOT, " spread=%.2f-%.2f runs=%d/%d", ratios.get(0),
                            ratios.get(ratios.size() - 1), ratios.size(), runs.size()));
                }
            }
        }
        line.append(" unit=").append(first.unit());
        List<String> failures = failures(runs);
        if (!failures.isEmpty()) {
            line.append(" failed=\"").append(String.join("; ", failures)).append('"');
        }
        return line.toString();
    }

    private static String median(List<Measure> runs, boolean sluice) {
        List<Double> values = new ArrayList<>();
        for (Measure run : runs) {
            Figure f = sluice ? run.sluice() : run.other();
            if (f.ok()) {
                values.add(f.value());
            }
        }
        if (values.isEmpty()) {
            return "failed";
        }
        Collections.sort(values);
        return format(median(values));
    }

    private static List<String> failures(List<Measure> runs) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            Measure run = runs.get(i);
            String prefix = runs.size() > 1 ? "run " + (i + 1) + " " : "";
            if (!run.sluice().ok()) {
                failures.add(prefix + run.labels()[0] + ": " + run.sluice().failure());
            }
            if (run.other() != null && !run.other().ok()) {
                failures.add(prefix + run.labels()[1] + ": " + run.other().failure());
            }
        }
        return failures;
    }

    /** The median of sorted values. */
    static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A figure as the RESULT line prints it: whole numbers without decimals, others with two. */
    static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
