package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.core.engine.RunOptions;
import dev.backstop.report.OutputDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backstop run} end to end on the bundled default scenario, in-process. */
class RunCommandTest {
    @TempDir
    Path tmp;

    private CliRun run(String out, String... more) {
        String[] args = new String[more.length + 5];
        args[0] = "run";
        args[1] = "--paths";
        args[2] = "2000";
        args[3] = "--out";
        args[4] = tmp.resolve(out).toString();
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.of(args);
    }

    @Test
    void oneThreadAndTwoThreadsWriteBitIdenticalOutputs() throws Exception {
        CliRun one = run("one", "--seed", "11", "--threads", "1", "--quiet");
        CliRun two = run("two", "--seed", "11", "--threads", "2", "--quiet");
        assertEquals(ExitStatus.OK, one.status(), one.toString());
        assertEquals(ExitStatus.OK, two.status(), two.toString());
        for (String f : new String[] {"metrics.json", "metrics.csv", "summary.md", "report.html", "staker-apr.png",
                "losses.svg"}) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)), Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
        assertEquals("", one.out(), "--quiet prints nothing");
    }

    @Test
    void jsonToStdoutPrintsOnlyTheJsonDocument() throws Exception {
        CliRun r = run("j", "--json", "-");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        String json = Files.readString(tmp.resolve("j/metrics.json"), StandardCharsets.UTF_8);
        assertEquals(json, r.out());
        assertTrue(r.out().startsWith("{\n  \"scenario\": "), r.out());
        // people still get the summary, on standard error
        assertTrue(r.err().contains("P(slash)"), r.toString());
    }

    @Test
    void jsonFileGetsTheSameDocument() throws Exception {
        Path file = tmp.resolve("copy.json");
        CliRun r = run("f", "--json", file.toString(), "--quiet");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("f/metrics.json")), Files.readAllBytes(file));
    }

    @Test
    void summaryNamesKeyFiguresAndFilesWritten() {
        CliRun r = run("s", "--seed", "5");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        assertTrue(r.out().contains("2,000 paths, seed 5"), r.out());
        assertTrue(r.out().matches("(?s).*P\\(slash\\) +[0-9.]+ %  \\[[0-9.]+ – [0-9.]+ %\\].*"), r.out());
        assertTrue(r.out().contains("metrics.json, metrics.csv, summary.md"), r.out());
    }

    @Test
    void refusesToReplaceForeignFilesUnlessForced() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("summary.md"), "my notes");
        CliRun refused = run("mine", "--quiet");
        assertEquals(ExitStatus.INVALID_INPUT, refused.status(), refused.toString());
        assertTrue(refused.err().contains(dir.resolve("summary.md").toString()), refused.toString());
        assertTrue(refused.err().contains("--force"), refused.toString());
        assertEquals("my notes", Files.readString(dir.resolve("summary.md")));
        assertFalse(Files.exists(dir.resolve("metrics.json")), "nothing written when one file is in the way");

        CliRun forced = run("mine", "--quiet", "--force");
        assertEquals(ExitStatus.OK, forced.status(), forced.toString());
        assertTrue(Files.readString(dir.resolve(OutputDirectory.MARKER)).contains("summary.md"));
        // and now that Backstop wrote it, a plain rerun replaces it
        assertEquals(ExitStatus.OK, run("mine", "--quiet").status());
    }

    @Test
    void savePathsWritesOneRowPerPath() throws Exception {
        CliRun r = run("p", "--save-paths", "--quiet");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        assertEquals(2001, Files.readAllLines(tmp.resolve("p/paths.csv")).size());
    }

    @Test
    void savePathsRefusesMorePathsThanFitInMemory() {
        CliRun r = CliRun.of("run", "--paths", Long.toString(RunOptions.MAX_KEPT_PATHS + 1), "--save-paths",
                "--out", tmp.resolve("x").toString());
        assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
        assertTrue(r.err().contains("--save-paths"), r.toString());
    }

    @Test
    void horizonOverrideTakesItsUnitAsASeparateWord() throws Exception {
        CliRun r = run("h", "--horizon", "30", "days", "--quiet");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        String json = Files.readString(tmp.resolve("h/metrics.json"));
        assertTrue(json.contains("\"horizon_days\": 30,"), json);
        assertTrue(Files.readString(tmp.resolve("h/summary.md")).contains("--horizon 30"));
    }

    @Test
    void writesTheReportAndEveryChartAsPngAndSvg() throws Exception {
        CliRun r = run("charts", "--quiet");
        assertEquals(ExitStatus.OK, r.status(), r.toString());
        Path dir = tmp.resolve("charts");
        java.util.List<String> names = dev.backstop.report.RunReport.names(false);
        for (String name : names) {
            assertTrue(Files.size(dir.resolve(name)) > 0, name);
        }
        for (String chart : dev.backstop.report.chart.RunCharts.NAMES) {
            byte[] png = Files.readAllBytes(dir.resolve(chart + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), chart);
            String svg = Files.readString(dir.resolve(chart + ".svg"), StandardCharsets.UTF_8);
            assertTrue(svg.contains("<svg") && svg.contains("<title>"), chart);
        }
        String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 100));
        // the page's reproduction line is summary.md's
        String md = Files.readString(dir.resolve("summary.md"), StandardCharsets.UTF_8);
        String command = md.substring(md.indexOf("```\n") + 4, md.indexOf("\n```", md.indexOf("```\n") + 4));
        assertTrue(html.contains("<pre id=\"command\"><code>" + command.replace("&", "&amp;").replace("<", "&lt;")
                .replace(">", "&gt;").replace("'", "&#39;") + "</code></pre>"), command);
        // every file written is in the marker, so the next run may replace it
        String marker = Files.readString(dir.resolve(OutputDirectory.MARKER));
        for (String name : names) {
            assertTrue(marker.contains("\n" + name + "\n"), name);
        }
    }
}
