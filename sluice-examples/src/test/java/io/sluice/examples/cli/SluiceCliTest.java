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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class SluiceCliTest {

    @TempDir
    Path dir;

    @Test
    void shouldListItsCommandsInHelp() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new SluiceCli()).setOut(new PrintWriter(out)).execute("--help");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Usage: sluice").contains("demo").contains("run");
    }

    @Test
    void shouldGiveHelpOfEachCommand() {
        for (String command : new String[] {"demo", "run"}) {
            StringWriter out = new StringWriter();
            int code = new CommandLine(new SluiceCli()).setOut(new PrintWriter(out)).execute(command, "--help");
            assertThat(code).isZero();
            assertThat(out.toString()).contains("Usage: sluice " + command);
        }
    }

    @Test
    void shouldRunTheDemoOverTheShippedText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DemoCommand demo = new DemoCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(demo).execute("--input", "../data/sluice.txt", "--top", "5", "--master",
                "local[2]");
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(out).contains("the 5 most frequent").containsPattern("\\n  the +\\d+\\n").contains("Done in");
    }

    @Test
    void shouldRunAnExampleByName() throws IOException {
        Path text = Files.writeString(dir.resolve("in.txt"), "x y x\n");
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new SluiceCli()).execute("run", "WordCount", text.toString(), "1");
        } finally {
            System.setOut(original);
        }
        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("(x,2)").contains("2 distinct words, 3 words");
    }

    @Test
    void shouldRefuseAnUnknownExample() {
        StringWriter err = new StringWriter();
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new SluiceCli()).setErr(new PrintWriter(err)).execute("run", "NoSuchExample");
        } finally {
            System.setErr(original);
        }
        assertThat(code).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("io.sluice.examples.NoSuchExample");
    }
}
