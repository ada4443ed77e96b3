package io.sluice.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An engine's workload in a JVM of its own: launched with the orchestrator's classpath (and, for Spark, the
 * {@code --add-opens} flags Java 17 needs and {@code SPARK_LOCAL_IP=127.0.0.1}); its stdout lines are the report,
 * its stderr goes to a log file under {@code target/bench-logs}.
 */
final class ChildJvm implements AutoCloseable {

    /** Spark's own list of module openings for Java 17 (its JavaModuleOptions). */
    private static final String[] SPARK_OPENS = {"java.lang", "java.lang.invoke", "java.lang.reflect", "java.io",
        "java.net", "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic",
        "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar"};

    /** The system property holding the children's maximum heap ({@code -Xmx}), 4g unless set. */
    static final String HEAP_PROPERTY = "sluice.bench.heap";

    /** The environment variable holding more options for every child JVM, e.g. a JFR recording when profiling. */
    static final String OPTIONS_ENV = "SLUICE_BENCH_CHILD_OPTS";

    private final Process process;
    private final long launchedNanos;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, long launchedNanos) {
        this.process = process;
        this.launchedNanos = launchedNanos;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child ended
            }
        }, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Launches a child JVM.
     *
     * @param name a name for its log file
     * @param mainClass the class to run
     * @param spark whether it runs Spark (flags and environment)
     * @param args the program's arguments
     * @return the child
     * @throws IOException if it cannot start
     */
    static ChildJvm launch(String name, Class<?> mainClass, boolean spark, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + System.getProperty(HEAP_PROPERTY, "4g"));
        String options = System.getenv(OPTIONS_ENV);
        if (options != null && !options.isBlank()) {
            command.addAll(List.of(options.trim().split("\\s+")));
        }
        if (spark) {
            command.add("-XX:+IgnoreUnrecognizedVMOptions");
            command.add("-Djdk.reflect.useDirectMethodHandle=false");
            for (String pkg : SPARK_OPENS) {
                command.add("--add-opens=java.base/" + pkg + "=ALL-UNNAMED");
            }
            command.add("--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(classpath(spark));
        command.add(mainClass.getName());
        command.addAll(args);
        Path logs = Files.createDirectories(Path.of(System.getProperty("sluice.bench.logs", "target/bench-logs")));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        long launched = System.nanoTime();
        return new ChildJvm(builder.start(), launched);
    }

    /**
     * Each engine's own classpath, as its users would have it: a Sluice program has no Spark jars (and logs through
     * slf4j-simple), a Spark program has no Sluice jars besides the workload's classes.
     *
     * @param spark whether for Spark's child
     * @return the entries of this JVM's classpath that belong on that child's
     */
    static String classpath(boolean spark) {
        List<String> entries = new ArrayList<>();
        Path workloads = workloadClasses();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (onClasspath(entry, workloads, spark)) {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * Whether a classpath entry belongs on one engine's child.
     *
     * @param entry the entry
     * @param workloads the workloads' classes, which both children run
     * @param spark whether for Spark's child
     * @return whether it belongs there
     */
    static boolean onClasspath(String entry, Path workloads, boolean spark) {
        String name = Path.of(entry).getFileName().toString();
        boolean workload = Path.of(entry).toAbsolutePath().normalize().equals(workloads);
        // Sluice checkpoints with the relocated Kryo 5 (kryo5, its reflectasm, minlog and objenesis inside it);
        // Spark brings its own Kryo 4 (kryo-shaded, with minlog and objenesis), which Sluice does not need
        boolean kryo5 = name.startsWith("kryo5-");
        // the micro-benchmarks' harness
        boolean jmh = name.startsWith("jmh-core") || name.startsWith("jopt-simple")
                || name.startsWith("commons-math3");
        boolean sluiceSide = workload || name.startsWith("sluice-") || entry.contains("sluice-core")
                || name.startsWith("slf4j-api") || name.startsWith("slf4j-simple") || kryo5 || jmh;
        boolean sparkSide = !name.startsWith("slf4j-simple") && !entry.contains("sluice-core") && !kryo5;
        return spark ? sparkSide : sluiceSide;
    }

    private static Path workloadClasses() {
        try {
            return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The next line the child printed, waiting up to a timeout.
     *
     * @param timeoutMillis how long to wait
     * @return the line, or null on timeout
     * @throws InterruptedException if interrupted
     */
    String next(long timeoutMillis) throws InterruptedException {
        return lines.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Waits for a line starting with a prefix, dropping the others.
     *
     * @param prefix the prefix
     * @param timeoutMillis how long to wait
     * @return the line, or null on timeout or if the child ended
     * @throws InterruptedException if interrupted
     */
    String await(String prefix, long timeoutMillis) throws InterruptedException {
        long end = System.nanoTime() + timeoutMillis * 1_000_000;
        while (true) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            String line = next(Math.min(left, 200));
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                return null;
            }
        }
    }

    /**
     * Milliseconds since the child was launched.
     *
     * @return the elapsed time
     */
    double millisSinceLaunch() {
        return (System.nanoTime() - launchedNanos) / 1e6;
    }

    /**
     * Waits for the child to exit.
     *
     * @param timeoutMillis how long to wait
     * @return true if it exited
     * @throws InterruptedException if interrupted
     */
    boolean awaitExit(long timeoutMillis) throws InterruptedException {
        return process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * The child's peak resident memory, from /proc.
     *
     * @return kilobytes, or -1 if unknown
     */
    long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
