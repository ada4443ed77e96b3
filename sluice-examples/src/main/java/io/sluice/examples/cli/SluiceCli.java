package io.sluice.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

import io.sluice.SluiceException;
import io.sluice.examples.internal.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code bin/sluice} launcher: {@code sluice demo} runs the demo, {@code sluice run <Example> [args]} runs an
 * example like spark-submit runs a class, {@code sluice produce <kind>} feeds the examples with data. An expected
 * error ends it with one line on stderr saying what was wrong and what to do, and a non-zero exit code: 2 for a
 * bad option or argument, 1 for a failure; {@code --verbose} adds the stack trace.
 */
@Command(name = "sluice", mixinStandardHelpOptions = true, version = "Sluice 0.1.0-SNAPSHOT",
        description = "Micro-batch stream processing in one JVM, with Spark Streaming's model.",
        subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, CommandLine.HelpCommand.class})
public final class SluiceCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "on an error, print its stack trace too (by default: one line, what went wrong)")
    private boolean verbose;

    /**
     * Runs the launcher.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The launcher's command line; everything after an example's name goes to the example, options included.
     *
     * @return the command line
     */
    static CommandLine commandLine() {
        return new CommandLine(new SluiceCli()).setStopAtPositional(true)
                .setParameterExceptionHandler(SluiceCli::refuse)
                .setExecutionExceptionHandler(SluiceCli::explain);
    }

    /** A bad option or argument: one line, and where the options are explained (exit code 2). */
    private static int refuse(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        command.getErr().println(name + ": " + Printable.escapeKeepingLines(e.getMessage()) + " (see " + name
                + " --help)");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * An expected error (a bad argument of a program, a taken port, a damaged checkpoint, a missing Kafka topic...):
     * one line, what went wrong and what to do, exit code 1; its stack trace too with {@code --verbose}. Anything
     * else is a bug: its whole trace.
     */
    private static int explain(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (!(e instanceof SluiceException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException || e instanceof IOException
                || e instanceof UncheckedIOException)) {
            throw e;
        }
        PrintWriter err = command.getErr();
        if (verbose(command)) {
            e.printStackTrace(err);
        }
        err.println(command.getCommandSpec().qualifiedName() + ": " + Printable.escapeKeepingLines(oneLine(e)));
        err.flush();
        return 1;
    }

    /** The message, and its cause's where that says more. */
    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += " (" + cause.getMessage() + ")";
        }
        return message;
    }

    private static boolean verbose(CommandLine command) {
        CommandLine root = command;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        for (ParseResult p = root.getParseResult(); p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Without a command: prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
