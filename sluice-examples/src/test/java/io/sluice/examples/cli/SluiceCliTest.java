package io.sluice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sluice.SluiceConf;
import picocli.CommandLine;

class SluiceCliTest {

    @TempDir
    Path dir;

    @Test
    void shouldListItsCommandsInHelp() {
        StringWriter out = new StringWriter();
        int code = SluiceCli.commandLine().setOut(new PrintWriter(out)).execute("--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: sluice").contains("demo").contains("run").contains("produce");
    }

    @Test
    void shouldGiveHelpOfEachCommand() {
        for (String command : new String[] {"demo", "run", "produce", "produce lines", "produce transactions",
            "produce logs", "produce files", "produce kafka"}) {
            StringWriter out = new StringWriter();
            String[] args = (command + " --help").split(" ");
            int code = SluiceCli.commandLine().setOut(new PrintWriter(out)).execute(args);
            assertThat(code).isZero();
            assertThat(out.toString()).contains("Usage: sluice " + command);
        }
    }

    @Test
    void shouldRunTheFraudDemoForFiveSecondsAndSumItUp() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoCommand demo = new DemoCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(demo).execute("--seconds", "5");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out).contains("Sluice demo: FraudDetection (seed 000)")
                .containsPattern("Batch [\\d:.]+: [1-9]\\d* transactions, \\d+ flagged, \\d+ suspicious users")
                .contains("|flagged|isFraud|")
                .containsPattern("Demo done in [\\d.]+ s: [1-9]\\d* batches, [1-9]\\d* transactions, \\d+ fraud alerts");
    }

    @Test
    void shouldWriteNumberFilesForTheGivenTime() throws IOException {
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code;
        try {
            code = SluiceCli.commandLine().execute("produce", "files", "--dir", dir.resolve("in").toString(),
                    "--batch-size", "3", "--interval", "100", "--seconds", "1");
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        List<String> numbers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir.resolve("in"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                numbers.addAll(Files.readAllLines(file));
            }
        }
        assertThat(numbers).hasSizeGreaterThanOrEqualTo(3 * 5).hasSize(numbers.size() / 3 * 3);
        assertThat(numbers.stream().map(Integer::parseInt).sorted().toList())
                .isEqualTo(IntStream.range(0, numbers.size()).boxed().toList());
    }

    @Test
    void shouldRunAnExampleByName() throws IOException {
        Path text = Files.writeString(dir.resolve("in.txt"), "x y x\n");
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = SluiceCli.commandLine().execute("run", "WordCount", text.toString(), "1");
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("(x,2)").contains("2 distinct words, 3 words");
    }

    /** A main class for {@code run --class}: remembers its arguments and whether the web UI is on. */
    public static final class RecordingMain {
        static volatile List<String> args;
        static volatile String uiEnabled;

        /**
         * Records the arguments.
         *
         * @param args the arguments
         */
        public static void main(String[] args) {
            RecordingMain.args = List.of(args);
            RecordingMain.uiEnabled = new SluiceConf().get("sluice.ui.enabled", "unset");
        }
    }

    @Test
    void shouldPassEveryArgumentAfterTheClassToIt() {
        int code = SluiceCli.commandLine().execute("run", "--class", RecordingMain.class.getName(), "in", "--seconds",
                "3", "--help");
        assertThat(code).isZero();
        assertThat(RecordingMain.args).containsExactly("in", "--seconds", "3", "--help");
    }

    @Test
    void shouldTurnTheWebUiOnForTheProgramItRuns() {
        int code = SluiceCli.commandLine().execute("run", "--class", RecordingMain.class.getName());
        assertThat(code).isZero();
        assertThat(RecordingMain.uiEnabled).isEqualTo("true");
        assertThat(System.getProperty("sluice.ui.enabled")).as("cleared after the program").isNull();
        assertThat(new SluiceConf().get("sluice.ui.enabled", "unset")).isEqualTo("unset");
    }

    @Test
    void shouldExplainABadOptionInOneLine() {
        StringWriter err = new StringWriter();
        int code = SluiceCli.commandLine().setErr(new PrintWriter(err, true))
                .execute("produce", "transactions", "--port", "0", "--fraud-ratio", "2", "--seconds", "1");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("sluice produce transactions: The fraud ratio is a share between 0 and 1, "
                + "not 2.0" + System.lineSeparator());
    }

    @Test
    void shouldRunAMainClassFromTheUsersOwnJar() throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/app"));
        Files.writeString(src.resolve("Hello.java"), """
                package app;
                public class Hello {
                    public static void main(String[] args) {
                        System.setProperty("sluice.test.hello", String.join(",", args));
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.resolve("Hello.java").toString())).isZero();
        Path jar = dir.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("app/Hello.class"));
            out.write(Files.readAllBytes(classes.resolve("app/Hello.class")));
        }

        int code = SluiceCli.commandLine().execute("run", "--jars", jar.toString(), "--class", "app.Hello", "a", "b");

        assertThat(code).isZero();
        assertThat(System.getProperty("sluice.test.hello")).isEqualTo("a,b");
    }
}
