package dev.backstop.report;

import dev.backstop.core.result.PathSample;

/**
 * Writes {@code paths.csv} ({@code run --save-paths}): one row per simulated path with its index
 * and the measures of SPEC §1.3 ({@link PathSample#toTable}); {@code first_slash_day} is empty on
 * paths without a slash. Stateless and thread-safe.
 */
public final class PathsCsv {
    /** The file name. */
    public static final String NAME = "paths.csv";

    private PathsCsv() {}

    /** The file for a sample; the table is built when the file is written, not before. */
    public static OutputFile of(PathSample sample) {
        return new OutputFile(NAME, out -> MetricsCsv.writeCsv(sample.toTable("paths"), out));
    }
}
