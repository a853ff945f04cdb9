package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.backstop.core.RandomScenarios;
import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.model.Study;
import dev.backstop.core.model.Sweep;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code parse(print(s)) == s} for {@value #SCENARIOS} randomly generated valid scenarios built
 * from the model's types ({@link RandomScenarios}): every number, including doubles with all
 * their digits, every distribution, unicode names with quotes and backslashes, and studies.
 * Printing is also idempotent. A failure names the seed and index to replay.
 */
class PrintParsePropertyTest {
    static final int SCENARIOS = 500;
    private static final long SEED = 20261122;

    @Test
    void everyRandomValidScenarioPrintsToTextThatParsesBackToIt() {
        RandomScenarios generator = new RandomScenarios(SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < SCENARIOS; i++) {
            Scenario s = generator.next();
            ScenarioFile file = new ScenarioFile(s, studies(s, random));
            String printed;
            try {
                printed = CanonicalPrinter.print(file);
            } catch (RuntimeException e) {
                throw new AssertionError("cannot print scenario " + i + " of RandomScenarios(" + SEED + "): " + s, e);
            }
            ParseResult r = ScenarioParser.parse("printed.bsl", printed, null);
            if (!r.ok()) {
                fail("scenario " + i + " of RandomScenarios(" + SEED + ") prints to text that does not parse:\n"
                        + r.formatErrors() + "\n--- printed:\n" + printed);
            }
            assertEquals(file, r.orThrow(), "scenario " + i + " of RandomScenarios(" + SEED + "), printed:\n" + printed);
            assertEquals(printed, CanonicalPrinter.print(r.orThrow()), "printing is idempotent");
        }
    }

    /** A sweep and a size study of the stake, each half of the time. */
    private static List<Study> studies(Scenario s, SplittableRandom random) {
        List<Study> out = new ArrayList<>();
        double stake = Math.max(1, s.backstop().stake());
        if (random.nextBoolean()) {
            out.add(new Sweep(ParameterPath.of("backstop.stake"), stake / 10, stake * 10, random.nextInt(1, 50),
                    random.nextBoolean()));
        }
        if (random.nextBoolean()) {
            out.add(new SizeStudy(ParameterPath.of("backstop.stake"), "p_shortfall",
                    random.nextBoolean() ? SizeStudy.Comparison.AT_MOST : SizeStudy.Comparison.AT_LEAST,
                    random.nextDouble() * 0.1, 0, stake * 4));
        }
        return out;
    }
}
