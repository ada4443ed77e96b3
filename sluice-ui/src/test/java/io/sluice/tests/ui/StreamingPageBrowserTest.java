package io.sluice.tests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;

import io.sluice.Pair;
import io.sluice.streaming.testing.StreamingTestDriver;
import io.sluice.streaming.testing.TestInput;
import io.sluice.tests.ui.support.Browser;
import io.sluice.tests.support.Deadline;
import io.sluice.tests.ui.support.UiDriver;

/**
 * The Streaming page in a real headless Chromium while batches run: the numbers, the batch table and the charts
 * update in place without a reload, the state table shows the keys, and a batch's page shows its failure.
 * Screenshots go to {@code target/screenshots/}.
 */
class StreamingPageBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path checkpoints;

    @Test
    void shouldUpdateTheChartsAndTableLiveAndShowABatchPage() {
        try (StreamingTestDriver driver = UiDriver.create("sluice.streaming.failurePolicy", "continue");
             Browser browser = Browser.start()) {
            driver.context().checkpoint(checkpoints.toString());
            TestInput<String> in = driver.input();
            driver.output(in.stream().mapToPair(w -> Pair.of(w, 1))
                    .updateStateByKey((List<Integer> values, Optional<Integer> state) ->
                            Optional.of(state.orElse(0) + values.size())));
            in.stream().foreachRDD((rdd, time) -> {
                if (time.milliseconds() == 2000) {
                    throw new IllegalStateException("boom in batch two");
                }
            });
            in.addBatch(List.of("a", "b"));
            in.addBatch(List.of("c"));
            in.addBatch(List.of("a"));
            for (int i = 0; i < 4; i++) {
                in.addBatch(List.of("x" + i, "y" + i));
            }
            driver.context().start();
            String url = driver.context().uiWebUrl().orElseThrow();
            driver.advanceBatches(3);
            WebDriver page = browser.driver();

            page.get(url + "/streaming/");
            awaitShown(browser, 3);
            assertThat(text(page, "state-table")).contains("updateStateByKey#0");
            assertThat(page.findElement(By.cssSelector("#state-table .state-keys")).getText()).isEqualTo("3");
            assertThat(page.findElement(By.cssSelector("#completed-table tr.failed")).getText())
                    .contains("boom in batch two");
            browser.script("window.sluiceNotReloaded = true;");

            driver.advanceBatches(4);
            awaitShown(browser, 7);
            assertThat(browser.script("return window.sluiceNotReloaded === true;")).as("no reload").isEqualTo(true);
            assertThat(page.findElement(By.id("record-count")).getText()).isEqualTo("12");
            assertThat(page.findElement(By.id("uptime")).getText()).as("on the context's manual clock")
                    .isEqualTo("7.0 s");
            assertThat(page.findElement(By.cssSelector("#state-table .state-keys")).getText()).isEqualTo("11");
            assertThat(page.findElement(By.id("timelines-title")).getText())
                    .isEqualTo("Timelines (Last 7 batches, 0 active, 7 completed)");
            assertThat(browser.script("return Chart.getChart('histogram-input-rate').data.datasets[0].data"
                    + ".reduce((a, b) => a + b, 0);")).as("every batch in the histogram").isEqualTo(7L);
            Path shot = browser.screenshot(SCREENSHOTS.resolve("streaming-page.png"));
            assertThat(shot).isNotEmptyFile();

            assertThat(Deadline.within(30, TimeUnit.SECONDS).await(() -> clickFailedBatch(page)))
                    .as("the failed batch's link, clicked").isTrue();
            assertThat(Deadline.within(30, TimeUnit.SECONDS).await(() -> showsFailedBatch(page)))
                    .as("the failed batch's page").isTrue();
            assertThat(page.findElement(By.id("input-size")).getText()).isEqualTo("1 records");
            assertThat(page.findElement(By.id("batch-status")).getText()).isEqualTo("COMPLETED");
            List<String> rows = page.findElements(By.cssSelector("#operations-table tbody tr")).stream()
                    .map(r -> r.getText()).toList();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0)).contains("foreachRDD").contains("succeeded");
            assertThat(rows.get(1)).contains("foreachRDD").contains("failed").contains("boom in batch two");
            browser.screenshot(SCREENSHOTS.resolve("batch-page.png"));
        }
        assertThat(Files.exists(SCREENSHOTS.resolve("batch-page.png"))).isTrue();
    }

    /** Clicks the failed batch's link; false if the table was re-rendered between finding the link and clicking. */
    private static boolean clickFailedBatch(WebDriver page) {
        try {
            page.findElement(By.cssSelector("#completed-table tr.failed a")).click();
            return true;
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return false;
        }
    }

    /**
     * Whether the failed batch's page is shown; false while the page is still loading or re-rendering (an element
     * found a moment before may then be gone).
     */
    private static boolean showsFailedBatch(WebDriver page) {
        try {
            return page.getCurrentUrl().endsWith("/streaming/batch/?id=2000")
                    && page.findElement(By.id("failure-reason")).getText().contains("boom in batch two");
        } catch (StaleElementReferenceException | NoSuchElementException e) {
            return false;
        }
    }

    /** Waits until the page shows {@code n} completed batches: the count, the table's rows, every chart's points. */
    private static void awaitShown(Browser browser, int n) {
        WebDriver page = browser.driver();
        boolean shown = Deadline.within(30, TimeUnit.SECONDS).await(() ->
                page.findElement(By.id("completed-count")).getText().equals(Integer.toString(n))
                        && page.findElements(By.cssSelector("#completed-table tbody tr")).size() == n
                        && Long.valueOf(n).equals(browser.script(
                                "return Math.min(...['input-rate', 'scheduling-delay', 'processing-time', "
                                        + "'total-delay'].map(k => Chart.getChart('timeline-' + k)"
                                        + ".data.datasets[0].data.length));")));
        assertThat(shown).as("the page shows %d completed batches in its count, table and charts; status: %s", n,
                page.findElement(By.id("status")).getText()).isTrue();
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText();
    }
}
