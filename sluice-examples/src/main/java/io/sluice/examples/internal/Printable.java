package io.sluice.examples.internal;

/**
 * Makes raw input safe to echo into a log or onto the console: control characters become visible escapes
 * ({@code \n}, {@code \t}, else {@code \}{@code u001b}-style), so a line read from a socket cannot recolour or clear
 * the terminal, nor forge log lines. (The engine escapes what it logs itself; this is the examples' and the
 * launcher's copy, as they use no engine internals.) Stateless, thread-safe.
 */
public final class Printable {

    private Printable() {
    }

    /**
     * The text with every control character escaped, line breaks included: one line in a log.
     *
     * @param text any text, or null
     * @return the escaped text; null for null
     */
    public static String escape(String text) {
        return text == null ? null : escape(text, false);
    }

    /**
     * The text with every control character escaped but its line breaks, for messages written over several lines.
     *
     * @param text any text, or null
     * @return the escaped text; null for null
     */
    public static String escapeKeepingLines(String text) {
        return text == null ? null : escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && keepLines) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
