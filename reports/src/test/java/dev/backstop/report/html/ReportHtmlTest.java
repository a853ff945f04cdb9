package dev.backstop.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.result.SimulationResult;
import dev.backstop.lang.CanonicalPrinter;
import dev.backstop.lang.ScenarioParser;
import dev.backstop.report.Reproduction;
import dev.backstop.report.chart.RunCharts;
import dev.backstop.report.chart.Runs;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html by structure: key figures in words with intervals, escaping, the hash of the text shown, self-containment. */
class ReportHtmlTest {

    private static String page(SimulationResult r, String canonical) {
        Reproduction rep = Reproduction.of("quiet.bsl", r.paths(), r.scenario().seed(), OptionalDouble.empty(), canonical);
        return ReportHtml.text(r, rep, RunCharts.of(r));
    }

    private static String lendingPage() {
        SimulationResult r = Runs.lendingNative(5_000);
        return page(r, CanonicalPrinter.print(r.scenario()));
    }

    @Test
    void keyFiguresComeFirstInPlainWordsWithIntervals() {
        String html = lendingPage();
        int key = html.indexOf("<section id=\"key-figures\">");
        int charts = html.indexOf("<section id=\"charts\">");
        assertTrue(key > 0 && key < charts, "key figures before the charts");
        String section = html.substring(key, charts);
        assertTrue(section.matches("(?s).*<li>In [0-9.]+ % of simulated years \\(95 % interval [0-9.]+ – [0-9.]+ %\\)"
                + " stakers are slashed at least once\\.</li>.*"), section);
        assertTrue(section.contains("stakers end with fewer tokens than they staked"), section);
        assertTrue(section.matches("(?s).*Stakers earn on average [0-9.]+ % a year after slashing \\([0-9.]+ – [0-9.]+ %\\);"
                + " in a bad year \\(1 in 20\\) they earn -?[0-9.]+ % a year or less\\..*"), section);
    }

    @Test
    void everyChartIsInlineAndNothingIsFetched() {
        String html = lendingPage();
        Matcher m = Pattern.compile("<img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\" alt=\"[^\"]+\">").matcher(html);
        int images = 0;
        while (m.find()) {
            images++;
        }
        assertEquals(RunCharts.NAMES.size(), images);
        for (String name : RunCharts.NAMES) {
            assertTrue(html.contains("<figure id=\"chart-" + name + "\">"), name);
        }
        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing from the network");
        assertFalse(html.contains("@import") || html.contains("url("), "no external style or font");
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"));
    }

    @Test
    void scenarioStringsAreEscapedEverywhere() {
        String html = page(Runs.noLosses(), CanonicalPrinter.print(Runs.noLosses().scenario()));
        assertFalse(html.contains("<protocol>"), "raw scenario text in the page");
        assertTrue(html.contains("<title>Backstop report: Quiet &lt;protocol&gt; &amp; &quot;friends&quot;</title>"), html.substring(0, 800));
        assertTrue(html.contains("<h1 id=\"scenario-name\">Quiet &lt;protocol&gt; &amp; &quot;friends&quot;</h1>"));
    }

    @Test
    void hostileScenarioCannotOpenAnElement() {
        String text = Runs.NO_LOSSES.replace("Quiet <protocol> & \\\"friends\\\"", "<script>alert(1)</script>");
        SimulationResult r = Runs.noLosses();
        r = new SimulationResult(r.scenario().withName("<script>alert(1)</script>"), r.metrics(), r.survival(),
                r.shortfallSurvival(), r.means(), r.percentileSource(), r.pathSample(), r.valuePaths());
        String canonical = CanonicalPrinter.print(ScenarioParser.parse("x.bsl", text, null).orThrow());
        String html = page(r, canonical);
        assertFalse(html.contains("<script"), "a <script> tag reached the page");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void shaShownIsTheShaOfTheTextShown() {
        SimulationResult r = Runs.noLosses();
        String canonical = CanonicalPrinter.print(r.scenario());
        String html = page(r, canonical);
        Matcher text = Pattern.compile("(?s)<pre id=\"scenario-text\"><code>(.*?)</code></pre>").matcher(html);
        Matcher sha = Pattern.compile("<code id=\"scenario-sha256\">([0-9a-f]{64})</code>").matcher(html);
        assertTrue(text.find() && sha.find());
        String shown = unescape(text.group(1));
        assertEquals(canonical, shown);
        assertEquals(Reproduction.sha256(shown), sha.group(1));
        assertTrue(html.contains("<pre id=\"command\"><code>backstop run quiet.bsl --paths 2000 --seed 3</code></pre>"));
        assertTrue(html.contains("<dd id=\"seed\">3</dd>") && html.contains("<dd id=\"paths\">2,000</dd>"));
    }

    @Test
    void noEventsAreSaidAsNone() {
        String html = page(Runs.noLosses(), CanonicalPrinter.print(Runs.noLosses().scenario()));
        assertTrue(html.contains("<li>In none of the 2,000 simulated years were stakers slashed; the chance is at most"),
                html);
        assertTrue(html.contains("No slash in any of the 2,000 simulated years"), "the chart's note is on the page");
    }

    @Test
    void escapeCoversTheFiveCharactersAndControls() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&amp;&#39; \n", Html.escape("<a href=\"x\">&'\u0000\n"));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
