package io.sluice.tests.support;

/** The caller's source line, so tests of call sites do not hard-code line numbers. */
public final class SourceLines {

    private SourceLines() {
    }

    /**
     * Returns the line of the code that calls this method.
     *
     * @return the line number
     */
    public static int here() {
        return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst().orElseThrow()).getLineNumber();
    }
}
