package dev.backstop.report.chart;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.lang.BundledScenarios;
import dev.backstop.lang.ScenarioParser;
import java.util.HashMap;
import java.util.Map;

/** Small simulated runs for chart and report tests, cached per JVM (each takes about a second). */
public final class Runs {
    private static final Map<String, SimulationResult> CACHE = new HashMap<>();

    /** A scenario without any loss source: no slash, no shortfall, no loss. */
    public static final String NO_LOSSES = """
            scenario "Quiet <protocol> & \\"friends\\"" {
              paths 2000
              seed 3
              protocol { tvl 1B USD  revenue 1%/yr of tvl }
              reserve { initial 10M USD }
              backstop { stake 20M USD  rewards { revenue_share 20% } }
            }
            """;

    private Runs() {}

    /** The bundled default scenario with the given paths. */
    public static synchronized SimulationResult lendingNative(long paths) {
        return CACHE.computeIfAbsent("lending-native/" + paths, k -> run(
                BundledScenarios.load(BundledScenarios.DEFAULT).orThrow().scenario().withPaths(paths)));
    }

    /** {@link #NO_LOSSES}. */
    public static synchronized SimulationResult noLosses() {
        return CACHE.computeIfAbsent("no-losses", k -> run(
                ScenarioParser.parse("quiet.bsl", NO_LOSSES, null).orThrow().scenario()));
    }

    private static SimulationResult run(dev.backstop.core.model.Scenario s) {
        try (Engine e = Engine.withThreads(2)) {
            return e.run(s);
        }
    }
}
