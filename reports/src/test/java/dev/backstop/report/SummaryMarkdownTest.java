package dev.backstop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** summary.md carries the key figures with intervals and everything needed to reproduce the run. */
class SummaryMarkdownTest {
    private static final String CANONICAL = "abc";
    /** SHA-256("abc"), FIPS 180-2 appendix B.1. */
    private static final String ABC_SHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void containsReproductionLineVersionAndScenarioHash() {
        Reproduction r = Reproduction.of("lending-native", 4, 7, OptionalDouble.empty(), CANONICAL);
        String md = SummaryMarkdown.text(TinyResult.build(), r);
        assertTrue(md.contains("\nbackstop run lending-native --paths 4 --seed 7\n"), md);
        assertTrue(md.contains("Backstop " + Version.get()), md);
        assertTrue(md.contains(ABC_SHA256), md);
    }

    @Test
    void hashIsSha256OfTheCanonicalText() {
        assertEquals(ABC_SHA256, Reproduction.sha256("abc"));
    }

    @Test
    void keyFiguresAreWrittenForPeople() {
        String md = SummaryMarkdown.text(TinyResult.build(),
                Reproduction.of("x", 4, 7, OptionalDouble.empty(), CANONICAL));
        assertTrue(md.contains("| Chance the backstop is slashed at least once | 25.00 % | 4.56 – 69.94 % |"), md);
        assertTrue(md.contains("| Average amount taken from the backstop | $2.50M | $0.00 – $7.40M |"), md);
        assertTrue(md.contains("| Stakers' Sharpe ratio (excess return per unit of spread) | n/a | — |"), md);
        // the scenario name's quotes are kept, and a pipe could not break the table
        assertTrue(md.startsWith("### Backstop simulation: Tiny \"test\"\n"), md);
    }

    @Test
    void horizonOverrideAndOddPathsAreReproducible() {
        Reproduction r = Reproduction.of("my scenarios/it's.bsl", 1000, -3, OptionalDouble.of(180), CANONICAL);
        assertEquals("backstop run 'my scenarios/it'\\''s.bsl' --paths 1000 --seed -3 --horizon 180", r.command());
    }
}
