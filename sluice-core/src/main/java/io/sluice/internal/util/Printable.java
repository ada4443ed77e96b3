package io.sluice.internal.util;

/**
 * Makes text that came from outside (input records, the messages of a user function's exceptions, which often quote
 * their input) safe to write to a log or a terminal: every control character becomes a visible escape
 * ({@code \n}, {@code \r}, {@code \t}, else {@code \}{@code u001b}-style), so an input line cannot recolour, move
 * the cursor of or clear the terminal that shows the log, nor forge a log line of its own. Stateless, thread-safe.
 */
public final class Printable {

    private Printable() {
    }

    /**
     * The text with its control characters escaped.
     *
     * @param text any text, or null
     * @return the text if it has no control character (the same instance), else its escaped copy; null for null
     */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * The text of an exception, {@link Throwable#toString()} with its control characters escaped.
     *
     * @param thrown the exception
     * @return its class and escaped message
     */
    public static String describe(Throwable thrown) {
        return escape(thrown.toString());
    }
}
