package io.sluice.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where the user created an operator: its name and the first stack frame outside the engine, printed as
 * {@code map at WordCount.java:12}. Failures name it so the user sees which of their lines failed.
 *
 * <p>The streaming layer creates a batch's RDDs on the job generator's thread, far from the user's code; it sets
 * the call site of the DStream operator with {@link #withOverride} so the RDDs carry the user's line, and so no
 * stack is walked per batch.
 *
 * @param operator the operator's name, such as {@code map}
 * @param location {@code File.java:line} of the user's call, or {@code unknown}
 */
public record CallSite(String operator, String location) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Packages of the engine; user code (tests and examples included) lives elsewhere. */
    private static final Set<String> ENGINE_PACKAGES = Set.of("io.sluice", "io.sluice.rdd", "io.sluice.function",
            "io.sluice.streaming", "io.sluice.streaming.receiver", "io.sluice.streaming.scheduler",
            "io.sluice.streaming.testing", "io.sluice.kafka", "io.sluice.ui", "io.sluice.plan", "io.sluice.spi");
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    /**
     * Captures the call site of an operator being created now.
     *
     * @param operator the operator's name
     * @return the call site
     */
    public static CallSite capture(String operator) {
        String location = OVERRIDE.get();
        if (location == null) {
            location = WALKER.walk(frames -> frames
                    .filter(f -> !isEngineOrPlatform(f.getClassName()))
                    .findFirst()
                    .map(f -> f.getFileName() + ":" + f.getLineNumber())
                    .orElse("unknown"));
        }
        return new CallSite(operator, location);
    }

    /**
     * Runs code with a fixed user location for every operator it creates.
     *
     * @param site the location to use
     * @param body the code
     * @param <T> the result type
     * @return what the code returned
     */
    public static <T> T withOverride(CallSite site, Supplier<T> body) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(site.location());
        try {
            return body.get();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    /**
     * Returns the location set by {@link #withOverride} on this thread, if any.
     *
     * @return the location
     */
    public static Optional<String> currentOverride() {
        return Optional.ofNullable(OVERRIDE.get());
    }

    static boolean isEngineOrPlatform(String className) {
        if (className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.")) {
            return true;
        }
        String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        return ENGINE_PACKAGES.contains(pkg) || pkg.startsWith("io.sluice.") && pkg.contains("internal");
    }

    /** Returns {@code operator at location}. */
    @Override
    public String toString() {
        return operator + " at " + location;
    }
}
