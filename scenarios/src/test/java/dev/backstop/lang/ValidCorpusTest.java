package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backstop.core.model.Cap;
import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.model.WaterfallOrder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of tricky but valid scenarios ({@code valid/*.bsl}): CR LF, lone CR, tabs, a UTF-8
 * byte-order mark, comments everywhere, unicode labels, number suffixes, minimal files relying on
 * defaults. Each file either says {@code # same-as: REF} on its first line, and must then parse to
 * exactly the scenario (and studies) of {@code valid/reference/REF}, a plainly written file, or
 * says {@code # key fields}, and then its fields are checked one by one here.
 */
class ValidCorpusTest {
    private static final Pattern SAME_AS = Pattern.compile("# same-as: (\\S+)");

    static Path folder() throws URISyntaxException {
        return Path.of(ValidCorpusTest.class.getResource("/valid").toURI());
    }

    static Stream<Path> files() throws IOException, URISyntaxException {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.toString().endsWith(".bsl")).sorted().toList().stream();
        }
    }

    private static ScenarioFile parse(Path file) {
        ParseResult r = ScenarioParser.parseFile(file);
        if (!r.ok()) {
            fail(file.getFileName() + " should parse:\n" + r.formatErrors());
        }
        return r.orThrow();
    }

    private static String firstLine(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.split("\r\n|\r|\n", 2)[0];
    }

    @Test
    void theCorpusHoldsEveryKindOfTrickyFile() throws Exception {
        List<String> names = files().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.size() >= 15, "at least 15 tricky valid files, got " + names.size());
        for (String name : List.of("crlf.bsl", "cr-only.bsl", "tabs.bsl", "bom.bsl", "bom-crlf-tabs.bsl",
                "comments-everywhere.bsl", "unicode-labels.bsl", "number-suffixes.bsl", "minimal.bsl")) {
            assertTrue(names.contains(name), "no golden file " + name);
        }
        byte[] crlf = Files.readAllBytes(folder().resolve("crlf.bsl"));
        byte[] bom = Files.readAllBytes(folder().resolve("bom.bsl"));
        String tabs = Files.readString(folder().resolve("tabs.bsl"));
        // guard against an editor or git normalising the files away from what they test
        assertTrue(new String(crlf, StandardCharsets.UTF_8).contains("\r\n"), "crlf.bsl lost its CR LF");
        assertTrue(bom[0] == (byte) 0xEF && bom[1] == (byte) 0xBB && bom[2] == (byte) 0xBF, "bom.bsl lost its BOM");
        assertTrue(tabs.contains("\t"), "tabs.bsl lost its tabs");
        assertFalse(Files.readString(folder().resolve("comments-everywhere.bsl")).endsWith("\n"),
                "comments-everywhere.bsl ends without a newline");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void parsesToItsExpectedScenario(Path file) throws IOException, URISyntaxException {
        ScenarioFile parsed = parse(file);
        String first = firstLine(file);
        Matcher m = SAME_AS.matcher(first);
        if (m.matches()) {
            ScenarioFile reference = parse(folder().resolve("reference").resolve(m.group(1)));
            assertEquals(reference, parsed, file.getFileName() + " differs from " + m.group(1));
            assertEquals(CanonicalPrinter.print(reference), CanonicalPrinter.print(parsed));
        } else {
            assertTrue(first.startsWith("# key fields"), file.getFileName() + ": first line must be '# same-as: REF' or '# key fields'");
            Consumer<ScenarioFile> check = KEY_FIELDS.get(file.getFileName().toString());
            assertTrue(check != null, "no key-field check for " + file.getFileName());
            check.accept(parsed);
        }
        // and every one of them survives the canonical printer
        assertEquals(parsed, ScenarioParser.parse("reprint", CanonicalPrinter.print(parsed), file.getParent()).orThrow());
    }

    private static final Map<String, Consumer<ScenarioFile>> KEY_FIELDS = Map.of(
            "unicode-labels.bsl", f -> {
                Scenario s = f.scenario();
                assertEquals("Prêt à taux — 借贷协议 🛡️ \"v2\" \\ #1", s.name());
                assertEquals("Manipulation d’oracle — オラクル 💥", s.losses().get(0).label());
                assertEquals("Ελληνικά \u202Ereversed\u202C zero\u200Bwidth", s.losses().get(1).label());
                assertEquals(new Distribution.Fixed(1e6), s.losses().get(0).severity().distribution());
            },
            "usd-curve-fraction.bsl", f -> {
                Scenario s = f.scenario();
                assertEquals(730, s.horizonDays());
                assertEquals(0.25, s.stepDays());
                assertEquals(1, s.paths());
                assertEquals(-7, s.seed());
                assertEquals(1.25e9, s.protocol().tvl());
                assertEquals(0.035, s.protocol().revenueRate(), 1e-18);
                LossSource liq = s.losses().get(0);
                assertTrue(liq.severity().fractionOfTvl());
                assertEquals(new Distribution.Beta(2, 50), liq.severity().distribution());
                assertEquals(new Cap(2e8, false), liq.cap().orElseThrow());
                assertEquals(new Distribution.Pareto(1e6, 0.8), s.losses().get(1).severity().distribution());
                assertEquals(new Cap(0.02, true), s.losses().get(1).cap().orElseThrow());
                assertEquals("USD", s.backstop().asset());
                assertEquals(0, s.backstop().stake());
                assertEquals(1.5, s.backstop().cooldownDays());
                assertEquals(WaterfallOrder.BACKSTOP_FIRST, s.backstop().order());
                assertEquals(2.33e6, s.backstop().rewards().emissions().rate());
                assertEquals(66e6, s.backstop().rewards().emissions().target().orElseThrow());
                Sweep sweep = (Sweep) f.studies().get(0);
                assertEquals("reserve.initial", sweep.param().text());
                assertEquals(1e3, sweep.from());
                assertEquals(1e9, sweep.to());
                assertEquals(7, sweep.steps());
                assertTrue(sweep.log());
                SizeStudy size = (SizeStudy) f.studies().get(1);
                assertEquals("staker_apr_mean", size.metric());
                assertEquals(SizeStudy.Comparison.AT_LEAST, size.op());
                assertEquals(0.05, size.target());
            },
            "pareto-tiny-alpha-capped.bsl", f -> {
                Scenario s = f.scenario();
                assertEquals(new Distribution.Pareto(1e7, 0.01), s.losses().get(0).severity().distribution());
                assertEquals(new Cap(0.25, true), s.losses().get(0).cap().orElseThrow());
                assertEquals(new Distribution.Pareto(1e7, 0.25), s.losses().get(1).severity().distribution());
                assertTrue(s.losses().get(1).cap().isEmpty());
            },
            "extremes.bsl", f -> {
                Scenario s = f.scenario();
                assertEquals(1.0 / 24, s.horizonDays(), 1e-15);
                assertEquals(1, s.stepDays());
                assertEquals(1, s.steps(), "one step, shorter than written");
                assertEquals(0, s.protocol().tvl());
                assertEquals(1e-6, s.market().assets().get(0).price());
                assertEquals(-1, s.market().assets().get(0).drift());
                assertEquals(1000, s.market().assets().get(0).crashes());
                assertEquals(new Distribution.Fixed(0.9999), s.market().assets().get(0).drop().orElseThrow());
                assertEquals(1e12, s.market().assets().get(1).price());
                assertEquals(-1, s.market().correlations().get(0).rho());
                assertEquals(1e15, s.reserve().initial());
                assertEquals(1, s.reserve().inflow());
                assertEquals(new Distribution.Normal(-1e6, 0), s.losses().get(0).severity().distribution());
                assertEquals(0, s.backstop().stake());
                assertEquals(0, s.backstop().maxSlash());
                assertEquals(0.9999, s.backstop().haircut());
                assertEquals(1, s.stakers().panic());
            });
}
