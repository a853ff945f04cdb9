package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken input and faults through the real command line, in-process (issue 6, items 1, 5 and 7):
 * every file of the language's error corpus gives exit status 2 with its errors and no stack
 * trace; a worker that fails mid-run ends the command with one line, status 1, and leaves the
 * previous outputs as they were; the temporary files of a killed run are cleaned up, and only
 * those.
 */
class FaultsTest {
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\d+):(\\d+): (.+)");

    @TempDir
    Path tmp;

    @AfterEach
    void noFault() {
        TestHooks.progress = null;
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static void assertNoStackTrace(CliRun r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in thread"), r.toString());
    }

    @Test
    void everyFileOfTheErrorCorpusIsExitTwoWithItsErrorsAndNoStackTrace() throws IOException {
        Path corpus = Path.of("..", "scenarios", "src", "test", "resources", "errors");
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".bsl")).sorted().toList();
        }
        assertTrue(files.size() >= 60, "the corpus has " + files.size() + " files");
        for (Path file : files) {
            Matcher m = EXPECT.matcher(Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
            assertTrue(m.matches(), file.toString());
            for (String command : new String[] {"check", "run"}) {
                CliRun r = command.equals("run")
                        ? CliRun.of(command, file.toString(), "--out", tmp.resolve("never").toString())
                        : CliRun.of(command, file.toString());
                assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
                assertTrue(r.err().startsWith(file + ":" + m.group(1) + ":" + m.group(2) + ": error: "), r.toString());
                assertTrue(r.err().contains(m.group(3)), r.toString());
                assertNoStackTrace(r);
                assertEquals("", r.out(), r.toString());
            }
        }
        assertFalse(Files.exists(tmp.resolve("never")), "no output folder for invalid input");
    }

    @Test
    void allErrorsOfAFileComeOutAtOnce() throws IOException {
        Path file = Files.writeString(tmp.resolve("three.bsl"), """
                scenario "three mistakes" {
                  protocol { tvl 10B UDS }
                  backstop { stake -5 USD  max_slash 130% }
                  stakers { panik 20% }
                }
                """);
        CliRun r = CliRun.of("run", file.toString(), "--quiet");
        assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
        assertEquals(4, r.err().lines().filter(l -> l.startsWith(file + ":")).count(), r.toString());
        assertNoStackTrace(r);
    }

    @Test
    void aWorkerThatFailsMidRunEndsTheCommandWithOneLineAndLeavesThePreviousOutputs() throws IOException {
        Path out = tmp.resolve("out");
        CliRun first = CliRun.of("run", "--paths", "2000", "--out", out.toString(), "--quiet");
        assertEquals(ExitStatus.OK, first.status(), first.toString());
        Map<String, byte[]> before = files(out);
        assertTrue(before.containsKey("metrics.json"));

        TestHooks.progress = (done, total) -> {
            if (done >= 8_000) {
                throw new IllegalStateException("injected fault after " + done + " paths");
            }
        };
        CliRun failed = CliRun.of("run", "--paths", "400k", "--seed", "7", "--threads", "2", "--out", out.toString(),
                "--quiet");
        assertEquals(ExitStatus.FAILURE, failed.status(), failed.toString());
        assertEquals(1, failed.err().lines().count(), failed.toString());
        assertTrue(failed.err().startsWith("backstop: the simulation failed and no output was written: "
                + "IllegalStateException: injected fault after "), failed.toString());
        assertTrue(failed.err().contains(" at dev.backstop."), "says where: " + failed);
        assertEquals("", failed.out());
        Map<String, byte[]> after = files(out);
        assertEquals(before.keySet(), after.keySet(), "no file added or removed");
        before.forEach((name, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(name)), name + " changed"));
    }

    @Test
    void aSeedTheLanguageCannotWriteIsInvalidInput() {
        // found by the print/parse property test: such a run could not be written back as a scenario
        CliRun r = CliRun.of("run", "--seed", "4611686018427387904", "--paths", "100", "--quiet",
                "--out", tmp.resolve("seed").toString());
        assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
        assertTrue(r.err().contains("--seed must be between -1e15 and 1e15"), r.toString());
        assertEquals(ExitStatus.OK, CliRun.of("run", "--seed", "-1000000000000000", "--paths", "100", "--quiet",
                "--out", tmp.resolve("seed").toString()).status());
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedButNothingElse() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals(ExitStatus.OK, CliRun.of("run", "--paths", "1000", "--out", out.toString(), "--quiet").status());
        Path stale = Files.writeString(out.resolve(".metrics.json.1f2e3d4c5b6a7980.tmp"), "{\"half\": ");
        Path staleMarker = Files.writeString(out.resolve("..backstop-outputs.0a1b.tmp"), "# Fil");
        Path foreign = Files.writeString(out.resolve(".notes.txt.1234.tmp"), "mine");
        Path foreignPlain = Files.writeString(out.resolve("notes.txt"), "mine too");
        assertEquals(ExitStatus.OK, CliRun.of("run", "--paths", "1000", "--out", out.toString(), "--quiet").status());
        assertFalse(Files.exists(stale), "a killed run's half-written temporary file is cleaned up");
        assertFalse(Files.exists(staleMarker));
        assertTrue(Files.exists(foreign), "a file Backstop does not own is never touched");
        assertTrue(Files.exists(foreignPlain));
    }
}
