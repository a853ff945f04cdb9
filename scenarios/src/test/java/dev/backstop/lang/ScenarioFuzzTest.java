package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzing of the lexer, parser and checker (issue 6): any bytes end in a scenario or in clear
 * diagnostics, never in an exception, and a scenario that parses prints back to itself.
 *
 * <p>In a normal test run Jazzer replays the seeds: the empty input, both golden corpora
 * ({@code errors/}, {@code valid/}) and the bundled library, which the POM copies under
 * {@code ScenarioFuzzTestInputs/anyTextEndsInAScenarioOrDiagnostics/}, plus any past finding kept
 * in that folder of the source tree. With {@code JAZZER_FUZZ=1} it fuzzes from those seeds; the
 * command of a longer campaign is in the README ("Fuzzing"), where libFuzzer's {@code -timeout}
 * turns any input that takes more than a second into a finding.
 *
 * <p>{@link ScenarioParser#parse} catches a stray exception or stack overflow as a last resort and
 * reports it as an "internal error" diagnostic; that is a bug all the same, so it fails here.
 */
class ScenarioFuzzTest {
    /** The folder that {@code empirical("...")} names are resolved in: it holds data/bad-line.csv. */
    private static final Path BASE_DIR = baseDir();

    private static Path baseDir() {
        try {
            return Path.of(ScenarioFuzzTest.class.getResource("/errors").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    @DictionaryEntries({"scenario", "\"x\"", "{", "}", "horizon", "step", "paths", "seed", "market", "asset",
        "price", "drift", "volatility", "crashes", "drop", "correlation", "protocol", "tvl", "follows", "beta",
        "revenue", "of", "reserve", "initial", "inflow", "target", "losses", "source", "label", "rate", "on_crash",
        "severity", "fraction", "cap", "backstop", "stake", "max_slash", "haircut", "cooldown", "order",
        "reserve_first", "backstop_first", "rewards", "revenue_share", "emissions", "underlying_yield", "stakers",
        "required_yield", "elasticity", "panic", "risk_free", "USD", "AAVE", "ETH", "days", "day", "hours", "years",
        "/yr", "/day", "%", "k", "M", "B", "1e6", "1_000", "fixed(", "uniform(", "triangular(", "normal(",
        "lognormal(", "exponential(", "gamma(", "weibull(", "pareto(", "beta(", "empirical(\"data/bad-line.csv\")",
        "median:", "sigma:", "alpha:", "min:", "sweep", "from", "to", "steps", "log", "size", "for", "between",
        "and", "<=", ">=", "p_shortfall", "p_slash", "backstop.stake", "losses.exploit.rate", "#"})
    void anyTextEndsInAScenarioOrDiagnostics(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // as ScenarioParser.parseFile does
        }
        ParseResult result = ScenarioParser.parse("fuzz.bsl", text, BASE_DIR);

        long lines = text.lines().count() + 1;
        assertTrue(result.errors().size() <= 20, "at most 20 errors");
        for (Diagnostic d : result.errors()) {
            if (d.message().contains("internal error")) {
                fail(d.format());
            }
            assertTrue(d.line() >= 1 && d.line() <= lines && d.column() >= 1, d::format);
            d.format(); // the source line and caret can be drawn
        }
        result.file().ifPresent(file -> {
            String printed = CanonicalPrinter.print(file);
            ParseResult again = ScenarioParser.parse("printed.bsl", printed, BASE_DIR);
            if (!again.ok()) {
                fail("the canonical print does not parse:\n" + again.formatErrors() + "\n--- print:\n" + printed);
            }
            assertEquals(file, again.orThrow(), () -> "the canonical print parses to another scenario:\n" + printed);
            assertEquals(printed, CanonicalPrinter.print(again.orThrow()), "printing is idempotent");
        });
    }
}
