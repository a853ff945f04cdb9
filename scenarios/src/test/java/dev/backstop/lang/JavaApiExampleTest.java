package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.engine.RunOptions;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The Java API example of {@code docs/java-api.md} is this test's code between the
 * {@code // guide:begin} and {@code // guide:end} markers, compiled and run here; a second test
 * checks that the guide shows exactly that code, so the example cannot go stale.
 */
class JavaApiExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/backstop/lang/JavaApiExampleTest.java");
    private static final Path GUIDE = Path.of("..", "docs", "java-api.md");

    @Test
    void theExampleRunsAndShowsAShortfallThatFallsAsTheStakeGrows() {
        List<Double> shortfalls = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        // guide:begin
        ScenarioFile file = BundledScenarios.load("perp-insurance").orThrow();
        // or, for your own file: ScenarioParser.parseFile(Path.of("my-protocol.bsl")).orThrow()
        Scenario base = file.scenario().withPaths(4_000);
        ParameterPath stake = ParameterPath.of("backstop.stake");

        try (Engine engine = Engine.create()) {
            for (double usd : new double[] {20e6, 60e6, 180e6}) {
                Scenario s = stake.apply(base, usd);
                SimulationResult r = engine.run(s, RunOptions.DEFAULT.withKeepPaths(1_000));
                Estimate p = r.metrics().estimate(MetricKey.P_SHORTFALL).orElseThrow();
                double apr = r.metrics().of(MetricKey.STAKER_APR_MEAN);
                System.out.printf("stake %,.0f USD: P(shortfall) %.2f %% [%.2f – %.2f %%], APR %.2f %%%n",
                        usd, 100 * p.value(), 100 * p.lo(), 100 * p.hi(), 100 * apr);
                shortfalls.add(p.value());

                Table paths = r.pathSample().toTable("paths");   // one row per kept path
                tables.add(paths);
            }
        }
        // guide:end
        assertEquals(3, shortfalls.size());
        assertTrue(shortfalls.get(0) >= shortfalls.get(1) && shortfalls.get(1) >= shortfalls.get(2),
                () -> "common random numbers: a larger stake never adds a shortfall " + shortfalls);
        assertTrue(shortfalls.get(0) > shortfalls.get(2), () -> "the stake matters here " + shortfalls);
        assertEquals(1_000, tables.get(0).rowCount());
        assertTrue(tables.get(0).columnNames().contains(PathMeasure.DEFICIT_USD.column()));
    }

    @Test
    void theGuideShowsExactlyTheCodeOfThisTest() throws IOException {
        String source = Files.readString(SOURCE);
        String region = source.substring(source.indexOf("// guide:begin\n") + "// guide:begin\n".length(),
                source.indexOf("        // guide:end"));
        String fromTest = region.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce("", (a, l) -> a + l + "\n");
        String guide = Files.readString(GUIDE);
        List<String> javaBlocks = GuideExamplesTest.fencedBlocks(guide).stream()
                .filter(b -> b.info().equals("java")).map(GuideExamplesTest.Block::text).toList();
        assertTrue(javaBlocks.stream().anyMatch(b -> b.contains(fromTest)),
                () -> "docs/java-api.md should contain, in a ```java block, exactly:\n" + fromTest);
    }
}
