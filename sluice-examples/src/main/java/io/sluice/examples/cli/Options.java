package io.sluice.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks of the commands' option values that picocli's types do not make: a bad value is refused as a usage error
 * (one line, exit code 2) naming the option and what it should be, before anything starts.
 */
final class Options {

    private Options() {
    }

    /**
     * Refuses a whole number below a minimum.
     *
     * @param spec the command
     * @param option the option's name
     * @param value its value
     * @param min the least value allowed
     * @param meaning what the value means, such as {@code 0 runs until Ctrl-C}
     * @throws ParameterException if the value is below the minimum
     */
    static void atLeast(CommandSpec spec, String option, long value, long min, String meaning) {
        if (value < min) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + min + " (" + meaning
                    + "), not " + value);
        }
    }

    /**
     * Refuses a whole number out of a range.
     *
     * @param spec the command
     * @param option the option's name
     * @param value its value
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @param meaning what the value means
     * @throws ParameterException if the value is out of the range
     */
    static void between(CommandSpec spec, String option, long value, long min, long max, String meaning) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(), option + " must be from " + min + " to " + max + " ("
                    + meaning + "), not " + value);
        }
    }

    /**
     * Refuses a rate that is negative or not a number.
     *
     * @param spec the command
     * @param option the option's name
     * @param value its value
     * @param meaning what the value means, such as {@code lines per second; 0: full speed}
     * @throws ParameterException if the value is negative, NaN or infinite
     */
    static void notNegative(CommandSpec spec, String option, double value, String meaning) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new ParameterException(spec.commandLine(), option + " must be a number of at least 0 (" + meaning
                    + "), not " + value);
        }
    }

    /**
     * Refuses a rate that is not above zero.
     *
     * @param spec the command
     * @param option the option's name
     * @param value its value
     * @param meaning what the value means
     * @throws ParameterException if the value is zero, negative, NaN or infinite
     */
    static void positive(CommandSpec spec, String option, double value, String meaning) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ParameterException(spec.commandLine(), option + " must be a number above 0 (" + meaning
                    + "), not " + value);
        }
    }
}
