package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import org.junit.jupiter.api.Test;

/** Command-line values (SPEC §3): written as in the language, the unit optional. */
class ValuesTest {
    private final Scenario s = BundledScenarios.load(BundledScenarios.DEFAULT).orThrow().scenario();

    private double value(String path, String text) {
        return Values.parameterValue(s, ParameterPath.of(path), text);
    }

    @Test
    void amountsWithAndWithoutTheirUnit() {
        assertEquals(500_000, value("backstop.stake", "500k"));
        assertEquals(5_000_000, value("backstop.stake", "5M AAVE"));
        assertEquals(1_000_000, value("backstop.stake", "1_000_000"));
        assertEquals(2e7, value("reserve.initial", "20M USD"));
        assertEquals(0, value("reserve.initial", "0"));
    }

    @Test
    void sharesRatesAndDurations() {
        assertEquals(0.005, value("backstop.max_slash", "0.5%"));
        assertEquals(0.3, value("backstop.max_slash", "0.3"));
        assertEquals(0.9, value("market.AAVE.volatility", "90%/yr"));
        assertEquals(0.9, value("market.AAVE.volatility", "90%"));
        assertEquals(2, value("losses.exploit.rate", "2/yr"));
        assertEquals(365, value("losses.exploit.rate", "1/day"));
        assertEquals(20, value("backstop.cooldown", "20 days"));
        assertEquals(20, value("backstop.cooldown", "20"));
        assertEquals(0.25, value("backstop.cooldown", "6 hours"));
        assertEquals(0.3, value("protocol.beta", "0.3"));
    }

    @Test
    void aWrongUnitIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> value("backstop.stake", "5%"));
        assertTrue(e.getMessage().contains("not a percentage"), e.getMessage());
        assertThrows(InputException.class, () -> value("backstop.stake", "5M USD"));
        assertThrows(InputException.class, () -> value("backstop.cooldown", "20 USD"));
        InputException typo = assertThrows(InputException.class, () -> value("backstop.stake", "5M AAV"));
        assertEquals("did you mean 'AAVE'?", typo.hint().orElseThrow());
    }

    @Test
    void malformedOrOutOfRangeValuesAreInputErrors() {
        assertThrows(InputException.class, () -> value("backstop.stake", ""));
        assertThrows(InputException.class, () -> value("backstop.stake", "abc"));
        assertThrows(InputException.class, () -> value("backstop.stake", "5M AAVE extra"));
        assertThrows(InputException.class, () -> value("backstop.stake", "NaN"));
        assertThrows(InputException.class, () -> value("backstop.stake", "1e400"));
        assertThrows(InputException.class, () -> value("backstop.stake", "9".repeat(10_000)));
        assertThrows(InputException.class, () -> value("backstop.max_slash", "150%"));
        assertThrows(InputException.class, () -> value("backstop.stake", "-1"));
    }

    @Test
    void anUnknownParameterGetsASuggestion() {
        InputException e = assertThrows(InputException.class, () -> value("backstop.stak", "1"));
        assertEquals("did you mean 'backstop.stake'?", e.hint().orElseThrow());
    }

    @Test
    void formatWritesTheValueInTheParametersUnit() {
        assertEquals("500k AAVE", Values.format(s, ParameterPath.of("backstop.stake"), 500_000));
        assertEquals("30%", Values.format(s, ParameterPath.of("backstop.max_slash"), 0.3));
        assertEquals("6 hours", Values.format(s, ParameterPath.of("backstop.cooldown"), 0.25));
        assertEquals("0.1/yr", Values.format(s, ParameterPath.of("losses.exploit.rate"), 0.1));
    }

    @Test
    void sizeTargets() {
        assertEquals(new SizeTarget("p_shortfall", SizeStudy.Comparison.AT_MOST, 0.005), Values.parseTarget("p_shortfall<=0.5%"));
        assertEquals(new SizeTarget("p_shortfall", SizeStudy.Comparison.AT_MOST, 0.005), Values.parseTarget(" p_shortfall <= 0.005 "));
        assertEquals(new SizeTarget("staker_apr_mean", SizeStudy.Comparison.AT_LEAST, 0.05), Values.parseTarget("staker_apr_mean>=5%"));
        assertEquals(new SizeTarget("deficit_usd_mean", SizeStudy.Comparison.AT_MOST, 5e6), Values.parseTarget("deficit_usd_mean<=5M USD"));
        assertEquals(5e6, Values.parseTarget("deficit_usd_mean<=5M").value());
        InputException typo = assertThrows(InputException.class, () -> Values.parseTarget("p_shortfal<=1%"));
        assertEquals("did you mean 'p_shortfall'?", typo.hint().orElseThrow());
        assertThrows(InputException.class, () -> Values.parseTarget("p_shortfall<1%"));
        assertThrows(InputException.class, () -> Values.parseTarget("p_shortfall=1%"));
        assertThrows(InputException.class, () -> Values.parseTarget("p_shortfall<=1% 2"));
        assertThrows(InputException.class, () -> Values.parseTarget("deficit_usd_mean<=5%"));
        assertThrows(InputException.class, () -> Values.parseTarget("<=1%"));
    }

    @Test
    void precisions() {
        assertEquals(new Precision("p_shortfall", 0.001), Values.parsePrecision("p_shortfall ± 0.001"));
        assertEquals(new Precision("p_shortfall", 0.001), Values.parsePrecision("p_shortfall+-0.1%"));
        assertEquals(new Precision("deficit_usd_mean", 1e5), Values.parsePrecision("deficit_usd_mean ± 100k"));
        assertThrows(InputException.class, () -> Values.parsePrecision("p_shortfall ± 0"));
        assertThrows(InputException.class, () -> Values.parsePrecision("p_shortfall ± -1%"));
        assertThrows(InputException.class, () -> Values.parsePrecision("p_shortfall 0.001"));
        assertThrows(InputException.class, () -> Values.parsePrecision("nope ± 0.001"));
    }
}
