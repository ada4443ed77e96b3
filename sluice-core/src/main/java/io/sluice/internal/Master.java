package io.sluice.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed master URL: how many worker threads run tasks, and how many times a task may fail.
 *
 * @param threads worker threads
 * @param maxFailures attempts of a task before its job fails
 */
public record Master(int threads, int maxFailures) {

    private static final Pattern LOCAL_N = Pattern.compile("local\\[\\s*([0-9]+|\\*)\\s*]");
    private static final Pattern LOCAL_N_F = Pattern.compile("local\\[\\s*([0-9]+|\\*)\\s*,\\s*([0-9]+)\\s*]");

    /**
     * Parses {@code local}, {@code local[N]}, {@code local[*]} or {@code local[N,maxFailures]}, as Spark does.
     *
     * @param url the master URL
     * @param cores the machine's cores, for {@code *}
     * @param defaultMaxFailures attempts of a task when the URL does not say
     * @return the master
     * @throws IllegalArgumentException if the URL is none of those, or asks for no threads
     */
    public static Master parse(String url, int cores, int defaultMaxFailures) {
        String u = url.trim();
        if (u.equals("local")) {
            return new Master(1, defaultMaxFailures);
        }
        Matcher n = LOCAL_N.matcher(u);
        if (n.matches()) {
            return new Master(threads(url, n.group(1), cores), defaultMaxFailures);
        }
        Matcher nf = LOCAL_N_F.matcher(u);
        if (nf.matches()) {
            int failures = Integer.parseInt(nf.group(2));
            if (failures < 1) {
                throw new IllegalArgumentException("Master URL '" + url + "': maxFailures must be at least 1");
            }
            return new Master(threads(url, nf.group(1), cores), failures);
        }
        throw new IllegalArgumentException("Unknown master URL '" + url + "': Sluice accepts local, local[N], "
                + "local[*] and local[N,maxFailures] (a spark:// cluster needs the sluice-spark module)");
    }

    private static int threads(String url, String count, int cores) {
        if (count.equals("*")) {
            return cores;
        }
        int threads = Integer.parseInt(count);
        if (threads < 1) {
            throw new IllegalArgumentException("Master URL '" + url
                    + "' asks for no worker threads: use local[N] with N >= 1, or local[*]");
        }
        return threads;
    }
}
