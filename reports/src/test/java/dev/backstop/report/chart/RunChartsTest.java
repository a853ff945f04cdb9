package dev.backstop.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.result.SimulationResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The charts of a run, checked by structure (STYLE 9), not by pixels: each is a valid PNG (at twice
 * the theme's size) and a valid SVG of the theme's size, carries its title and axis titles with units, and, when there is
 * nothing to draw (no slash, no shortfall, no loss), says so. The PNGs are also left in
 * {@code target/chart-preview/} for people to look at.
 */
class RunChartsTest {

    private static Map<String, RenderedChart> byName(SimulationResult r) {
        return RunCharts.of(r).stream().collect(Collectors.toMap(RenderedChart::name, Function.identity()));
    }

    @Test
    void everyChartIsAValidPngAndSvgWithItsTitleAndAxisUnits() throws Exception {
        List<RenderedChart> charts = RunCharts.of(Runs.lendingNative(5_000));
        assertEquals(RunCharts.NAMES, charts.stream().map(RenderedChart::name).toList());
        Path preview = Files.createDirectories(Path.of("target/chart-preview"));
        for (RenderedChart c : charts) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(c.png()));
            assertNotNull(img, c.name() + ".png is not a PNG");
            // drawn at twice the theme's size, sharp on high-density screens and in print (ChartEncoder)
            assertEquals(2 * ChartTheme.WIDTH, img.getWidth(), c.name());
            assertEquals(2 * ChartTheme.HEIGHT, img.getHeight(), c.name());

            Document svg = parse(c.svg());
            Element root = svg.getDocumentElement();
            assertEquals("svg", root.getLocalName() != null ? root.getLocalName() : root.getNodeName(), c.name());
            assertEquals(c.title(), svg.getElementsByTagName("title").item(0).getTextContent(), c.name());
            String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
            // every axis title names its unit
            assertTrue(desc.matches("(?s)x axis: [^;]*\\((days|USD|USD, log scale|% per year)\\); y axis: [^.]*\\((%|USD)\\)\\..*")
                    || c.name().equals("loss-coverage") && desc.contains("y axis: Mean amount (USD)"), c.name() + ": " + desc);
            assertFalse(c.caption().isBlank(), c.name());
            Files.write(preview.resolve(c.name() + ".png"), c.png());
        }
    }

    @Test
    void expectedTitlesAndAxisTitles() {
        Map<String, RenderedChart> c = byName(Runs.lendingNative(5_000));
        assertEquals("Chance of at least one slash, by day", c.get("slash-probability").title());
        assertEquals("Chance of a shortfall, by day", c.get("shortfall-probability").title());
        assertEquals("Total losses per simulated year", c.get("losses").title());
        assertEquals("Stakers' return per year", c.get("staker-apr").title());
        assertEquals("Backstop value over time", c.get("backstop-value").title());
        String svg = new String(c.get("losses").svg(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(svg.contains("Losses in one simulated year (USD, log scale)"), "log-scaled loss axis");
        String apr = new String(c.get("staker-apr").svg(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(apr.contains("the 5 % VaR") && apr.contains("CVaR") && apr.contains("the mean ("), "APR markers");
        String fan = c.get("backstop-value").caption();
        assertTrue(fan.contains("the first 1,000 of 5,000 paths"), "fan chart names its subsample: " + fan);
        assertTrue(c.get("slash-probability").caption().contains("95 % Monte Carlo interval"));
    }

    @Test
    void chartsWithNothingToShowSaySo() throws Exception {
        Map<String, RenderedChart> c = byName(Runs.noLosses());
        assertTrue(c.get("slash-probability").note().orElseThrow().startsWith("No slash in any of the 2,000"),
                c.get("slash-probability").note().toString());
        assertTrue(c.get("shortfall-probability").note().orElseThrow().startsWith("No shortfall in any"));
        assertTrue(c.get("losses").note().orElseThrow().startsWith("No losses in any of the 2,000"));
        assertTrue(c.get("deficit").note().orElseThrow().startsWith("No shortfall in any of the 2,000"));
        assertTrue(c.get("loss-coverage").note().orElseThrow().contains("nothing to cover"));
        assertTrue(c.get("staker-apr").note().orElseThrow().startsWith("Every path earned the same"));
        Path preview = Files.createDirectories(Path.of("target/chart-preview"));
        for (RenderedChart r : c.values()) {
            assertNotNull(ImageIO.read(new ByteArrayInputStream(r.png())), r.name());
            parse(r.svg());
            Files.write(preview.resolve("no-losses-" + r.name() + ".png"), r.png());
        }
    }

    @Test
    void chartsAreTheSameBytesEveryTime() {
        SimulationResult r = Runs.lendingNative(5_000);
        RenderedChart a = RunCharts.of(r).get(4);
        RenderedChart b = RunCharts.of(r).get(4);
        assertTrue(java.util.Arrays.equals(a.png(), b.png()), "PNG");
        assertTrue(java.util.Arrays.equals(a.svg(), b.svg()), "SVG");
    }

    @Test
    void svgTitleIsEscaped() throws Exception {
        String svg = ChartEncoder.withTitle("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
                "a <b> & \"c\"", "d\u0001");
        Document d = parse(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("a <b> & \"c\"", d.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("d ", d.getElementsByTagName("desc").item(0).getTextContent());
    }

    @Test
    void logBinsFallOnPowersOfTenAndCountEveryPositiveValue() {
        Bins b = Bins.log(new double[] {0, 1_000, 5_000, 99_999, 100_000, 2.5e6}, 5, 6);
        double[] e = b.edges();
        assertEquals(1_000, e[0], 1e-6);
        assertEquals(Math.pow(10, 6.4), e[e.length - 1], 1e-3); // the first fifth of a decade above 2.5M
        assertEquals(5, b.counted());
        double sum = 0;
        for (double p : b.percent()) {
            sum += p;
        }
        assertEquals(500.0 / 6, sum, 1e-9);
        assertTrue(Bins.log(new double[] {0, 0}, 5, 2).isEmpty());
    }

    @Test
    void linearBinsPutEdgeValuesInOneBin() {
        Bins b = Bins.linear(new double[] {0, 0.5, 1, 2}, 0, 1, 2, 4);
        assertEquals(3, b.counted());
        assertEquals(25, b.percent()[0], 1e-12);
        assertEquals(50, b.percent()[1], 1e-12);
    }

    @Test
    void axisLabelsReadAsMoney() {
        assertEquals("$0", AxisLabels.usd(0));
        assertEquals("$1M", AxisLabels.usd(1e6));
        assertEquals("$2.5M", AxisLabels.usd(2.5e6));
        assertEquals("$16M", AxisLabels.usd(1.58e7));
        assertEquals("$10k", AxisLabels.usd(1e4));
        assertEquals("$1B", AxisLabels.usd(999_999_999.9));
        assertEquals("−$3k", AxisLabels.usd(-3000));
        assertEquals("12.5 %", AxisLabels.percent(12.5));
        assertEquals("−5 %", AxisLabels.percent(-5));
        assertEquals("0.25 %", AxisLabels.percent(0.25));
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // the SVG's DOCTYPE names a DTD on the web: never fetch it
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
