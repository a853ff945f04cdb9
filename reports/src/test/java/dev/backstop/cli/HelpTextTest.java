package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's help is printed as written. Picocli reads option descriptions as format strings,
 * so a bare {@code %} ("95 % interval") is a broken conversion: picocli then prints a warning to
 * the process's standard error, outside the command's own streams, which is why this test watches
 * {@link System#err}.
 */
class HelpTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"run", "check", "list", "sweep", "size", "sensitivity", "bench"})
    void helpHasNoFormatWarnings(String command) {
        PrintStream original = System.err;
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        CliRun r;
        try {
            System.setErr(new PrintStream(process, true, StandardCharsets.UTF_8));
            r = CliRun.of(command, "--help");
        } finally {
            System.setErr(original);
        }
        String warnings = process.toString(StandardCharsets.UTF_8);
        assertEquals(0, r.status(), r.toString());
        assertFalse(warnings.contains("picocli WARN"), warnings);
        assertFalse(r.out().contains("%n") || r.out().contains("%%"), r.out());
        assertTrue(r.out().startsWith("Usage: backstop " + command), r.out());
    }
}
