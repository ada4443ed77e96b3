package io.sluice.examples.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sluice run <Example> [args]}: runs an example of {@code io.sluice.examples} by its simple name, or any
 * class on the classpath with {@code --class}, as spark-submit runs a main class.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs an example (WordCount, ...) or, with --class, any main class on the classpath.")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--class", description = "the fully qualified main class to run instead of an example")
    private String mainClass;

    @Parameters(arity = "0..*", paramLabel = "ARGS",
            description = "the example's name (unless --class is given), then its arguments")
    private List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> rest = new ArrayList<>(args);
        String className = mainClass;
        if (className == null) {
            if (rest.isEmpty()) {
                System.err.println("Name an example to run, such as: sluice run WordCount data/sluice.txt");
                return 2;
            }
            className = "io.sluice.examples." + rest.remove(0);
        }
        Method main;
        try {
            main = Class.forName(className).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("No main class " + className + " on the classpath");
            return 2;
        }
        try {
            main.invoke(null, (Object) rest.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
        return 0;
    }
}
