package dev.backstop.report.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** scratch: writes previews */
class ChartPreviewTest {
    @Test
    void preview() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/chart-preview"));
        for (RenderedChart c : RunCharts.of(Runs.lendingNative(20_000))) {
            Files.write(dir.resolve(c.name() + ".png"), c.png());
            Files.write(dir.resolve(c.name() + ".svg"), c.svg());
        }
        for (RenderedChart c : RunCharts.of(Runs.noLosses())) {
            Files.write(dir.resolve("quiet-" + c.name() + ".png"), c.png());
        }
    }
}
