package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.Distribution;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Sweep;
import dev.backstop.core.model.WaterfallOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled library: the SPEC §2 example parses to the values it says. */
class BundledScenariosTest {

    @Test
    void lendingNativeParsesToTheSpecExampleValues() {
        ParseResult r = BundledScenarios.load(BundledScenarios.DEFAULT);
        assertTrue(r.ok(), r::formatErrors);
        ScenarioFile f = r.orThrow();
        Scenario s = f.scenario();
        assertEquals("Lending protocol, native-token backstop", s.name());
        assertEquals(365, s.horizonDays());
        assertEquals(1, s.stepDays());
        assertEquals(100_000, s.paths());
        assertEquals(42, s.seed());
        assertEquals(1e10, s.protocol().tvl());
        assertEquals(0.8, s.protocol().beta());
        assertEquals("ETH", s.protocol().follows().orElseThrow());
        assertEquals(0.008, s.protocol().revenueRate());
        assertEquals(3000, s.market().asset("ETH").orElseThrow().price());
        assertEquals(0.9, s.market().asset("AAVE").orElseThrow().volatility());
        assertEquals(new Distribution.Uniform(0.15, 0.40), s.market().asset("ETH").orElseThrow().drop().orElseThrow());
        assertEquals(0.75, s.market().correlation("ETH", "AAVE"));
        assertEquals(5e7, s.reserve().initial());
        assertEquals(0.15, s.reserve().inflow());
        assertEquals(0.01, s.reserve().target().getAsDouble());
        var badDebt = s.loss("bad_debt").orElseThrow();
        assertEquals("Liquidation bad debt", badDebt.label());
        assertEquals(0.6, badDebt.onCrash().orElseThrow().probability());
        assertEquals(new Distribution.LogNormal(5e6, 1.2), badDebt.severity().distribution());
        assertFalse(badDebt.severity().fractionOfTvl());
        assertEquals(0.02, badDebt.cap().orElseThrow().value());
        assertTrue(badDebt.cap().orElseThrow().fractionOfTvl());
        assertEquals(new Distribution.Pareto(1e7, 1.3), s.loss("exploit").orElseThrow().severity().distribution());
        assertEquals("exploit", s.loss("exploit").orElseThrow().label(), "label defaults to the name");
        assertEquals("AAVE", s.backstop().asset());
        assertEquals(2.5e6, s.backstop().stake());
        assertEquals(0.3, s.backstop().maxSlash());
        assertEquals(0.15, s.backstop().haircut());
        assertEquals(20, s.backstop().cooldownDays());
        assertEquals(WaterfallOrder.RESERVE_FIRST, s.backstop().order());
        assertEquals(0.1, s.backstop().rewards().revenueShare());
        assertEquals(400.0 * 365, s.backstop().rewards().emissions().rate());
        assertFalse(s.backstop().rewards().emissions().rateInUsd());
        assertFalse(s.backstop().rewards().emissions().isCurve());
        assertEquals(0.08, s.stakers().requiredYield());
        assertEquals(2, s.stakers().elasticity());
        assertEquals(0.2, s.stakers().panic());
        assertEquals(0.04, s.stakers().riskFree());

        assertEquals(2, f.studies().size());
        Sweep sweep = (Sweep) f.studies().get(0);
        assertEquals(5e5, sweep.from());
        assertEquals(5e6, sweep.to());
        assertEquals(10, sweep.steps());
        SizeStudy size = (SizeStudy) f.studies().get(1);
        assertEquals("p_shortfall", size.metric());
        assertEquals(SizeStudy.Comparison.AT_MOST, size.op());
        assertEquals(0.005, size.target());
        assertEquals(1e5, size.lo());
        assertEquals(2e7, size.hi());
    }

    @Test
    void listGivesNameTitleAndDescription() {
        List<BundledScenarios.Entry> list = BundledScenarios.list();
        assertFalse(list.isEmpty());
        BundledScenarios.Entry first = list.get(0);
        assertEquals("lending-native", first.name());
        assertEquals("Lending protocol, native-token backstop", first.title());
        assertTrue(first.description().contains("native-token backstop"), first.description());
        for (BundledScenarios.Entry e : list) {
            assertTrue(BundledScenarios.load(e.name()).ok(), () -> BundledScenarios.load(e.name()).formatErrors());
        }
    }

    @Test
    void theBundledFileContainsTheSpecExampleVerbatim() {
        String text = BundledScenarios.text("lending-native.bsl").orElseThrow();
        assertTrue(text.contains("severity lognormal(median: 5M USD, sigma: 1.2)"));
        assertTrue(text.contains("size backstop.stake for p_shortfall <= 0.5% between 100k AAVE and 20M AAVE"));
    }

    @Test
    void anUnknownNameIsADiagnosticWithASuggestion() {
        assertTrue(BundledScenarios.text("nope").isEmpty());
        assertTrue(BundledScenarios.text("../pom.xml").isEmpty());
        ParseResult r = BundledScenarios.load("lending-nativ");
        assertFalse(r.ok());
        assertEquals("did you mean 'lending-native'?", r.errors().get(0).hint().orElseThrow());
    }

    @Test
    void errorsInABundledScenarioNameTheBundledFile() {
        ParseResult r = ScenarioParser.parse("lending-native.bsl", "scenario \"x\" {\n}\n", null);
        assertTrue(r.formatErrors().startsWith("lending-native.bsl:"));
    }
}
