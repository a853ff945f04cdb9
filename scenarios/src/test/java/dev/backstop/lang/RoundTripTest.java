package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical printer's contract (SPEC §3 {@code check}): printing a parsed scenario and parsing
 * the print gives an equal scenario (exact doubles), and printing is idempotent.
 */
class RoundTripTest {

    static final String MINIMAL = """
            scenario "minimal" {
              protocol { tvl 1B USD }
              backstop { stake 100M USD }
            }
            """;

    static final String USD_BACKSTOP = """
            # a USD insurance fund of a perpetual exchange
            scenario "Perp insurance fund" {
              horizon 2 years
              step 6 hours
              paths 2_000
              seed -7
              protocol {
                tvl 1.25B USD
                revenue 3.5%/yr of tvl
              }
              reserve { initial 0.3 USD }
              losses {
                source liquidations { rate 12/yr  severity exponential(mean: 250k USD)  cap 40M USD }
              }
              backstop {
                asset USD
                stake 75M USD
                cooldown 36 hours
                order backstop_first
                rewards { revenue_share 25%  emissions 1M USD/yr }
              }
            }
            """;

    static final String CURVE = """
            scenario "Umbrella-style curve" {
              market {
                asset ETH { price 3123.45 USD  volatility 65%/yr }
                asset WETH { price 3123.45 USD  volatility 65%/yr  drift -2.5%/yr }
                correlation ETH WETH 1
              }
              protocol { tvl 20B USD  follows WETH }
              backstop {
                asset WETH
                stake 12k WETH
                max_slash 100%
                rewards {
                  emissions 2.33M USD/yr target 66M USD
                  underlying_yield 2.1%/yr
                }
              }
              stakers { required_yield 6%/yr  elasticity 0.5/yr  panic 5%  risk_free 4.25%/yr }
            }
            sweep backstop.rewards.target from 10M USD to 100M USD steps 7 log
            size backstop.stake for staker_apr_mean >= 5% between 1k WETH and 100k WETH
            """;

    static final String FRACTIONS = """
            scenario "fraction severities" {
              market {
                asset BTC { price 60k USD volatility 55%/yr crashes 0.3/yr drop triangular(5%, 20%, 60%) }
                asset SOL { price 140 USD volatility 95%/yr crashes 2/day drop beta(2, 5) }
                asset ETH { price 3000 USD crashes 1/yr drop fixed(33.3%) }
                correlation BTC SOL 0.6
                correlation SOL ETH -0.2
              }
              protocol { tvl 3B USD  follows BTC beta 1.5  revenue 0.001%/day of tvl }
              reserve { initial 10M USD  inflow 20% of revenue  target 0.5% of tvl }
              losses {
                source a { severity fraction beta(2, 50) of tvl  rate 0.7/yr }
                source b { severity fraction uniform(lo: 0.1%, hi: 1.5%) of tvl  on_crash BTC 30%  cap 2% of tvl }
                source c { severity fraction lognormal(0.2%, 0.9) of tvl }
                source d { severity fraction triangular(hi: 3%, lo: 0%, mode: 1%) of tvl }
                source e { severity fraction weibull(1.5, 0.4%) of tvl }
              }
              backstop { asset SOL  stake 1.5M SOL  max_slash 50%  haircut 7.5%
                rewards { revenue_share 80% emissions 100 SOL/day target 2M SOL } }
            }
            """;

    static final String EVERY_KIND = """
            scenario "every distribution" {
              protocol { tvl 500M USD }
              losses {
                source f1 { severity fixed(1M USD) }
                source f2 { severity uniform(0 USD, 2M USD) }
                source f3 { severity triangular(lo: 0 USD, mode: 1M USD, hi: 5M USD) }
                source f4 { severity normal(mean: 2M USD, sd: 500k USD) }
                source f5 { severity lognormal(5M USD, 1.2) }
                source f6 { severity exponential(750k USD) }
                source f7 { severity gamma(shape: 2.5, mean: 3M USD) }
                source f8 { severity weibull(0.8, 1.1M USD) }
                source f9 { severity pareto(10M USD, 1.3)  cap 250M USD }
                source f10 { severity fraction beta(a: 0.5, b: 99.5) of tvl }
              }
              backstop { stake 0 }
            }
            """;

    static final String ODD_NUMBERS = """
            scenario "odd \\"numbers\\" \\\\ ünïcödé ✓" {
              horizon 100.5 days
              step 0.3 days
              paths 12345
              market { asset X { price 0.000123 USD  volatility 12.3456789%/yr } }
              protocol { tvl 123456789.123 USD  revenue 0.30000000000000004%/yr }
              backstop { asset X  stake 1e6 X  haircut 99.99%  cooldown 7 hours }
              stakers { risk_free -0.5%/yr }
            }
            """;

    static final String DAILY = """
            scenario "daily rates" {
              step 1 hour
              horizon 30 days
              market { asset A { price 1 USD  drift 0.01%/day  crashes 0.02/day  drop uniform(0%, 99%) } }
              protocol { tvl 1M USD  revenue 0.01%/day }
              losses { source x { rate 0.5/day  severity fixed(100 USD) } }
              backstop { asset A  stake 1M A  rewards { emissions 1.5 A/day } }
              stakers { elasticity 0.01/day  required_yield 1%/day }
            }
            sweep stakers.panic from 0% to 50% steps 11
            sweep horizon from 10 days to 90 days steps 3
            size losses.x.rate for deficit_usd_mean <= 1k USD between 0.1/yr and 100/yr
            """;

    static final String ONE_LINE_BLOCKS = """
            scenario "one-line blocks" { paths 1k
              protocol { tvl 1B USD revenue 1%/yr of tvl }
              reserve { initial 5M USD inflow 50% of revenue }
              backstop { stake 10M USD max_slash 20% rewards { revenue_share 50% } }
              stakers { panic 100% }
            }
            size reserve.initial for p_shortfall <= 1% between 0 and 100M
            size backstop.max_slash for slash_events_mean <= 0.2 between 1% and 100%
            size backstop.cooldown for first_slash_day_median >= 30 days between 0 days and 60 days
            """;

    static final String CRLF_TABS = "\uFEFFscenario \"crlf\" {\r\n\tprotocol {\r\n\t\ttvl 1B USD\r\n\t}\r\n"
            + "\tbackstop {\r\n\t\tstake 1 USD\r\n\t}\r\n}\r\n";

    static Stream<Arguments> scenarios() {
        String bundled = BundledScenarios.text(BundledScenarios.DEFAULT).orElseThrow();
        return Stream.of(
                Arguments.of("bundled", bundled), Arguments.of("minimal", MINIMAL),
                Arguments.of("usd backstop", USD_BACKSTOP), Arguments.of("curve emissions", CURVE),
                Arguments.of("fraction severities", FRACTIONS), Arguments.of("every distribution", EVERY_KIND),
                Arguments.of("odd numbers", ODD_NUMBERS), Arguments.of("daily rates", DAILY),
                Arguments.of("one-line blocks", ONE_LINE_BLOCKS), Arguments.of("crlf and tabs", CRLF_TABS));
    }

    static ScenarioFile parse(String name, String text) {
        ParseResult r = ScenarioParser.parse(name, text, null);
        assertTrue(r.ok(), () -> name + " should parse:\n" + r.formatErrors() + "\n---\n" + text);
        return r.orThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void printedScenarioParsesToTheSameScenario(String name, String text) {
        ScenarioFile first = parse(name, text);
        String printed = CanonicalPrinter.print(first);
        ScenarioFile second = parse(name + " (printed)", printed);
        assertEquals(first, second, () -> "round trip changed the scenario; printed:\n" + printed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void printingIsIdempotent(String name, String text) {
        String once = CanonicalPrinter.print(parse(name, text));
        String twice = CanonicalPrinter.print(parse(name, once));
        assertEquals(once, twice);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void printedFormIsOneSettingPerLineWithTwoSpaceIndent(String name, String text) {
        String printed = CanonicalPrinter.print(parse(name, text));
        for (String line : printed.split("\n", -1)) {
            String body = line.stripLeading();
            int indent = line.length() - body.length();
            assertEquals(0, indent % 2, () -> "odd indentation: '" + line + "'");
            assertTrue(!line.contains("\t") && !line.endsWith(" "), () -> "stray whitespace: '" + line + "'");
        }
        List<String> required = List.of("horizon ", "step ", "paths ", "seed ", "market {", "protocol {",
                "reserve {", "losses {", "backstop {", "rewards {", "stakers {", "max_slash ", "haircut ",
                "cooldown ", "order ", "revenue_share ", "emissions ", "underlying_yield ", "required_yield ",
                "elasticity ", "panic ", "risk_free ", "initial ", "inflow ", "revenue ");
        for (String r : required) {
            assertTrue(printed.contains(r), () -> "defaults are written out: missing '" + r + "' in\n" + printed);
        }
    }
}
