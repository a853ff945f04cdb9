package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.engine.Engine;
import dev.backstop.core.engine.RunOptions;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled scenario library (issue 7): every file the index lists exists and every file is
 * listed; each parses, survives the canonical printer, carries the header the library promises
 * (what it models, where each number comes from, what it leaves out), and runs to figures that are
 * neither degenerate nor absurd with a few thousand paths.
 */
class LibraryTest {
    /** The six scenarios of issue 7, in the order {@code backstop list} shows them. */
    static final List<String> EXPECTED = List.of("lending-native", "umbrella-stable", "perp-insurance", "restaking",
            "mutual-cover", "ruin-classic");

    private static final long PATHS = 2_000;
    private static Engine engine;

    @BeforeAll
    static void startEngine() {
        engine = Engine.withThreads(2);
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    static Stream<String> names() {
        return BundledScenarios.names().stream();
    }

    @Test
    void theIndexListsTheSixScenariosAndEveryFileInTheFolder() throws IOException {
        assertEquals(EXPECTED, BundledScenarios.names());
        try (Stream<Path> files = Files.list(Path.of("library"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".bsl"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
            assertEquals(EXPECTED.stream().sorted().toList(), onDisk, "a .bsl file in library/ is not in index.txt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void parsesAndRoundTripsThroughTheCanonicalPrinter(String name) {
        ParseResult r = BundledScenarios.load(name);
        assertTrue(r.ok(), r::formatErrors);
        ScenarioFile file = r.orThrow();
        String printed = CanonicalPrinter.print(file);
        ParseResult again = ScenarioParser.parse(name + " (printed)", printed, null);
        assertTrue(again.ok(), () -> again.formatErrors() + "\n---\n" + printed);
        assertEquals(file, again.orThrow(), () -> "the round trip changed the scenario; printed:\n" + printed);
        assertEquals(printed, CanonicalPrinter.print(again.orThrow()), "printing is not idempotent");
        assertFalse(file.studies().isEmpty(), "each bundled scenario shows at least one study statement");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void startsWithTheHeaderTheLibraryPromises(String name) {
        String text = BundledScenarios.text(name).orElseThrow();
        String header = text.substring(0, text.indexOf("\nscenario "));
        assertTrue(header.lines().allMatch(l -> l.isBlank() || l.startsWith("#")),
                "the header is comments only, before the scenario block");
        assertTrue(header.contains("WHAT IT MODELS"), "says what it models");
        assertTrue(header.contains("THE NUMBERS"), "says where its numbers come from");
        assertTrue(header.contains("illustrative") || header.contains("Illustrative"),
                "says which numbers are illustrative");
        assertTrue(header.contains("WHAT THE MODEL LEAVES OUT"), "says what it leaves out");
        BundledScenarios.Entry entry = BundledScenarios.list().stream().filter(e -> e.name().equals(name))
                .findFirst().orElseThrow();
        assertFalse(entry.description().isBlank());
        assertTrue(entry.description().length() <= 100, () -> "backstop list shows one short line: " + entry.description());
        for (String line : header.lines().toList()) {
            assertTrue(line.length() <= 100, () -> "comment line longer than 100 characters: " + line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void runsToFiguresThatAreNeitherDegenerateNorAbsurd(String name) {
        Scenario s = BundledScenarios.load(name).orThrow().scenario().withPaths(PATHS);
        SimulationResult r = engine.run(s, RunOptions.DEFAULT.withKeepPaths(0).withValuePaths(0));
        for (MetricValue v : r.metrics().all()) {
            v.value().ifPresent(x -> assertTrue(Double.isFinite(x), () -> v.key().key() + " = " + x));
        }
        double pSlash = r.metrics().of(MetricKey.P_SLASH);
        double pShortfall = r.metrics().of(MetricKey.P_SHORTFALL);
        if (s.backstop().stake() == 0) {
            // ruin-classic: no backstop, the shortfall is the figure of interest
            assertEquals(0, pSlash);
            assertTrue(pShortfall > 0.05 && pShortfall < 0.6, () -> "p_shortfall " + pShortfall);
        } else {
            assertTrue(pSlash >= 0.001 && pSlash <= 0.6, () -> "p_slash " + pSlash);
            assertTrue(pShortfall <= 0.1, () -> "p_shortfall " + pShortfall);
            assertTrue(pShortfall < pSlash || s.backstop().maxSlash() < 1,
                    "with full slashing a shortfall needs the backstop to have paid first");
            double apr = r.metrics().of(MetricKey.STAKER_APR_MEAN);
            assertTrue(apr > -0.05 && apr < 0.3, () -> "staker_apr_mean " + apr);
            assertTrue(r.metrics().of(MetricKey.STAKER_APR_GROSS_MEAN) > 0, "stakers are paid something");
        }
    }
}
