package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.lang.BundledScenarios;
import org.junit.jupiter.api.Test;

/** {@code list} and {@code check} on the bundled scenarios. */
class ListAndCheckTest {
    @Test
    void listPrintsEveryBundledScenarioOnOneLine() {
        CliRun r = CliRun.of("list");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        var entries = BundledScenarios.list();
        assertEquals(entries.size(), r.out().lines().count(), r.out());
        for (var e : entries) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(e.name() + " ") && l.contains(e.title())), r.out());
        }
    }

    @Test
    void checkPrintsTheCanonicalForm() {
        CliRun r = CliRun.of("check", BundledScenarios.DEFAULT);
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        assertTrue(r.out().endsWith("\n"));
        assertEquals("", r.err());
    }

    @Test
    void slugsAreFolderSafe() {
        assertEquals("my-scenario-v2", ScenarioLoader.slug("My scenario (v2)"));
        assertEquals("scenario", ScenarioLoader.slug("***"));
    }
}
