package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.report.chart.ChartTheme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sweep}, {@code size} and {@code sensitivity} end to end, in-process, on a compound-Poisson
 * scenario with one step a year (fast), and {@code run --until}.
 */
class StudyCommandsTest {
    @TempDir
    Path tmp;

    Path scenario;

    @BeforeEach
    void copyScenario() throws IOException {
        scenario = tmp.resolve("cp.bsl");
        try (InputStream in = getClass().getResourceAsStream("compound-poisson.bsl")) {
            Files.copy(in, scenario);
        }
    }

    private CliRun cli(String... args) {
        return CliRun.of(args);
    }

    private String read(String dir, String file) throws IOException {
        return Files.readString(tmp.resolve(dir).resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void sweepRunsTheFileStatementsAndWritesCsvChartsAndSummary() throws Exception {
        CliRun r = cli("sweep", scenario.toString(), "--paths", "4000", "--out", tmp.resolve("s").toString());
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        List<String> lines = read("s", "sweep.csv").lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split(","));
        assertEquals(List.of("param", "value", "p_slash", "p_slash_lo", "p_slash_hi", "p_shortfall", "p_shortfall_lo",
                "p_shortfall_hi"), header.subList(0, 8), "SPEC §4 columns");
        assertTrue(header.contains("deficit_usd_var99") && !header.contains("deficit_usd_var99_lo"),
                "plain numbers have no interval columns");
        assertEquals(1 + 6 + 4, lines.size(), "one row per point of both sweeps");
        // p_shortfall never rises along the stake sweep (common random numbers)
        int col = header.indexOf("p_shortfall");
        double previous = 1;
        for (String line : lines.subList(1, 7)) {
            String[] cells = line.split(",", -1);
            assertEquals("backstop.stake", cells[0]);
            double p = Double.parseDouble(cells[col]);
            assertTrue(p <= previous, "p_shortfall rose: " + line);
            previous = p;
        }
        for (String chart : List.of("sweep-backstop.stake-p_slash", "sweep-backstop.stake-p_shortfall",
                "sweep-backstop.stake-staker_apr_mean", "sweep-backstop.stake-staker_sharpe",
                "frontier-backstop.stake", "sweep-losses.claims.rate-p_shortfall")) {
            BufferedImage png = ImageIO.read(tmp.resolve("s").resolve(chart + ".png").toFile());
            assertNotNull(png, chart + ".png is a PNG");
            // the run charts' theme, drawn at twice its size (ChartEncoder)
            assertEquals(2 * ChartTheme.WIDTH, png.getWidth());
            String svg = read("s", chart + ".svg");
            assertTrue(svg.contains("<svg") && svg.trim().endsWith("</svg>"), chart + ".svg is an SVG");
            assertTrue(svg.length() < 400_000, chart + ".svg is " + svg.length() + " characters");
        }
        String summary = read("s", "summary.md");
        assertTrue(summary.contains("## Sweep of backstop.stake"), summary);
        assertTrue(summary.contains("## Sweep of losses.claims.rate"), summary);
        assertTrue(summary.contains("(frontier-backstop.stake.png)"), summary);
        assertTrue(summary.contains("backstop sweep " + scenario + " --paths 4000 --seed 7"), summary);
        assertTrue(read("s", "sweep.json").startsWith("{\n  \"scenario\": \"Compound Poisson\""));
        assertTrue(r.out().contains("P(shortfall)"), r.out());
    }

    @Test
    void sweepPointsInParallelGiveTheSameBytes() throws Exception {
        String[] common = {"sweep", scenario.toString(), "--paths", "3000", "--param", "backstop.stake", "--from", "1M",
                "--to", "9M", "--steps", "5", "--quiet"};
        CliRun one = cli(concat(common, "--threads", "1", "--out", tmp.resolve("one").toString()));
        CliRun two = cli(concat(common, "--threads", "2", "--out", tmp.resolve("two").toString()));
        assertEquals(ExitStatus.OK, one.status(), one.toString());
        assertEquals(ExitStatus.OK, two.status(), two.toString());
        for (String f : List.of("sweep.csv", "sweep.json", "summary.md", "report.html")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        assertTrue(read("one", "summary.md").contains("--param backstop.stake --from '1M USD' --to '9M USD' --steps 5"),
                read("one", "summary.md"));
    }

    @Test
    void sweepInputErrorsExitWithStatusTwo() {
        CliRun noTo = cli("sweep", scenario.toString(), "--param", "backstop.stake", "--from", "1M", "--quiet",
                "--out", tmp.resolve("e1").toString());
        assertEquals(ExitStatus.INVALID_INPUT, noTo.status(), noTo.toString());
        CliRun typo = cli("sweep", scenario.toString(), "--param", "backstop.stak", "--from", "1M", "--to", "2M",
                "--quiet", "--out", tmp.resolve("e2").toString());
        assertEquals(ExitStatus.INVALID_INPUT, typo.status(), typo.toString());
        assertTrue(typo.err().contains("stake"), typo.err());
        CliRun badValue = cli("sweep", scenario.toString(), "--param", "backstop.max_slash", "--from", "50%", "--to",
                "150%", "--quiet", "--out", tmp.resolve("e3").toString());
        assertEquals(ExitStatus.INVALID_INPUT, badValue.status(), badValue.toString());
    }

    @Test
    void sizeReportsValueConservativeValueAndTheSpecKeys() throws Exception {
        CliRun r = cli("size", scenario.toString(), "--paths", "20000", "--out", tmp.resolve("z").toString(),
                "--json", "-");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        String json = read("z", "size.json");
        assertEquals(json, r.out(), "--json - prints the same document, and nothing else");
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  \"([a-z_]+)\":").matcher(json);
        while (m.find()) {
            keys.add(m.group(1));
        }
        assertEquals(List.of("param", "metric", "op", "target", "value", "conservative_value", "at_value", "met", "paths"),
                keys.subList(0, 9), "SPEC §4 keys first, in order");
        assertTrue(json.contains("\"met\": true"), json);
        assertTrue(json.contains("\"op\": \"<=\""), json);
        assertTrue(json.contains("\"target\": 0.01,"), json);
        double value = number(json, "value");
        double conservative = number(json, "conservative_value");
        assertTrue(conservative >= value, conservative + " < " + value);
        assertTrue(value > 5e6 && value < 12e6, "plausible stake " + value);
        assertTrue(read("z", "summary.md").contains("Smallest backstop.stake with P(shortfall) ≤ 1 %"),
                read("z", "summary.md"));
        assertNotNull(ImageIO.read(tmp.resolve("z/size-backstop.stake.png").toFile()));
    }

    @Test
    void sizeSaysClearlyWhenTheTargetIsMetNowhere() throws Exception {
        CliRun r = cli("size", scenario.toString(), "--paths", "2000", "--param", "backstop.stake", "--target",
                "p_shortfall<=0.01%", "--between", "0", "1M", "--out", tmp.resolve("n").toString());
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        String json = read("n", "size.json");
        assertTrue(json.contains("\"met\": false"), json);
        assertTrue(json.contains("\"value\": null"), json);
        assertTrue(json.contains("\"conservative_value\": null"), json);
        assertTrue(r.out().contains("NOT MET"), r.out());
        assertTrue(read("n", "summary.md").contains("**Not met**"), read("n", "summary.md"));
    }

    @Test
    void sizeWithPrecisionAddsPathsUntilTheIntervalIsNarrowEnough() throws Exception {
        CliRun r = cli("size", scenario.toString(), "--paths", "2000", "--precision", "p_shortfall ± 0.25%",
                "--out", tmp.resolve("p").toString(), "--quiet");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        String json = read("p", "size.json");
        assertTrue(json.contains("\"stop\": \"resolved\""), json);
        Matcher m = Pattern.compile("\\{\"paths\": (\\d+), \"value\": [^,]+, \"conservative_value\": [^,]+, "
                + "\"half_width\": ([0-9.Ee-]+)\\}").matcher(json);
        List<double[]> rounds = new ArrayList<>();
        while (m.find()) {
            rounds.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        assertTrue(rounds.size() >= 2, json);
        for (int i = 1; i < rounds.size(); i++) {
            assertTrue(rounds.get(i)[0] > rounds.get(i - 1)[0] && rounds.get(i)[1] < rounds.get(i - 1)[1],
                    "paths up, half-width down: " + json);
        }
        assertTrue(rounds.get(rounds.size() - 1)[1] <= 0.0025);
        assertEquals((long) rounds.get(rounds.size() - 1)[0], (long) number(json, "paths"), "paths is the last round's");
    }

    @Test
    void sizeWithATooSmallBudgetSaysSo() throws Exception {
        CliRun r = cli("size", scenario.toString(), "--paths", "2000", "--precision", "p_shortfall ± 0.01%",
                "--max-paths", "4000", "--out", tmp.resolve("b").toString());
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        assertTrue(read("b", "size.json").contains("\"stop\": \"budget\""));
        assertTrue(r.out().contains("PATH BUDGET REACHED"), r.out());
    }

    @Test
    void sensitivityWritesTableJsonAndTornado() throws Exception {
        CliRun r = cli("sensitivity", scenario.toString(), "--paths", "5000", "--by", "20%", "--out",
                tmp.resolve("t").toString());
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        List<String> csv = read("t", "sensitivity.csv").lines().toList();
        assertTrue(csv.get(0).startsWith("param,unit,base_value,metric,down_value,down_status,down_change"), csv.get(0));
        assertTrue(csv.get(1).startsWith("losses.claims.rate,") || csv.get(1).startsWith("horizon,")
                || csv.get(1).startsWith("backstop.stake,"), "largest change first: " + csv.get(1));
        String maxSlash = csv.stream().filter(l -> l.startsWith("backstop.max_slash,")).findFirst().orElseThrow();
        assertTrue(maxSlash.contains("skipped"), "max_slash 100 % cannot move up: " + maxSlash);
        assertNotNull(ImageIO.read(tmp.resolve("t/sensitivity-tornado.png").toFile()));
        assertTrue(read("t", "summary.md").contains("## Sensitivity of P(shortfall)"));
        assertTrue(read("t", "sensitivity.json").contains("\"by\": 0.2"));
    }

    /**
     * Issue 5 item 6: every study folder gets a {@code report.html} next to {@code summary.md}, on the
     * run report's page: self-contained (every chart inline, no script, the CSP), one section per
     * study, the reproduction block with the study's own command (the one {@code summary.md} shows)
     * and the SHA-256 of the scenario text shown; written through the output folder, so listed in
     * its marker.
     */
    @Test
    void everyStudyWritesASelfContainedReportHtml() throws Exception {
        List<String[]> commands = List.of(
                new String[] {"sweep", scenario.toString(), "--paths", "2000", "--param", "backstop.stake", "--from", "1M",
                        "--to", "9M", "--steps", "3", "--quiet", "--out", tmp.resolve("hs").toString()},
                new String[] {"size", scenario.toString(), "--paths", "2000", "--param", "backstop.stake", "--target",
                        "p_shortfall<=5%", "--between", "0", "20M", "--quiet", "--out", tmp.resolve("hz").toString()},
                new String[] {"sensitivity", scenario.toString(), "--paths", "2000", "--quiet", "--out",
                        tmp.resolve("ht").toString()});
        List<String> headings = List.of("Sweep of backstop.stake", "Size: smallest backstop.stake",
                "Sensitivity of P(shortfall)");
        for (int i = 0; i < commands.size(); i++) {
            String[] args = commands.get(i);
            CliRun r = cli(args);
            assertEquals(ExitStatus.OK, r.status(), r.toString());
            Path dir = Path.of(args[args.length - 1]);
            String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
            String md = Files.readString(dir.resolve("summary.md"), StandardCharsets.UTF_8);
            assertTrue(Files.readString(dir.resolve(dev.backstop.report.OutputDirectory.MARKER)).contains("\nreport.html\n"),
                    args[0] + ": report.html is in the marker");
            assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<meta http-equiv=\"Content-Security-Policy\""
                    + " content=\"default-src 'none'; img-src data:;"), args[0]);
            assertTrue(!html.contains("<script") && !Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(),
                    args[0] + ": no script, nothing from the network");
            assertTrue(html.contains("<section class=\"study\">\n<h2>" + headings.get(i)), args[0]);
            long pngs = Files.list(dir).filter(p -> p.toString().endsWith(".png")).count();
            assertEquals(pngs, html.split("<img src=\"data:image/png;base64,", -1).length - 1L,
                    args[0] + ": every chart inline");
            Matcher command = Pattern.compile("<pre id=\"command\"><code>([^<]*)</code></pre>").matcher(html);
            assertTrue(command.find(), args[0]);
            String shown = unescape(command.group(1));
            assertTrue(shown.startsWith("backstop " + args[0] + " ") && md.contains("```\n" + shown + "\n```"),
                    args[0] + ": the page's command is summary.md's: " + shown);
            Matcher text = Pattern.compile("(?s)<pre id=\"scenario-text\"><code>(.*?)</code></pre>").matcher(html);
            Matcher sha = Pattern.compile("<code id=\"scenario-sha256\">([0-9a-f]{64})</code>").matcher(html);
            assertTrue(text.find() && sha.find(), args[0]);
            String canonical = unescape(text.group(1));
            assertEquals(dev.backstop.report.Reproduction.sha256(canonical), sha.group(1), args[0]);
            assertTrue(md.contains("`" + sha.group(1) + "`"), args[0] + ": the same hash as summary.md");
        }
    }

    @Test
    void sensitivityInputErrors() {
        CliRun by = cli("sensitivity", scenario.toString(), "--by", "150%", "--out", tmp.resolve("x").toString());
        assertEquals(ExitStatus.INVALID_INPUT, by.status(), by.toString());
        CliRun metric = cli("sensitivity", scenario.toString(), "--metric", "p_shortfal", "--out", tmp.resolve("y").toString());
        assertEquals(ExitStatus.INVALID_INPUT, metric.status(), metric.toString());
        assertTrue(metric.err().contains("p_shortfall"), metric.err());
    }

    @Test
    void runUntilEqualsAPlainRunWithTheFinalPathCountBitForBit() throws Exception {
        CliRun until = cli("run", scenario.toString(), "--paths", "1000", "--until", "p_shortfall ± 0.2%",
                "--threads", "2", "--out", tmp.resolve("u").toString());
        assertEquals(ExitStatus.OK, until.status(), until.toString());
        assertTrue(until.out().contains("reached"), until.out());
        long n = (long) number(read("u", "metrics.json"), "paths");
        assertTrue(n > 1000, "1,000 paths cannot give ± 0.2 % at about 4 %: " + n);
        CliRun plain = cli("run", scenario.toString(), "--paths", Long.toString(n), "--threads", "1", "--quiet",
                "--out", tmp.resolve("plain").toString());
        assertEquals(ExitStatus.OK, plain.status(), plain.toString());
        for (String f : List.of("metrics.json", "metrics.csv", "summary.md")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("plain").resolve(f)), Files.readAllBytes(tmp.resolve("u").resolve(f)), f);
        }
    }

    @Test
    void runUntilNeedsAMetricWithAnInterval() {
        CliRun r = cli("run", scenario.toString(), "--until", "staker_sharpe ± 0.1", "--out", tmp.resolve("v").toString());
        assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
        CliRun budget = cli("run", scenario.toString(), "--max-paths", "1000", "--out", tmp.resolve("w").toString());
        assertEquals(ExitStatus.INVALID_INPUT, budget.status(), budget.toString());
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": ([0-9.Ee+-]+)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return Double.parseDouble(m.group(1));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
