package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backstop.lang.BundledScenarios;
import dev.backstop.report.Reproduction;
import dev.backstop.report.chart.RunCharts;
import dev.backstop.report.study.SweepOutputs;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * {@code report.html} in a real browser (issues 4 and 5): Debian's headless Chromium opens the page
 * that {@code backstop run} wrote, and the one {@code backstop sweep} wrote, from disk, for a
 * scenario whose name and loss label are HTML and script. The tests fail if any image did not
 * render, if the console shows an error, or if the page ran any script (an alert, or a sentinel
 * global set); they save full-page screenshots as {@code target/report-screenshot.png} and {@code
 * target/sweep-report-screenshot.png}.
 *
 * <p>Selenium is pointed at {@value #CHROMEDRIVER} and {@value #CHROMIUM}, so it never tries to
 * download a driver. Where {@code CI} is set the test must run: a missing Chromium fails it (with
 * what to install); elsewhere it is skipped when Chromium is not installed.
 */
class ReportBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String HOSTILE_NAME = "<script>alert(1)</script>";
    static final String HOSTILE_LABEL = "</pre><img src=x onerror=\"window.__backstopXss=1\"><script>window.__backstopXss=2</script>";
    static final Path TARGET = Path.of("target").toAbsolutePath();

    @Test
    void reportRendersInChromiumAndRunsNoScenarioScript() throws Exception {
        requireChromium();
        Path work = Files.createDirectories(TARGET.resolve("browser-report"));
        Path scenario = hostileScenario(work);
        Path out = work.resolve("out");
        CliRun run = CliRun.of("run", scenario.toString(), "--paths", "3000", "--out", out.toString(), "--force", "--quiet");
        assertEquals(ExitStatus.OK, run.status(), run.toString());

        checkInChromium(out.resolve("report.html"), RunCharts.NAMES.size(), "report-screenshot.png", js -> {
            String keyFigures = (String) js.executeScript("return document.getElementById('key-figures').innerText");
            assertTrue(keyFigures.matches("(?s).*In [0-9.]+ % of simulated years \\(95 % interval [0-9.]+ – [0-9.]+ %\\)"
                    + " stakers are slashed at least once\\..*"), keyFigures);
        });
    }

    /**
     * A study's page (issue 5 item 6) in the same browser, checked the same way: a sweep of the stake
     * of the same hostile scenario, whose page holds the frontier and the four curves.
     */
    @Test
    void sweepReportRendersInChromiumAndRunsNoScenarioScript() throws Exception {
        requireChromium();
        Path work = Files.createDirectories(TARGET.resolve("browser-sweep-report"));
        Path scenario = hostileScenario(work);
        Path out = work.resolve("out");
        CliRun run = CliRun.of("sweep", scenario.toString(), "--paths", "2000", "--param", "backstop.stake", "--from", "1M",
                "--to", "12M", "--steps", "4", "--out", out.toString(), "--force", "--quiet");
        assertEquals(ExitStatus.OK, run.status(), run.toString());

        checkInChromium(out.resolve("report.html"), 1 + SweepOutputs.CHARTED.size(), "sweep-report-screenshot.png", js -> {
            assertEquals("Sweep of backstop.stake",
                    js.executeScript("return document.querySelector('section.study h2').textContent"));
            String command = (String) js.executeScript("return document.getElementById('command').textContent");
            assertTrue(command.startsWith("backstop sweep ") && command.endsWith(
                    " --paths 2000 --seed 42 --param backstop.stake --from '1M AAVE' --to '12M AAVE' --steps 4"), command);
        });
    }

    /** The bundled default scenario, with a name and a loss label that are HTML and script, as a file in {@code dir}. */
    private static Path hostileScenario(Path dir) throws java.io.IOException {
        Path scenario = dir.resolve("hostile.bsl");
        String text = BundledScenarios.text(BundledScenarios.DEFAULT).orElseThrow()
                .replace("scenario \"Lending protocol, native-token backstop\"", "scenario \"" + HOSTILE_NAME + "\"")
                .replace("label \"Liquidation bad debt\"", "label \"" + HOSTILE_LABEL.replace("\"", "\\\"") + "\"");
        assertTrue(text.contains(HOSTILE_NAME), "the bundled scenario's name changed; update this test");
        Files.writeString(scenario, text, StandardCharsets.UTF_8);
        return scenario;
    }

    /**
     * Opens a page from disk in headless Chromium and checks what every Backstop page must hold: no
     * alert, no script element, no script from the scenario run; the hostile name and scenario text
     * shown as text, with the SHA-256 of the text shown; {@code images} images, each rendered; every
     * inline SVG rendered; no console warning or error. Then {@code more}, and a screenshot of the whole
     * page as {@code target/SCREENSHOT}.
     */
    private static void checkInChromium(Path page, int images, String screenshot, Consumer<JavascriptExecutor> more)
            throws Exception {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        Path profile = Files.createTempDirectory("backstop-chromium-");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1100,900", "--hide-scrollbars");
        // An alert must stay open for the test to see it, not be dismissed behind its back.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.get(page.toUri().toString());

            try {
                String alert = driver.switchTo().alert().getText();
                fail("the page opened an alert: " + alert);
            } catch (NoAlertPresentException expected) {
                // no script ran an alert
            }
            JavascriptExecutor js = driver;
            assertEquals("complete", js.executeScript("return document.readyState"));
            assertEquals(null, js.executeScript("return window.__backstopXss === undefined ? null : String(window.__backstopXss)"),
                    "a script from the scenario ran");
            assertEquals(0L, js.executeScript("return document.scripts.length"), "the page holds a <script> element");
            // the hostile strings are shown as text
            assertEquals(HOSTILE_NAME, js.executeScript("return document.getElementById('scenario-name').textContent"));
            String shown = (String) js.executeScript("return document.getElementById('scenario-text').textContent");
            assertTrue(shown.contains(HOSTILE_LABEL.replace("\"", "\\\"")), shown);
            assertEquals(Reproduction.sha256(shown),
                    js.executeScript("return document.getElementById('scenario-sha256').textContent"),
                    "the SHA-256 shown is that of the scenario text shown");

            @SuppressWarnings("unchecked")
            List<Map<String, Object>> shownImages = (List<Map<String, Object>>) js.executeScript(
                    "return Array.from(document.images).map(i => ({alt: i.alt, complete: i.complete,"
                            + " w: i.naturalWidth, h: i.naturalHeight, shown: i.getBoundingClientRect().width}))");
            assertEquals(images, shownImages.size(), "one <img> per chart");
            for (Map<String, Object> img : shownImages) {
                assertTrue((Boolean) img.get("complete") && ((Number) img.get("w")).intValue() > 0
                        && ((Number) img.get("h")).intValue() > 0 && ((Number) img.get("shown")).doubleValue() > 100,
                        "image did not render: " + img);
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> svgs = (List<Map<String, Object>>) js.executeScript(
                    "return Array.from(document.querySelectorAll('svg')).map(s => ({w: s.getBoundingClientRect().width,"
                            + " h: s.getBoundingClientRect().height}))");
            for (Map<String, Object> svg : svgs) {
                assertTrue(((Number) svg.get("w")).doubleValue() > 0 && ((Number) svg.get("h")).doubleValue() > 0,
                        "inline SVG did not render: " + svg);
            }
            more.accept(js);

            List<String> errors = new ArrayList<>();
            for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
                if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(e.getLevel() + " " + e.getMessage());
                }
            }
            assertTrue(errors.isEmpty(), "the browser console shows problems: " + errors);

            // A screenshot of the whole page for people to look at (the viewport alone would cut it).
            Number height = (Number) js.executeScript("return document.documentElement.scrollHeight");
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", 1100, "height", height.intValue(), "scale", 1)));
            Files.write(TARGET.resolve(screenshot), Base64.getDecoder().decode((String) shot.get("data")));
        } finally {
            driver.quit();
            deleteRecursively(profile);
        }
    }

    /** Skips where Chromium is simply not installed; where CI is set, fails with what to install. */
    private static void requireChromium() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!present && System.getenv("CI") != null) {
            fail("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: the browser test must run in CI."
                    + " Install them with: apt-get update && apt-get install -y chromium chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                + "); skipping the browser test. apt-get install -y chromium chromium-driver to run it");
    }

    private static void deleteRecursively(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary profile left behind is harmless
        }
    }
}
