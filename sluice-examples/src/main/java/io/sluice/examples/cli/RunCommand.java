package io.sluice.examples.cli;

import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sluice run <Example> [args]}: runs an example of {@code io.sluice.examples} by its simple name (in any
 * case: {@code wordcount} is {@code WordCount}), or with {@code --class} any main class, from the user's own jars
 * given with {@code --jars}, as spark-submit runs an application. {@code --help} lists the examples with their
 * arguments; a name that is no example is refused with their names. The program's streaming contexts serve the web UI
 * ({@code sluice.ui.enabled=true}, as {@code spark-submit} starts Spark's UI) unless
 * {@code -Dsluice.ui.enabled=false} says otherwise.
 */
@Command(name = "run", mixinStandardHelpOptions = true, modelTransformer = RunCommand.ListExamples.class,
        description = "Runs an example (WordCount, ...) or, with --class, a main class of your own (in --jars).")
final class RunCommand implements Callable<Integer> {

    private static final String UI_ENABLED = "sluice.ui.enabled";

    /** Every example of {@code io.sluice.examples} with its arguments, as {@code run --help} lists them. */
    static final List<String> EXAMPLES = List.of(
            "BadCustomers [seconds]",
            "FraudDetection <host> <port> [batchMillis]",
            "HashtagWindow [--seconds N] [--rate TWEETS_PER_SECOND] [--seed S]",
            "KafkaWordCount <bootstrap> <topic>",
            "LogMonitor <host> <port> [checkpointDir]",
            "NetworkWordCount <host> <port>",
            "QueueStreamCount [seconds]",
            "RecoverableWordCount <inputDir> <checkpointDir> <batchMillis>",
            "StatefulWordCount <inputDir> <checkpointDir>",
            "UniqueWordCount <host> <port> [batchSeconds] [runSeconds]",
            "WindowCount [seconds]",
            "WordCount <file-or-directory> [top]");

    @Spec
    private CommandSpec spec;

    @Option(names = "--class", description = "the fully qualified main class to run instead of an example")
    private String mainClass;

    @Option(names = "--jars", split = ",", paramLabel = "JAR",
            description = "jars holding your program and its libraries, comma-separated (as spark-submit --jars)")
    private List<Path> jars = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "ARGS",
            description = "the example's name (unless --class is given), then its arguments")
    private List<String> args = new ArrayList<>();

    /** Appends the list of examples to the command's help. */
    static final class ListExamples implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            List<String> footer = new ArrayList<>(List.of("", "Examples (docs/EXAMPLES.md):"));
            EXAMPLES.forEach(example -> footer.add("  " + example));
            command.usageMessage().footer(footer.toArray(String[]::new));
            return command;
        }
    }

    /**
     * The example of a name, in any case.
     *
     * @param name the name typed
     * @return the example's simple class name, empty if there is none of that name
     */
    static Optional<String> example(String name) {
        return EXAMPLES.stream().map(RunCommand::name).filter(example -> example.equalsIgnoreCase(name)).findFirst();
    }

    private static String name(String example) {
        return example.substring(0, example.indexOf(' '));
    }

    @Override
    public Integer call() throws Exception {
        List<String> rest = new ArrayList<>(args);
        String className = mainClass;
        if (className == null) {
            if (rest.isEmpty()) {
                throw new ParameterException(spec.commandLine(),
                        "Name an example to run, such as: sluice run WordCount data/sluice.txt");
            }
            String name = rest.remove(0);
            className = "io.sluice.examples." + example(name).orElseThrow(() -> new ParameterException(
                    spec.commandLine(), "No example " + name + "; the examples are "
                            + String.join(", ", EXAMPLES.stream().map(RunCommand::name).toList())
                            + "; --class runs a program of your own"));
        }
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                throw new ParameterException(spec.commandLine(),
                        "No jar " + jar + ": give --jars the path of an existing jar file");
            }
        }
        ClassLoader launcher = getClass().getClassLoader();
        ClassLoader loader = jars.isEmpty() ? launcher
                : new URLClassLoader(jars.stream().map(RunCommand::url).toArray(URL[]::new), launcher);
        Method main;
        try {
            main = Class.forName(className, true, loader).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new ParameterException(spec.commandLine(), "No main class " + className + " on the classpath"
                    + (jars.isEmpty() ? " (your own program's jar goes in --jars)" : " nor in " + jars));
        }
        Thread.currentThread().setContextClassLoader(loader);
        // read into the program's new SluiceConf(), as -Dsluice.ui.enabled=true would be; cleared after it
        boolean uiSet = System.getProperty(UI_ENABLED) == null;
        if (uiSet) {
            System.setProperty(UI_ENABLED, "true");
        }
        try {
            main.invoke(null, (Object) rest.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        } finally {
            if (uiSet) {
                System.clearProperty(UI_ENABLED);
            }
        }
        return 0;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a jar path: " + jar, e);
        }
    }
}
