package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a separate process (issue 6, items 1, 5 and 7): killed with SIGKILL at
 * random moments while it simulates and while it writes, it leaves in its output folder the
 * previous complete outputs or the new complete ones, file by file, never half a file; on SIGINT
 * (Ctrl-C) it stops promptly, says so in one line and writes nothing; a broken scenario is exit
 * status 2 with its errors and no stack trace. The process runs {@link Main} on this test's own
 * class path, so the test needs no packaged jar.
 */
class KillTest {
    private static final String SCENARIO = """
            scenario "kill test" {
              protocol { tvl 1B USD  revenue 1%/yr of tvl }
              reserve { initial 20M USD  inflow 20% of revenue }
              losses {
                source hacks { rate 2/yr  severity lognormal(median: 10M USD, sigma: 1.5)  cap 300M USD }
              }
              backstop { stake 100M USD  max_slash 30%  rewards { revenue_share 20% } }
            }
            """;
    /** paths.csv of this many paths is some megabytes, so that kills also land while files are written. */
    private static final String PATHS = "100k";
    // every file a run with --save-paths writes: the metrics, summary, report, charts and paths.csv
    private static final List<String> OUTPUTS = dev.backstop.report.RunReport.names(true);

    @TempDir
    static Path tmp;
    private static Path scenario;

    @BeforeAll
    static void writeScenario() throws IOException {
        scenario = Files.writeString(tmp.resolve("kill.bsl"), SCENARIO);
    }

    private static ProcessBuilder backstop(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(log.resolveSibling(log.getFileName() + ".out").toFile())
                .redirectError(log.toFile());
    }

    private static String[] runArgs(Path out, long seed) {
        return new String[] {"run", scenario.toString(), "--paths", PATHS, "--seed", Long.toString(seed),
            "--threads", "2", "--save-paths", "--quiet", "--out", out.toString()};
    }

    private static Map<String, byte[]> outputs(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        for (String name : OUTPUTS) {
            Path p = dir.resolve(name);
            if (Files.exists(p)) {
                m.put(name, Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** Runs to completion and returns how long it took, in milliseconds. */
    private static long complete(Path out, long seed) throws Exception {
        Path log = tmp.resolve("complete-" + seed + ".err");
        long t0 = System.nanoTime();
        Process p = backstop(log, runArgs(out, seed)).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "a complete run took more than two minutes");
        assertEquals(0, p.exitValue(), Files.readString(log));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    @Test
    void aRunKilledAtAnyMomentLeavesThePreviousOrTheNewCompleteFilesNeverHalfAFile() throws Exception {
        // the two complete versions each file may have: the previous run's (seed 1) and the new one's (seed 2)
        Path out = tmp.resolve("out");
        complete(out, 1);
        Map<String, byte[]> previous = outputs(out);
        assertEquals(OUTPUTS.size(), previous.size());
        Path reference = tmp.resolve("reference");
        long millis = complete(reference, 2);
        Map<String, byte[]> next = outputs(reference);
        for (String name : OUTPUTS) {
            assertFalse(Arrays.equals(previous.get(name), next.get(name)), name + " must differ between the seeds");
        }

        SplittableRandom random = new SplittableRandom(42);
        int kills = 8;
        int midWrite = 0;
        for (int k = 0; k < kills; k++) {
            // alternate the seed, so that every kill can catch a file going from one version to the other
            long seed = k % 2 == 0 ? 2 : 1;
            // from late in the simulation to just past the end of the run: simulating, writing, done
            long delay = (long) (millis * (0.5 + 0.6 * random.nextDouble()));
            java.util.Set<String> staleBefore = temporaryFiles(out); // what earlier kills left
            Process p = backstop(tmp.resolve("kill-" + k + ".err"), runArgs(out, seed)).start();
            if (k % 4 < 2) {
                // at a random moment
                if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
                }
            } else {
                // aimed at the writing: as soon as a temporary file appears, and a few milliseconds later
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (p.isAlive() && staleBefore.containsAll(temporaryFiles(out)) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                Thread.sleep(random.nextInt(0, 20));
                p.destroyForcibly();
            }
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            int asNew = 0; // files already in their new version (a kill between two files leaves a mix)
            for (String name : OUTPUTS) {
                byte[] now = Files.readAllBytes(out.resolve(name));
                if (Arrays.equals(now, next.get(name))) {
                    asNew++;
                } else if (!Arrays.equals(now, previous.get(name))) {
                    fail(name + " after a kill at " + delay + " ms is neither of the two complete versions ("
                            + now.length + " bytes)");
                }
            }
            try (Stream<Path> s = Files.list(out)) {
                for (String n : s.map(f -> f.getFileName().toString()).toList()) {
                    assertTrue(OUTPUTS.contains(n) || n.equals(".backstop-outputs") || n.endsWith(".tmp"),
                            "unexpected file " + n);
                }
            }
            // a temporary file of this run, not one an earlier kill left (the run removes those when it starts)
            boolean leftovers = !staleBefore.containsAll(temporaryFiles(out));
            if (leftovers) {
                midWrite++; // killed while writing a file: its temporary file is left, the file itself whole
            }
        }
        assertTrue(midWrite >= 1, "no kill landed while a file was being written");
        // and the next complete run replaces everything and cleans up what the kills left
        complete(out, 2);
        Map<String, byte[]> last = outputs(out);
        for (String name : OUTPUTS) {
            assertArrayEquals(next.get(name), last.get(name), name);
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".tmp")).count(), "temporary files left behind");
        }
        System.out.println("KillTest: " + kills + " kills over a run of " + millis + " ms, " + midWrite
                + " of them in the middle of writing a file");
    }

    private static java.util.Set<String> temporaryFiles(Path dir) {
        String[] names = dir.toFile().list();
        return names == null ? java.util.Set.of()
                : Arrays.stream(names).filter(n -> n.endsWith(".tmp")).collect(java.util.stream.Collectors.toSet());
    }

    /** Whether this process ignores SIGINT (then its children do too, and Ctrl-C cannot be tested). */
    private static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return true;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
            }
        }
        return true;
    }

    @Test
    void ctrlCStopsTheRunPromptlySaysSoAndWritesNothing() throws Exception {
        Assumptions.assumeFalse(sigintIgnored(), "SIGINT is ignored in this environment (started in the background)");
        Path out = tmp.resolve("interrupted");
        Path log = tmp.resolve("interrupted.err");
        // far more paths than can be simulated before the signal
        Process p = backstop(log, "run", scenario.toString(), "--paths", "200M", "--threads", "2", "--quiet",
                "--out", out.toString()).start();
        Thread.sleep(2_500);
        assertTrue(p.isAlive(), "the run ended before the signal: " + Files.readString(log));
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
        long t0 = System.nanoTime();
        boolean stopped = p.waitFor(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (!stopped) {
            p.destroyForcibly();
        }
        assertTrue(stopped, "still running 10 s after Ctrl-C");
        assertTrue(seconds < 5, "stopped " + seconds + " s after Ctrl-C");
        assertEquals(130, p.exitValue(), "the shell's status for Ctrl-C");
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(List.of("backstop: interrupted; the run was stopped and no output was written"), err.lines().toList());
        assertEquals(Map.of(), outputs(out), "nothing written");
    }

    @Test
    void aBrokenScenarioIsExitTwoWithAllItsErrorsAndNoStackTrace() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.bsl"), """
                scenario "broken" {
                  protocol { tvl 10B UDS }
                  backstop { stake 5% }
                  losses { source a { severity lognormal(median: 5M USD) } }
                }
                """);
        Path log = tmp.resolve("broken.err");
        Process p = backstop(log, "run", broken.toString(), "--quiet", "--out", tmp.resolve("broken-out").toString()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertEquals(3, err.lines().filter(l -> l.startsWith(broken + ":")).count(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        assertFalse(Files.exists(tmp.resolve("broken-out")));
    }
}
