package dev.backstop.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.model.Distribution;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files cannot reach outside their folder (issue 6, item 6), and neither a scenario file
 * nor a data file can make Backstop read without bound. Complements {@link EmpiricalTest} (a link
 * to a file outside, the value limits) and the error corpus ({@code ..}, an absolute path).
 */
class ContainmentTest {
    @TempDir
    Path dir;

    private static void assertRefused(ParseResult r, String why) {
        assertFalse(r.ok(), "should be refused: " + why);
        assertEquals(1, r.errors().size(), r::formatErrors);
        assertTrue(r.errors().get(0).message().contains(why), r::formatErrors);
        assertEquals(4, r.errors().get(0).line(), "reported at the file name");
    }

    @Test
    void aLinkToAFolderOutsideIsRefused() throws IOException {
        Path inside = Files.createDirectories(dir.resolve("scenario"));
        Path outside = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(outside.resolve("keys.csv"), "1\n2\n");
        Files.createSymbolicLink(inside.resolve("data"), outside);
        assertRefused(EmpiricalTest.parseIn(inside, "empirical(\"data/keys.csv\")"), "outside the scenario's folder");
    }

    @Test
    void aChainOfLinksThatEndsOutsideIsRefused() throws IOException {
        Path inside = Files.createDirectories(dir.resolve("scenario"));
        Path outside = Files.writeString(dir.resolve("secret.csv"), "1\n");
        Files.createSymbolicLink(inside.resolve("b.csv"), outside);
        Files.createSymbolicLink(inside.resolve("a.csv"), inside.resolve("b.csv"));
        assertRefused(EmpiricalTest.parseIn(inside, "empirical(\"a.csv\")"), "outside the scenario's folder");
    }

    @Test
    void linksThatStayInsideAreFollowed() throws IOException {
        Path data = Files.createDirectories(dir.resolve("scenario/data"));
        Files.writeString(data.resolve("real.csv"), "1M\n2M\n");
        Files.createSymbolicLink(dir.resolve("scenario/alias.csv"), Path.of("data/real.csv"));
        ParseResult r = EmpiricalTest.parseIn(dir.resolve("scenario"), "empirical(\"alias.csv\")");
        assertTrue(r.ok(), r::formatErrors);
        assertArrayEquals(new double[] {1e6, 2e6},
                ((Distribution.Empirical) r.orThrow().scenario().losses().get(0).severity().distribution()).values());
    }

    @Test
    void aScenarioFolderReachedThroughALinkStillContainsItsData() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("x.csv"), "5\n");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        assertTrue(EmpiricalTest.parseIn(link, "empirical(\"x.csv\")").ok());
    }

    @Test
    void dotDotIsRefusedEvenWhenItWouldStayInside() throws IOException {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("x.csv"), "1\n");
        assertRefused(EmpiricalTest.parseIn(dir, "empirical(\"data/../x.csv\")"), "'..' is not allowed");
        assertRefused(EmpiricalTest.parseIn(dir, "empirical(\"../../../../../../etc/passwd\")"), "'..' is not allowed");
    }

    @Test
    void absolutePathsAreRefused() throws IOException {
        Path target = Files.writeString(dir.resolve("x.csv"), "1\n");
        assertRefused(EmpiricalTest.parseIn(dir, "empirical(\"" + target.toAbsolutePath() + "\")"), "not as an absolute path");
        assertRefused(EmpiricalTest.parseIn(dir, "empirical(\"/etc/passwd\")"), "not as an absolute path");
        assertRefused(EmpiricalTest.parseIn(dir, "empirical(\"\\\\etc\\\\passwd\")"), "not as an absolute path");
    }

    @Test
    void foldersDevicesAndPipesAreNotData() throws Exception {
        Files.createDirectories(dir.resolve("folder.csv"));
        assertRefused(EmpiricalTest.parseIn(dir, "empirical(\"folder.csv\")"), "is not a regular file");
        Path fifo = dir.resolve("pipe.csv");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
            // a pipe nobody writes to would block a reader for ever
            ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> EmpiricalTest.parseIn(dir, "empirical(\"pipe.csv\")"));
            assertRefused(r, "is not a regular file");
        }
    }

    @Test
    void aDataFileOverTenMegabytesIsRefusedUnread() throws IOException {
        Path big = dir.resolve("big.csv");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] line = "1\n".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written <= EmpiricalFiles.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertRefused(EmpiricalTest.parseIn(dir, "empirical(\"big.csv\")"), "larger than 10 MB");
    }

    @Test
    void aTwentyMegabyteScenarioFileIsRefusedQuicklyWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.bsl");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 20 * 1024; i++) {
                out.write(chunk);
            }
        }
        assertEquals(20L << 20, Files.size(big));
        ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> ScenarioParser.parseFile(big));
        assertEquals(1, r.errors().size());
        assertEquals(1, r.errors().get(0).line());
        assertEquals(1, r.errors().get(0).column());
        assertTrue(r.errors().get(0).message().contains("larger than 4 MB"), r::formatErrors);
    }

    @Test
    void aFileOfEndlessZerosIsCutOffAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            ParseResult r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ScenarioParser.parseFile(zero));
            assertFalse(r.ok());
            assertTrue(r.errors().get(0).message().contains("larger than 4 MB"), r::formatErrors);
        }
    }

    @Test
    void textJustUnderTheLimitIsReadAndOverItRefused() throws IOException {
        String body = RoundTripTest.MINIMAL;
        String padded = body + "#" + "x".repeat(ScenarioParser.MAX_TEXT_CHARS - body.length() - 1);
        assertEquals(ScenarioParser.MAX_TEXT_CHARS, padded.length());
        Path ok = Files.writeString(dir.resolve("ok.bsl"), padded);
        assertTrue(ScenarioParser.parseFile(ok).ok(), "exactly 1 MiB characters is allowed");
        Path over = Files.writeString(dir.resolve("over.bsl"), padded + "x");
        ParseResult r = ScenarioParser.parseFile(over);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("larger than 1 MB"), r::formatErrors);
    }
}
