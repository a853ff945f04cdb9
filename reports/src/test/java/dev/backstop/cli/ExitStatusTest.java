package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.backstop.lang.BundledScenarios;
import dev.backstop.lang.ParseResult;
import dev.backstop.lang.ScenarioParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit status 2 for what the user typed wrong, with messages and no stack trace; 1 for the rest (SPEC §3). */
class ExitStatusTest {
    @TempDir
    Path tmp;

    private static void assertNoStackTrace(CliRun r) {
        assertFalse(r.err().contains("\tat "), r.toString());
        assertFalse(r.err().contains("Exception:") && r.err().contains("\n\tat"), r.toString());
    }

    @Test
    void unknownOptionIsInvalidInputWithOneLineAndAHint() {
        CliRun r = CliRun.of("run", "--pahts", "1000");
        assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
        assertTrue(r.err().startsWith("backstop: Unknown option: '--pahts'"), r.toString());
        assertTrue(r.err().contains("did you mean --paths?"), r.toString());
        assertTrue(r.err().contains("hint: see 'backstop run --help'"), r.toString());
        assertEquals(2, r.err().lines().count(), r.toString());
        assertEquals("", r.out());
    }

    @Test
    void missingCommandIsInvalidInput() {
        assertEquals(ExitStatus.INVALID_INPUT, CliRun.of().status());
        assertEquals(ExitStatus.INVALID_INPUT, CliRun.of("simulate").status());
    }

    @Test
    void malformedOptionValuesAreInvalidInput() {
        for (String[] args : new String[][] {{"run", "--paths", "1x"}, {"run", "--paths", "0"}, {"run", "--seed", "abc"},
                {"run", "--horizon", "soon"}, {"run", "--threads", "0"}}) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
            assertTrue(r.err().startsWith("backstop: "), r.toString());
            assertNoStackTrace(r);
        }
    }

    @Test
    void missingFileIsInvalidInput() {
        CliRun r = CliRun.of("run", tmp.resolve("nope.bsl").toString());
        assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
        assertTrue(r.err().contains("no such file: " + tmp.resolve("nope.bsl")), r.toString());
        assertNoStackTrace(r);
        assertEquals(ExitStatus.INVALID_INPUT, CliRun.of("check", "missing/x.bsl").status());
    }

    @Test
    void unknownBundledNameListsTheNamesAndSuggestsOne() {
        String known = BundledScenarios.DEFAULT;
        CliRun r = CliRun.of("run", known.substring(0, known.length() - 1));
        assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
        assertTrue(r.err().contains("did you mean '" + known + "'?"), r.toString());
        assertTrue(r.err().contains("bundled scenarios: ") && r.err().contains(known), r.toString());
    }

    @Test
    void brokenScenarioPrintsEveryDiagnosticExactlyAsFormatted() throws Exception {
        Path file = tmp.resolve("broken.bsl");
        Files.writeString(file, """
                scenario "Broken" {
                  protocol { tvl 10B USD }
                  market {
                    asset ETH { price 3000 USD  volatilty 70%/yr }
                  }
                  backstop { stake 5% }
                }
                """);
        ParseResult expected = ScenarioParser.parseFile(file);
        assertFalse(expected.ok(), "the fixture must be broken");
        for (String command : new String[] {"run", "check"}) {
            CliRun r = CliRun.of(command, file.toString());
            assertEquals(ExitStatus.INVALID_INPUT, r.status(), r.toString());
            assertEquals(expected.formatErrors() + System.lineSeparator(), r.err(), r.toString());
            assertEquals("", r.out());
        }
    }

    @Test
    void helpAndVersionSucceed() {
        assertEquals(ExitStatus.OK, CliRun.of("--help").status());
        assertEquals(ExitStatus.OK, CliRun.of("run", "--help").status());
        CliRun v = CliRun.of("--version");
        assertEquals(ExitStatus.OK, v.status());
        assertTrue(v.out().startsWith("backstop "), v.toString());
    }

    @Test
    void unexpectedFailureIsOneLineWithWhereAndStackTraceOnlyWithDebug() {
        FailureHandler handler = new FailureHandler();
        Exception boom = new IllegalStateException("boom");

        StringWriter plain = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(plain));
        int status = handler.handleExecutionException(boom, cl, cl.parseArgs("list"));
        assertEquals(ExitStatus.FAILURE, status);
        assertEquals(1, plain.toString().lines().count(), plain.toString());
        assertTrue(plain.toString().startsWith("backstop: failed: IllegalStateException: boom at dev.backstop.cli."),
                plain.toString());

        StringWriter debug = new StringWriter();
        cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(debug));
        handler.handleExecutionException(boom, cl, cl.parseArgs("list", "--debug"));
        assertTrue(debug.toString().contains("\tat dev.backstop.cli."), debug.toString());
    }

    @Test
    void rejectedCommandLineValuesAreInvalidInputWithTheirHint() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        int status = new FailureHandler().handleExecutionException(
                new dev.backstop.lang.InputException("'5%' is not an amount of AAVE", "write e.g. 500k AAVE"), cl,
                cl.parseArgs("list"));
        assertEquals(ExitStatus.INVALID_INPUT, status);
        assertEquals("backstop: '5%' is not an amount of AAVE\nhint: write e.g. 500k AAVE\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }
}
