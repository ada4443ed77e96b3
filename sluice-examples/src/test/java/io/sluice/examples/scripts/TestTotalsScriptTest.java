package io.sluice.examples.scripts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scripts/test-totals.sh}, the last line of the README's test command: totals over every module's reports. */
class TestTotalsScriptTest {

    @TempDir
    Path checkout;

    @Test
    void shouldAddUpEveryModulesReportsCountingErrorsAsFailures() throws Exception {
        report("sluice-core", "io.sluice.ATest", 10, 1, 0, 2);
        report("sluice-core", "io.sluice.BTest", 4, 0, 1, 0);
        report("sluice-ui", "io.sluice.ui.CTest", 3, 0, 0, 1);
        // not a report: output files and reports outside a module's target are not counted
        Files.writeString(checkout.resolve("sluice-ui/target/surefire-reports/io.sluice.ui.CTest-output.txt"),
                "<testsuite tests=\"99\">");
        Files.writeString(checkout.resolve("TEST-stray.xml"), "<testsuite name=\"x\" tests=\"50\" failures=\"50\">");

        assertThat(totals()).isEqualTo("12 passed, 2 failed, 3 skipped");
    }

    @Test
    void shouldSayZeroWhenNoTestRan() throws Exception {
        assertThat(totals()).isEqualTo("0 passed, 0 failed, 0 skipped");
    }

    private void report(String module, String testClass, int tests, int failures, int errors, int skipped)
            throws Exception {
        Path reports = Files.createDirectories(checkout.resolve(module).resolve("target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-" + testClass + ".xml"), String.format(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<testsuite xmlns:xsi=\"x\" version=\"3.0.2\" name=\"%s\" "
                        + "time=\"0.2\" tests=\"%d\" errors=\"%d\" skipped=\"%d\" failures=\"%d\">%n</testsuite>%n",
                testClass, tests, errors, skipped, failures));
    }

    private String totals() throws Exception {
        Process process = new ProcessBuilder("bash", Path.of("..", "scripts", "test-totals.sh").toString(),
                checkout.toString()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
