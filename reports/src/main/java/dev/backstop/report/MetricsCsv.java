package dev.backstop.report;

import dev.backstop.core.result.SimulationResult;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes {@code metrics.csv}: columns {@code metric,value,ci95_lo,ci95_hi}, one row per metric of
 * SPEC §1.4 in order, with empty cells where a value or interval does not exist. Numbers are
 * written by Tablesaw as Java prints doubles (shortest round-trip form, e.g. {@code 0.1231},
 * {@code 1.0E7}). Stateless and thread-safe.
 */
public final class MetricsCsv {
    /** The header, in order. */
    public static final String[] COLUMNS = {"metric", "value", "ci95_lo", "ci95_hi"};

    private MetricsCsv() {}

    /** The metrics as a Tablesaw table with the columns of {@link #COLUMNS}. */
    public static Table table(MetricsTable metrics) {
        var rows = metrics.rows();
        int n = rows.size();
        String[] names = new String[n];
        double[] value = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        for (int i = 0; i < n; i++) {
            MetricsTable.Row r = rows.get(i);
            names[i] = r.key().key();
            value[i] = r.value();
            lo[i] = r.lo();
            hi[i] = r.hi();
        }
        // Tablesaw's missing double is NaN, which its CSV writer leaves empty.
        return Table.create("metrics").addColumns(StringColumn.create(COLUMNS[0], names),
                DoubleColumn.create(COLUMNS[1], value), DoubleColumn.create(COLUMNS[2], lo),
                DoubleColumn.create(COLUMNS[3], hi));
    }

    /** The file of a run. */
    public static OutputFile of(SimulationResult result) {
        Table t = table(MetricsTable.of(result));
        return new OutputFile("metrics.csv", out -> writeCsv(t, out));
    }

    /** Writes a table as CSV in UTF-8 to a stream it does not close. */
    static void writeCsv(Table t, OutputStream out) throws java.io.IOException {
        // Shielded: the caller still has to force the bytes to disk after Tablesaw is done.
        OutputStream shield = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
        Writer w = new OutputStreamWriter(shield, StandardCharsets.UTF_8);
        t.write().csv(w);
        w.flush();
    }
}
