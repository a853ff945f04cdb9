package dev.backstop.report.study;

import dev.backstop.core.model.ParameterPath;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.study.SweepPoint;
import dev.backstop.core.study.SweepResult;
import dev.backstop.report.FigureStyle;
import dev.backstop.report.chart.ChartTheme;
import dev.backstop.report.chart.Charts;
import dev.backstop.report.chart.RenderedChart;
import java.awt.BasicStroke;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The charts of a sweep: a metric against the parameter, and the risk–yield frontier. Stateless. */
final class SweepCharts {
    /** Size of the frontier's point labels, points. */
    private static final int LABEL_FONT = 14;

    private SweepCharts() {}

    /** The metric at every value of the parameter, with its 95 % interval as a band. */
    static RenderedChart curve(SweepResult r, MetricKey key, String name) {
        Scenario s = r.base();
        ParameterPath p = r.sweep().param();
        String label = StudyText.label(key);
        StudyText.Axis xa = StudyText.paramAxis(s, p);
        StudyText.Axis ya = StudyText.metricAxis(key);
        XYChart c = Charts.xy(label + " as " + p.text() + " varies", StudyCharts.axisTitle(p.text(), StudyText.unitTitle(s, p)
                        + (r.sweep().log() ? ", log scale" : "")),
                StudyCharts.axisTitle(label, StudyText.metricUnit(key)));
        boolean log = r.sweep().log();
        StudyCharts.axes(c, xa, ya);
        if (log) {
            StudyCharts.logTicks(c, xa, r.sweep().from(), r.sweep().to());
        }

        List<double[]> pts = new ArrayList<>(); // x, value, lo, hi
        for (SweepPoint pt : r.points()) {
            MetricValue m = pt.metrics().get(key);
            if (m.isDefined()) {
                double v = m.value().getAsDouble();
                Optional<Estimate> e = m.estimate();
                pts.add(new double[] {pt.value(), v, e.map(Estimate::lo).orElse(v), e.map(Estimate::hi).orElse(v)});
            }
        }
        String alt;
        if (pts.isEmpty()) {
            StudyCharts.placeholder(c, xOf(xa, log, r.sweep().from()), xOf(xa, log, r.sweep().to()),
                    label + " is not defined at any value of this sweep");
            alt = label + " is not defined at any value of the sweep.";
        } else {
            double[] x = StudyCharts.column(pts, 0);
            for (int i = 0; i < x.length; i++) {
                x[i] = xOf(xa, log, x[i]);
            }
            double[] lo = ya.apply(StudyCharts.column(pts, 2));
            double[] hi = ya.apply(StudyCharts.column(pts, 3));
            if (key.hasInterval()) {
                Charts.intervalBand(c, "95 % interval", x, lo, hi, ChartTheme.BLUE);
            }
            Charts.points(c, label, x, ya.apply(StudyCharts.column(pts, 1)), ChartTheme.BLUE);
            double bottom = java.util.Arrays.stream(lo).min().orElseThrow();
            StudyCharts.legendAway(c, x, hi, bottom, StudyText.style(key) == FigureStyle.PERCENT && bottom >= 0,
                    key.hasInterval());
            double[] first = pts.get(0);
            double[] last = pts.get(pts.size() - 1);
            boolean flat = java.util.Arrays.stream(StudyCharts.column(pts, 1)).distinct().count() == 1;
            // "goes from 6.50 % to 6.50 %" reads like a mistake: a curve that does not move is said to.
            alt = (flat ? label + " is " + StudyText.metric(key, first[1]) + " at every value from "
                    + StudyText.param(s, p, first[0]) + " to " + StudyText.param(s, p, last[0]) + ": " + p.text()
                    + " does not change it on these paths"
                    : label + " goes from " + StudyText.metric(key, first[1]) + " at " + StudyText.param(s, p, first[0])
                    + " to " + StudyText.metric(key, last[1]) + " at " + StudyText.param(s, p, last[0]))
                    + (key.hasInterval() ? ", with its 95 % interval as a band." : ".");
        }
        return StudyCharts.render(name, alt, c);
    }

    /**
     * Staker APR (mean) against P(shortfall), one labelled point per stake, with both 95 % intervals
     * as capped error bars: the trade-off a governance proposal weighs.
     */
    static RenderedChart frontier(SweepResult r, String name) {
        Scenario s = r.base();
        ParameterPath p = r.sweep().param();
        MetricKey xKey = MetricKey.P_SHORTFALL;
        MetricKey yKey = MetricKey.STAKER_APR_MEAN;
        StudyText.Axis xa = StudyText.metricAxis(xKey);
        StudyText.Axis ya = StudyText.metricAxis(yKey);
        XYChart c = Charts.xy("Risk–yield frontier by stake (bars: 95 % intervals)",
                StudyCharts.axisTitle(StudyText.label(xKey), "%"), StudyCharts.axisTitle(StudyText.label(yKey), "%"));
        StudyCharts.axes(c, xa, ya);
        c.getStyler().setLegendVisible(false);

        List<double[]> pts = new ArrayList<>(); // stake, x, xlo, xhi, y, ylo, yhi (drawn units)
        for (SweepPoint pt : r.points()) {
            MetricValue mx = pt.metrics().get(xKey);
            MetricValue my = pt.metrics().get(yKey);
            if (mx.isDefined() && my.isDefined()) {
                Estimate ex = mx.estimate().orElseThrow();
                Estimate ey = my.estimate().orElseThrow();
                pts.add(new double[] {pt.value(), xa.apply(ex.value()), xa.apply(ex.lo()), xa.apply(ex.hi()),
                        ya.apply(ey.value()), ya.apply(ey.lo()), ya.apply(ey.hi())});
            }
        }
        if (pts.isEmpty()) {
            StudyCharts.placeholder(c, 0, 1, "no stake gave a defined APR and P(shortfall)");
            return StudyCharts.render(name, "No point of the sweep has both figures defined.", c);
        }
        double xMin = pts.stream().mapToDouble(q -> q[2]).min().orElseThrow();
        double xMax = pts.stream().mapToDouble(q -> q[3]).max().orElseThrow();
        double yMin = pts.stream().mapToDouble(q -> q[5]).min().orElseThrow();
        double yMax = pts.stream().mapToDouble(q -> q[6]).max().orElseThrow();
        double xSpan = Math.max(xMax - xMin, 1e-6);
        double ySpan = Math.max(yMax - yMin, 1e-6);
        Frame f = new Frame(Math.max(0, xMin - 0.05 * xSpan), xMax + 0.18 * xSpan, yMin - 0.06 * ySpan,
                yMax + 0.06 * ySpan);
        c.getStyler().setXAxisMin(f.x0);
        c.getStyler().setXAxisMax(f.x1);
        c.getStyler().setYAxisMin(f.y0);
        c.getStyler().setYAxisMax(f.y1);

        BasicStroke thin = new BasicStroke(1.2f);
        double capX = f.dataPerPxX() * 4;
        double capY = f.dataPerPxY() * 4;
        for (int i = 0; i < pts.size(); i++) {
            double[] q = pts.get(i);
            whisker(c, "x interval " + i, new double[] {q[2], q[2], q[2], q[3], q[3], q[3]},
                    new double[] {q[4] - capY, q[4] + capY, q[4], q[4], q[4] - capY, q[4] + capY}, thin);
            whisker(c, "y interval " + i, new double[] {q[1] - capX, q[1] + capX, q[1], q[1], q[1] - capX, q[1] + capX},
                    new double[] {q[5], q[5], q[5], q[6], q[6], q[6]}, thin);
        }
        XYSeries line = Charts.points(c, "stakes", StudyCharts.column(pts, 1), StudyCharts.column(pts, 4), ChartTheme.BLUE);
        line.setShowInLegend(false);
        c.getStyler().setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, LABEL_FONT));
        List<double[]> taken = new ArrayList<>(); // boxes in px: x0, y0, x1, y1
        for (double[] q : pts) {
            taken.add(f.box(q[1], q[4], 12, 12));
            // the error bars too, so that no label is written across one
            taken.add(new double[] {f.px(q[2]), f.py(q[4]) - 3, f.px(q[3]), f.py(q[4]) + 3});
            taken.add(new double[] {f.px(q[1]) - 3, f.py(q[5]), f.px(q[1]) + 3, f.py(q[6])});
        }
        for (double[] q : pts) {
            String text = StudyText.param(s, p, q[0]);
            double[] at = f.place(q[1], q[4], 0.56 * LABEL_FONT * text.length() + 4, LABEL_FONT + 5, taken);
            c.addAnnotation(new AnnotationText(text, at[0], at[1], false));
        }
        double[] first = pts.get(0);
        double[] last = pts.get(pts.size() - 1);
        String alt = "From a stake of " + StudyText.param(s, p, first[0]) + " (P(shortfall) "
                + StudyText.metric(xKey, first[1] / xa.scale()) + ", staker APR " + StudyText.metric(yKey, first[4] / ya.scale())
                + ") to " + StudyText.param(s, p, last[0]) + " (P(shortfall) " + StudyText.metric(xKey, last[1] / xa.scale())
                + ", staker APR " + StudyText.metric(yKey, last[4] / ya.scale()) + "), with 95 % intervals as error bars.";
        return StudyCharts.render(name, alt, c);
    }

    private static void whisker(XYChart c, String name, double[] x, double[] y, BasicStroke stroke) {
        // Drawn as one polyline: cap, bar, cap (the caps are short segments across the ends).
        XYSeries w = c.addSeries(name, x, y);
        w.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        w.setLineColor(ChartTheme.translucent(ChartTheme.BLUE, 0x70));
        w.setLineStyle(stroke);
        w.setMarker(SeriesMarkers.NONE);
        w.setShowInLegend(false);
    }

    /**
     * The plot's data window and its approximate size in pixels, to place labels without overlaps.
     * XChart lays the plot out itself; the margins here are its usual ones for this chart size.
     */
    private record Frame(double x0, double x1, double y0, double y1) {
        static final double PLOT_W = ChartTheme.WIDTH - 125;
        static final double PLOT_H = ChartTheme.HEIGHT - 135;

        double dataPerPxX() {
            return (x1 - x0) / PLOT_W;
        }

        double dataPerPxY() {
            return (y1 - y0) / PLOT_H;
        }

        double px(double x) {
            return (x - x0) / dataPerPxX();
        }

        double py(double y) {
            return (y - y0) / dataPerPxY();
        }

        double[] box(double x, double y, double w, double h) {
            return new double[] {px(x) - w / 2, py(y) - h / 2, px(x) + w / 2, py(y) + h / 2};
        }

        /**
         * The centre (data units) of a w×h label near the point: to its right, left, above or below,
         * the first position that overlaps nothing taken and stays in the plot, else the least
         * overlapping one. The chosen box is added to {@code taken}.
         */
        double[] place(double x, double y, double w, double h, List<double[]> taken) {
            double cx = px(x);
            double cy = py(y);
            double[][] offsets = {{w / 2 + 8, 0}, {w / 2 + 6, h * 0.8}, {w / 2 + 6, -h * 0.8}, {-w / 2 - 8, 0},
                    {-w / 2 - 6, h * 0.8}, {-w / 2 - 6, -h * 0.8}, {0, h + 2}, {0, -h - 2}};
            double best = Double.POSITIVE_INFINITY;
            double[] bestBox = null;
            for (double[] o : offsets) {
                double[] b = {cx + o[0] - w / 2, cy + o[1] - h / 2, cx + o[0] + w / 2, cy + o[1] + h / 2};
                double cost = 0;
                for (double[] t : taken) {
                    cost += overlap(b, t);
                }
                if (b[0] < 0 || b[2] > PLOT_W || b[1] < 0 || b[3] > PLOT_H) {
                    cost += w * h;
                }
                if (cost < best) {
                    best = cost;
                    bestBox = b;
                }
                if (cost == 0) {
                    break;
                }
            }
            taken.add(bestBox);
            return new double[] {x0 + (bestBox[0] + bestBox[2]) / 2 * dataPerPxX(),
                    y0 + (bestBox[1] + bestBox[3]) / 2 * dataPerPxY()};
        }

        private static double overlap(double[] a, double[] b) {
            double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
            double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /** Where a parameter value goes on the x axis: scaled, and as log10 on a log sweep. */
    private static double xOf(StudyText.Axis xa, boolean log, double v) {
        return log ? Math.log10(xa.apply(v)) : xa.apply(v);
    }
}
