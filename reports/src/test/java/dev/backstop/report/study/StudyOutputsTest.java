package dev.backstop.report.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.study.PointRunner;
import dev.backstop.core.study.SizeOptions;
import dev.backstop.core.study.SizeSearch;
import dev.backstop.core.study.SweepResult;
import dev.backstop.core.study.SweepStudy;
import dev.backstop.lang.ScenarioParser;
import dev.backstop.report.Markdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The study writers by structure: CSV cells, JSON documents, Markdown and HTML sections, number text. */
class StudyOutputsTest {
    static Engine engine;
    static Scenario scenario;

    @BeforeAll
    static void start() throws IOException {
        engine = Engine.withThreads(2);
        try (InputStream in = StudyOutputsTest.class.getResourceAsStream("/dev/backstop/cli/compound-poisson.bsl")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            scenario = ScenarioParser.parse("cp.bsl", text, null).orThrow().scenario().withPaths(2000);
        }
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void sweepCsvLeavesUndefinedFiguresEmptyAndKeepsFullPrecision() {
        // At stake 0 nobody earns anything: the Sharpe ratio has no spread and is undefined.
        SweepResult r = SweepStudy.run(scenario, new Sweep(ParameterPath.of("backstop.stake"), 0, 4e6, 3, false),
                PointRunner.of(engine), 2);
        List<String> lines = SweepOutputs.csv(List.of(r)).lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        String[] zero = lines.get(1).split(",", -1);
        assertEquals(header.size(), zero.length, "every row has every column");
        assertEquals("", zero[header.indexOf("staker_sharpe")], "undefined is an empty cell");
        assertEquals("0", zero[header.indexOf("value")]);
        String[] two = lines.get(2).split(",", -1);
        assertEquals("2000000", two[header.indexOf("value")]);
        double p = Double.parseDouble(two[header.indexOf("p_shortfall")]);
        assertEquals(r.points().get(1).metrics().of(MetricKey.P_SHORTFALL), p, 0.0, "exact round trip");
    }

    @Test
    void sweepSectionsAreTheSameInMarkdownAndHtml() {
        SweepResult r = SweepStudy.run(scenario, new Sweep(ParameterPath.of("backstop.stake"), 1e6, 4e6, 3, false),
                PointRunner.of(engine), 2);
        StudySection s = SweepOutputs.sections(List.of(r)).get(0);
        assertEquals(5, s.charts().size(), "the frontier and four curves");
        assertEquals("frontier-backstop.stake", s.charts().get(0).name());
        String md = s.markdownWithCharts();
        assertTrue(md.startsWith("## Sweep of backstop.stake\n\n"), md);
        assertTrue(md.contains("| $1M |"), md);
        assertTrue(md.contains("![P(shortfall) goes from"), md);
        String html = s.html(c -> "data:image/png;base64,AAAA");
        assertTrue(html.startsWith("<section class=\"study\">\n<h2>Sweep of backstop.stake</h2>"), html);
        assertTrue(html.contains("<td>$1M</td>"), html);
        assertTrue(html.contains("<img src=\"data:image/png;base64,AAAA\""), html);
        assertEquals(5, html.split("<figure>", -1).length - 1);
        assertEquals(SweepOutputs.names(List.of(r.sweep())).subList(2, 12),
                s.charts().stream().flatMap(c -> java.util.stream.Stream.of(c.pngName(), c.svgName())).toList(),
                "names known before the run are the names written");
    }

    @Test
    void sizeJsonIsOneObjectForOneStudyAndAnArrayForSeveral() {
        SizeStudy st = new SizeStudy(ParameterPath.of("backstop.stake"), "p_shortfall", SizeStudy.Comparison.AT_MOST,
                0.05, 0, 20e6);
        var z = SizeOutputs.Sizing.of(SizeSearch.size(scenario, st, PointRunner.of(engine), SizeOptions.DEFAULT, 2));
        String one = SizeOutputs.json(List.of(z));
        assertTrue(one.startsWith("{\n  \"param\": \"backstop.stake\",\n  \"metric\": \"p_shortfall\",\n"), one);
        assertTrue(one.endsWith("}\n"));
        String two = SizeOutputs.json(List.of(z, z));
        assertTrue(two.startsWith("[\n  {\n    \"param\""), two);
        assertTrue(two.endsWith("  }\n]\n"), two);
        StudySection s = SizeOutputs.section(z, "size-backstop.stake");
        assertTrue(s.markdown().contains("Smallest backstop.stake with P(shortfall) ≤ 5 %: **"), s.markdown());
        assertFalse(s.html().contains("**"), "no Markdown in the HTML");
        assertTrue(s.html().contains("<strong>"), s.html());
    }

    @Test
    void numbersForPeople() {
        assertEquals("2.5M", StudyText.compact(2.5e6));
        assertEquals("500k", StudyText.compact(5e5));
        assertEquals("1M", StudyText.compact(999_999.6));
        assertEquals("0.0125", StudyText.significant(0.0125));
        assertEquals("36", StudyText.significant(36.0000001));
        assertEquals("$1.2M", StudyText.param(scenario, ParameterPath.of("backstop.stake"), 1.2e6));
        assertEquals("3/yr", StudyText.param(scenario, ParameterPath.of("losses.claims.rate"), 3));
        assertEquals("100 %", StudyText.param(scenario, ParameterPath.of("backstop.max_slash"), 1));
        assertEquals("+0.5 pp", StudyText.change(MetricKey.P_SHORTFALL, 0.005));
        assertEquals("−$1.20M", StudyText.change(MetricKey.DEFICIT_USD_MEAN, -1.2e6));
        assertEquals("0", StudyText.change(MetricKey.P_SHORTFALL, 0));
        assertEquals("0.5 %", StudyText.target(MetricKey.P_SHORTFALL, 0.005));
    }

    @Test
    void textIsEscapedForMarkdownAndHtml() {
        Doc d = new Doc().para("a *b* p_shortfall _x_ <i>", new Doc.Strong("c & d"));
        assertEquals("a \\*b\\* p_shortfall \\_x\\_ <i>**c & d**\n\n", d.markdown());
        assertEquals("<p>a *b* p_shortfall _x_ &lt;i&gt;<strong>c &amp; d</strong></p>\n", d.html());
        assertEquals("a\\|b", Markdown.text("a|b"));
    }
}
