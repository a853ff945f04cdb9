package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** Path counts and durations are written on the command line as in the language. */
class ValueConvertersTest {
    private final PathCountConverter paths = new PathCountConverter();
    private final DurationConverter duration = new DurationConverter();

    @Test
    void pathCounts() {
        assertEquals(1_000_000L, paths.convert("1000000"));
        assertEquals(1_000_000L, paths.convert("1M"));
        assertEquals(100_000L, paths.convert("100k"));
        assertEquals(1_000_000L, paths.convert("1_000_000"));
        assertEquals(2_500_000L, paths.convert("2.5M"));
        assertEquals(1_000_000L, paths.convert("1e6"));
        assertEquals(3_000_000_000L, paths.convert("3B"));
    }

    @Test
    void badPathCounts() {
        for (String bad : new String[] {"1x", "0", "-5", "1.5", "", "M", "1e13", "ten"}) {
            assertThrows(TypeConversionException.class, () -> paths.convert(bad), bad);
        }
    }

    @Test
    void durations() {
        assertEquals(180.0, duration.convert("180"));
        assertEquals(180.0, duration.convert("180 days"));
        assertEquals(1.0, duration.convert("1 day"));
        assertEquals(1.5, duration.convert("36 hours"));
        assertEquals(0.25, duration.convert("6 hours"));
    }

    @Test
    void badDurations() {
        for (String bad : new String[] {"0", "soon", "180 weeks", "-1 days", "40000 days"}) {
            assertThrows(TypeConversionException.class, () -> duration.convert(bad), bad);
        }
    }
}
