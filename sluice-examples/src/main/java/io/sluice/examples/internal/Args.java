package io.sluice.examples.internal;

/**
 * Reads the examples' command-line arguments, refusing a bad one with a message that names it and says what it
 * should be (which {@code bin/sluice run} prints as one line), instead of {@code For input string: "x"}.
 */
public final class Args {

    private Args() {
    }

    /**
     * A port to connect to.
     *
     * @param name the argument's name, such as {@code <port>}
     * @param value the argument
     * @return the port, 1 to 65535
     * @throws IllegalArgumentException if it is not one
     */
    public static int port(String name, String value) {
        long port = number(name, value, "a port number from 1 to 65535");
        if (port < 1 || port > 65535) {
            throw bad(name, value, "a port number from 1 to 65535");
        }
        return (int) port;
    }

    /**
     * A count or duration that must be at least 1.
     *
     * @param name the argument's name, such as {@code <batchMillis>}
     * @param value the argument
     * @return the number
     * @throws IllegalArgumentException if it is not a whole number of at least 1
     */
    public static long positive(String name, String value) {
        long n = number(name, value, "a whole number of at least 1");
        if (n < 1) {
            throw bad(name, value, "a whole number of at least 1");
        }
        return n;
    }

    /**
     * A count that must be at least 1 and fit an {@code int}.
     *
     * @param name the argument's name
     * @param value the argument
     * @return the number
     * @throws IllegalArgumentException if it is not a whole number from 1 to {@link Integer#MAX_VALUE}
     */
    public static int positiveInt(String name, String value) {
        long n = positive(name, value);
        if (n > Integer.MAX_VALUE) {
            throw bad(name, value, "a whole number from 1 to " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    /**
     * Any whole number, such as a random seed.
     *
     * @param name the argument's name
     * @param value the argument
     * @return the number
     * @throws IllegalArgumentException if it is not a whole number
     */
    public static long whole(String name, String value) {
        return number(name, value, "a whole number");
    }

    private static long number(String name, String value, String what) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw bad(name, value, what);
        }
    }

    private static IllegalArgumentException bad(String name, String value, String what) {
        return new IllegalArgumentException(name + " must be " + what + ", not \"" + Printable.escape(value) + "\"");
    }
}
