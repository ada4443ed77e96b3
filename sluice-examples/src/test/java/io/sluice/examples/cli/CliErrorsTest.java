package io.sluice.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected user errors end the launcher with one line on stderr, what was wrong and what to do, and a non-zero
 * exit code; the stack trace only with {@code --verbose}. Bad options and arguments are refused before anything
 * runs (before these fixes, several of them ran forever or at full speed).
 */
class CliErrorsTest {

    @TempDir
    Path dir;

    /** What one run of the launcher printed, and its exit code. */
    record Run(int code, String out, String err) {
        /** The error output, which must be one line. */
        String line() {
            assertThat(err.lines().toList()).as("stderr: %s", err).hasSize(1);
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception");
            return err.strip();
        }
    }

    /** Runs the launcher in this JVM, for at most a minute (a command that would run forever fails the test). */
    static Run launch(String... args) throws Exception {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = CompletableFuture.supplyAsync(() -> SluiceCli.commandLine()
                    .setErr(new PrintWriter(err, true)).execute(args)).get(60, TimeUnit.SECONDS);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "demo --seconds -3 --no-ui | sluice demo: --seconds must be at least 0 (0 runs until Ctrl-C), not -3",
        "demo --rate -1 --no-ui | sluice demo: --rate must be a number above 0 (transactions per second), not -1.0",
        "demo --batch 0 --no-ui | sluice demo: --batch must be at least 1 (milliseconds), not 0",
        "produce lines --port 0 --rate -5 --seconds 1 | sluice produce lines: --rate must be a number of at least 0 "
            + "(lines per second to each client; 0: full speed), not -5.0",
        "produce logs --port 0 --seconds -3 | sluice produce logs: --seconds must be at least 0 "
            + "(0 runs until Ctrl-C), not -3",
        "produce transactions --port 70000 | sluice produce transactions: --port must be from 0 to 65535 "
            + "(0: any free port), not 70000",
        "produce files --dir x --interval 0 | sluice produce files: --interval must be at least 1 (milliseconds), "
            + "not 0",
        "demo --seconds x | sluice demo: Invalid value for option '--seconds': 'x' is not a long"
    })
    void shouldRefuseABadOptionInOneLineBeforeRunning(String args, String expected) throws Exception {
        Run run = launch(args.split(" "));
        assertThat(run.code()).isEqualTo(2);
        String command = expected.substring(0, expected.indexOf(':'));
        assertThat(run.line()).startsWith(expected).endsWith("(see " + command + " --help)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NetworkWordCount localhost notaport | <port> must be a port number from 1 to 65535, not \"notaport\"",
        "FraudDetection localhost 5555 -5 | [batchMillis] must be a whole number of at least 1, not \"-5\"",
        "QueueStreamCount 0 | [seconds] must be a whole number of at least 1, not \"0\"",
        "WindowCount -2 | [seconds] must be a whole number of at least 1, not \"-2\"",
        "BadCustomers 0 | [seconds] must be a whole number of at least 1, not \"0\"",
        "HashtagWindow --seconds -1 | --seconds must be a whole number of at least 1, not \"-1\"",
        "HashtagWindow --rate -1 | --rate must be a whole number of at least 1, not \"-1\"",
        "UniqueWordCount localhost 9999 2 -1 | [runSeconds] must be a whole number of at least 1, not \"-1\"",
        "UniqueWordCount localhost 9999 0 | [batchSeconds] must be a whole number of at least 1, not \"0\"",
        "LogMonitor localhost 99999 | <port> must be a port number from 1 to 65535, not \"99999\"",
        "RecoverableWordCount in ckpt fast | <batchMillis> must be a whole number of at least 1, not \"fast\"",
        "WordCount data.txt -1 | [top] must be a whole number of at least 1, not \"-1\""
    })
    void shouldNameTheBadArgumentOfAnExample(String args, String expected) throws Exception {
        Run run = launch(("run " + args).split(" "));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.line()).isEqualTo("sluice run: " + expected);
    }

    @Test
    void shouldListTheExamplesForANameThatIsNone() throws Exception {
        Run run = launch("run", "NoSuchExample");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.line()).startsWith("sluice run: No example NoSuchExample; the examples are BadCustomers, "
                + "FraudDetection, HashtagWindow").contains("WordCount; --class runs a program of your own (see sluice run --help)");
    }

    @Test
    void shouldListTheExamplesWithTheirArgumentsInHelp() throws Exception {
        Run run = launch("run", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("--verbose");
        for (String example : RunCommand.EXAMPLES) {
            assertThat(run.out()).contains("  " + example + System.lineSeparator());
        }
    }

    @Test
    void shouldListEveryExampleThereIs() throws Exception {
        Path classes = Path.of(RunCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/sluice/examples");
        try (var files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString().replace(".class", "");
                boolean program = !name.contains("$") && hasMain(Class.forName("io.sluice.examples." + name));
                assertThat(RunCommand.example(name).isPresent()).as(name + " is listed").isEqualTo(program);
            }
        }
        for (String example : RunCommand.EXAMPLES) {
            String name = example.substring(0, example.indexOf(' '));
            assertThat(hasMain(Class.forName("io.sluice.examples." + name))).as(name).isTrue();
        }
    }

    private static boolean hasMain(Class<?> type) {
        try {
            type.getMethod("main", String[].class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @Test
    void shouldRunAnExampleNamedInAnyCase() throws Exception {
        Path text = Files.writeString(dir.resolve("in.txt"), "x y x\n");
        Run run = launch("run", "wordcount", text.toString(), "1");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("(x,2)");
    }

    @Test
    void shouldSayInOneLineThatNoCheckpointIsIntact() throws Exception {
        Path checkpoints = Files.createDirectories(dir.resolve("ckpt"));
        Files.writeString(checkpoints.resolve("checkpoint-1000"), "not a checkpoint");
        String[] args = {"RecoverableWordCount", dir.resolve("in").toString(), checkpoints.toString(), "200"};

        Run run = launch(concat("run", args));

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.line()).startsWith("sluice run: ").contains("checkpoint").contains(checkpoints.toString());

        Run verbose = launch(concat("run", concat("--verbose", args)));
        assertThat(verbose.code()).isEqualTo(1);
        assertThat(verbose.err()).contains("\tat ").endsWith(run.err());
    }

    private static String[] concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
