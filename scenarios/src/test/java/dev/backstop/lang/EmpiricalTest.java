package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.Distribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code empirical("file.csv")}: read next to the scenario, never outside its folder. */
class EmpiricalTest {
    @TempDir
    Path dir;

    private static String scenario(String severity) {
        return "scenario \"e\" {\n  protocol { tvl 1B USD }\n  losses {\n    source s { severity " + severity
                + " }\n  }\n  backstop { stake 1M USD }\n}\n";
    }

    /** Parses a one-source scenario written to {@code folder/s.bsl} with the given severity (also for {@link ContainmentTest}). */
    static ParseResult parseIn(Path folder, String severity) throws IOException {
        Path file = folder.resolve("s.bsl");
        Files.writeString(file, scenario(severity));
        return ScenarioParser.parseFile(file);
    }

    @Test
    void valuesAreReadOnePerLineSkippingBlanksAndComments() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/losses.csv"), "# observed losses\n1M\n\n2500000  # big one\n3.5e5\r\n");
        ParseResult r = parseIn(dir, "empirical(\"data/losses.csv\")");
        assertTrue(r.ok(), r::formatErrors);
        Distribution d = r.orThrow().scenario().losses().get(0).severity().distribution();
        assertArrayEquals(new double[] {1e6, 2.5e6, 3.5e5}, ((Distribution.Empirical) d).values());

        String printed = CanonicalPrinter.print(r.orThrow());
        assertTrue(printed.contains("empirical(\"data/losses.csv\")"));
        assertEquals(r.orThrow(), ScenarioParser.parse("again", printed, dir).orThrow());
    }

    @Test
    void fractionsMayUsePercent() throws IOException {
        Files.writeString(dir.resolve("f.csv"), "1%\n0.02\n");
        ParseResult r = parseIn(dir, "fraction empirical(\"f.csv\") of tvl");
        assertTrue(r.ok(), r::formatErrors);
        assertArrayEquals(new double[] {0.01, 0.02},
                ((Distribution.Empirical) r.orThrow().scenario().losses().get(0).severity().distribution()).values());
    }

    @Test
    void aLinkLeadingOutsideTheFolderIsRefused() throws IOException {
        Path inside = Files.createDirectories(dir.resolve("scenario"));
        Path outside = Files.writeString(dir.resolve("secret.csv"), "1\n");
        Files.createSymbolicLink(inside.resolve("link.csv"), outside);
        ParseResult r = parseIn(inside, "empirical(\"link.csv\")");
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("outside the scenario's folder"), r::formatErrors);
    }

    @Test
    void withoutAFolderEmpiricalDataIsAnError() {
        ParseResult r = ScenarioParser.parse("t.bsl", scenario("empirical(\"x.csv\")"), null);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("needs the scenario to be read from a file"));
        assertEquals(4, r.errors().get(0).line());
        assertEquals(35, r.errors().get(0).column());
    }

    @Test
    void emptyAndTooLongFilesAreRefused() throws IOException {
        Files.writeString(dir.resolve("empty.csv"), "# nothing\n\n");
        assertTrue(parseIn(dir, "empirical(\"empty.csv\")").formatErrors().contains("holds no values"));
        Files.writeString(dir.resolve("many.csv"), "1\n".repeat(EmpiricalFiles.MAX_VALUES + 1));
        assertTrue(parseIn(dir, "empirical(\"many.csv\")").formatErrors().contains("more than 1000000 values"));
    }

    @Test
    void parseFileReportsUnreadableFilesAtOneOne() {
        ParseResult r = ScenarioParser.parseFile(dir.resolve("missing.bsl"));
        assertFalse(r.ok());
        assertEquals(1, r.errors().get(0).line());
        assertTrue(r.errors().get(0).message().contains("no such file"));
        assertTrue(r.errors().get(0).file().endsWith("missing.bsl"));
    }

    @Test
    void parseFileStripsTheByteOrderMark() throws IOException {
        Path f = dir.resolve("bom.bsl");
        Files.writeString(f, "\uFEFF" + scenario("fixed(1M USD)"));
        assertTrue(ScenarioParser.parseFile(f).ok());
    }
}
