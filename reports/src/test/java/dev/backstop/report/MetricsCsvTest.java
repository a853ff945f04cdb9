package dev.backstop.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.backstop.core.result.MetricKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** metrics.csv: header metric,value,ci95_lo,ci95_hi, one row per metric, empty cells where nothing exists. */
class MetricsCsvTest {
    private static List<String> lines(OutputFile f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.content().writeTo(out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void headerAndOneRowPerMetric() throws Exception {
        List<String> lines = lines(MetricsCsv.of(TinyResult.build()));
        assertEquals("metric,value,ci95_lo,ci95_hi", lines.get(0));
        assertEquals(MetricKey.values().length + 1, lines.size());
        for (int i = 0; i < MetricKey.values().length; i++) {
            assertEquals(MetricKey.values()[i].key(), lines.get(i + 1).split(",", -1)[0]);
            assertEquals(4, lines.get(i + 1).split(",", -1).length, lines.get(i + 1));
        }
    }

    @Test
    void missingCellsAreEmpty() throws Exception {
        List<String> lines = lines(MetricsCsv.of(TinyResult.build()));
        assertEquals("p_slash,0.25,0.0456,0.6994", lines.get(1));
        assertEquals("deficit_usd_var99,1234.5,,", lines.get(1 + MetricKey.DEFICIT_USD_VAR99.ordinal()));
        assertEquals("staker_sharpe,,,", lines.get(1 + MetricKey.STAKER_SHARPE.ordinal()));
        assertEquals("staker_apr_mean,-0.0123,,", lines.get(1 + MetricKey.STAKER_APR_MEAN.ordinal()));
    }

    @Test
    void pathsCsvHasOneRowPerPathAndEmptyFirstSlashDayWhereNone() throws Exception {
        List<String> lines = lines(PathsCsv.of(TinyResult.build().pathSample()));
        assertEquals(5, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals("path", header.get(0));
        int day = header.indexOf("first_slash_day");
        assertEquals("", lines.get(1).split(",", -1)[day]);
        assertEquals("2.0", lines.get(2).split(",", -1)[day]);
    }
}
