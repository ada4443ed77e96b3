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
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sluice run <Example> [args]}: runs an example of {@code io.sluice.examples} by its simple name, or with
 * {@code --class} any main class, from the user's own jars given with {@code --jars}, as spark-submit runs an
 * application. The program's streaming contexts serve the web UI ({@code sluice.ui.enabled=true}, as
 * {@code spark-submit} starts Spark's UI) unless {@code -Dsluice.ui.enabled=false} says otherwise.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Runs an example (WordCount, ...) or, with --class, a main class of your own (in --jars).")
final class RunCommand implements Callable<Integer> {

    private static final String UI_ENABLED = "sluice.ui.enabled";

    @Option(names = "--class", description = "the fully qualified main class to run instead of an example")
    private String mainClass;

    @Option(names = "--jars", split = ",", paramLabel = "JAR",
            description = "jars holding your program and its libraries, comma-separated (as spark-submit --jars)")
    private List<Path> jars = new ArrayList<>();

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
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                System.err.println("No jar " + jar + ": give --jars the path of an existing jar file");
                return 2;
            }
        }
        ClassLoader launcher = getClass().getClassLoader();
        ClassLoader loader = jars.isEmpty() ? launcher
                : new URLClassLoader(jars.stream().map(RunCommand::url).toArray(URL[]::new), launcher);
        Method main;
        try {
            main = Class.forName(className, true, loader).getMethod("main", String[].class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            System.err.println("No main class " + className + " on the classpath"
                    + (jars.isEmpty() ? " (your own program's jar goes in --jars)" : " nor in " + jars));
            return 2;
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
