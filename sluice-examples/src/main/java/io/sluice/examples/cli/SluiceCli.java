package io.sluice.examples.cli;

import java.io.IOException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bin/sluice} launcher: {@code sluice demo} runs the demo, {@code sluice run <Example> [args]} runs an
 * example like spark-submit runs a class, {@code sluice produce <kind>} feeds the examples with data.
 */
@Command(name = "sluice", mixinStandardHelpOptions = true, version = "Sluice 0.1.0-SNAPSHOT",
        description = "Micro-batch stream processing in one JVM, with Spark Streaming's model.",
        subcommands = {DemoCommand.class, RunCommand.class, ProduceCommand.class, CommandLine.HelpCommand.class})
public final class SluiceCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

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
                .setExecutionExceptionHandler(SluiceCli::explain);
    }

    /** A bad option or a taken port: its message, no stack trace. Anything else: the whole trace. */
    private static int explain(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IOException || e instanceof IllegalArgumentException) {
            command.getErr().println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
            return 1;
        }
        throw e;
    }

    /** Without a command: prints the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
