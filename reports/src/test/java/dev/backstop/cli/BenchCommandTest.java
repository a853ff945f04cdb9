package dev.backstop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backstop bench --json FILE} writes exactly the keys issue 3 names, with consistent figures
 * (with one repetition, the ratio and the scaling are the quotients of the speeds; with more, the
 * medians of each repetition's quotients). Speed itself is not asserted here: it is measured, not
 * tested.
 */
class BenchCommandTest {

    static double field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": ([-0-9.E]+)").matcher(json);
        assertTrue(m.find(), "missing key " + key + " in\n" + json);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void writesTheFiguresAsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.json");
        CliRun r = CliRun.of("bench", "--paths", "2048", "--repetitions", "1", "--threads", "2", "--json", file.toString());
        assertEquals(0, r.status(), r.toString());
        String json = Files.readString(file);
        double engine = field(json, "path_steps_per_s");
        double one = field(json, "path_steps_per_s_1thread");
        double floor = field(json, "floor_path_steps_per_s");
        assertTrue(engine > 0 && one > 0 && floor > 0, json);
        assertEquals(engine / floor, field(json, "ratio_to_floor"), 1e-9 * engine / floor);
        assertEquals(engine / one, field(json, "thread_scaling"), 1e-9 * engine / one);
        assertEquals(2048, field(json, "paths"));
        assertEquals(365, field(json, "steps"));
        assertTrue(r.out().contains("ratio to floor"), r.toString());
    }
}
