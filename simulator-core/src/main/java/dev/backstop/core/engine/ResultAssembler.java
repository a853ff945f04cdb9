package dev.backstop.core.engine;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.result.Estimate;
import dev.backstop.core.result.Intervals;
import dev.backstop.core.result.MetricKey;
import dev.backstop.core.result.MetricValue;
import dev.backstop.core.result.Metrics;
import dev.backstop.core.result.PathMeasure;
import dev.backstop.core.result.PathSample;
import dev.backstop.core.result.PercentileSource;
import dev.backstop.core.result.Quantiles;
import dev.backstop.core.result.SimulationResult;
import dev.backstop.core.result.SurvivalCurve;
import dev.backstop.core.result.ValuePaths;
import dev.backstop.core.stats.Moments;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns the merged summary of all paths into the aggregates of SPEC §1.4. Stateless.
 */
public final class ResultAssembler {
    static final double APR_PERCENTILE = 0.05;
    static final double APR_ALPHA = 0.05;
    static final double DEFICIT_PERCENTILE = 0.99;
    static final double DEFICIT_ALPHA = 0.01;

    private ResultAssembler() {}

    /**
     * The result of a complete run.
     *
     * @param total      every path's summary, merged in path order
     * @param sample     per-path measures of the first paths (may be empty)
     * @param valuePaths value traces of the first paths (may be empty)
     */
    public static SimulationResult assemble(Scenario scenario, PartialResult total, PathSample sample, ValuePaths valuePaths) {
        if (total.firstPath != 0 || total.paths != scenario.paths()) {
            throw new IllegalArgumentException("the merged result covers paths [" + total.firstPath + ", "
                    + (total.firstPath + total.paths) + "), not all " + scenario.paths());
        }
        StepGrid grid = new StepGrid(scenario);
        long n = total.paths;
        Map<MetricKey, MetricValue> m = new EnumMap<>(MetricKey.class);
        put(m, MetricKey.P_SLASH, Intervals.wilson(total.slashed, n));
        put(m, MetricKey.P_SHORTFALL, Intervals.wilson(total.shortfall, n));
        put(m, MetricKey.SLASH_EVENTS_MEAN, mean(total.slashEvents));
        put(m, MetricKey.SLASHED_USD_MEAN, mean(total.slashedUsd));
        put(m, MetricKey.SLASHED_FRACTION_MEAN, mean(total.slashedFraction));
        put(m, MetricKey.DEFICIT_USD_MEAN, mean(total.deficitUsd));

        double[] deficitDesc = negate(total.highestDeficit.sortedAscending());
        m.put(MetricKey.DEFICIT_USD_VAR99, MetricValue.of(MetricKey.DEFICIT_USD_VAR99,
                Quantiles.type7FromUpperTail(deficitDesc, n, DEFICIT_PERCENTILE)));
        m.put(MetricKey.DEFICIT_USD_CVAR99, MetricValue.of(MetricKey.DEFICIT_USD_CVAR99,
                -Quantiles.lowerTailMean(negate(deficitDesc), n, DEFICIT_ALPHA)));

        put(m, MetricKey.RESERVE_USED_USD_MEAN, mean(total.reserveUsedUsd));
        put(m, MetricKey.BACKSTOP_VALUE_END_USD_MEAN, mean(total.backstopValueEndUsd));
        m.put(MetricKey.FIRST_SLASH_DAY_MEDIAN, MetricValue.of(MetricKey.FIRST_SLASH_DAY_MEDIAN,
                medianDay(total.firstSlashAt, total.slashed, grid)));

        Moments apr = total.stakerApr;
        put(m, MetricKey.STAKER_APR_MEAN, mean(apr));
        m.put(MetricKey.STAKER_APR_SD, MetricValue.of(MetricKey.STAKER_APR_SD, apr.sd()));
        put(m, MetricKey.STAKER_APR_GROSS_MEAN, mean(total.stakerAprGross));
        double[] lowest = total.lowestApr.sortedAscending();
        m.put(MetricKey.STAKER_APR_VAR95, MetricValue.of(MetricKey.STAKER_APR_VAR95,
                Quantiles.type7FromLowerTail(lowest, n, APR_PERCENTILE)));
        m.put(MetricKey.STAKER_APR_CVAR95, MetricValue.of(MetricKey.STAKER_APR_CVAR95,
                Quantiles.lowerTailMean(lowest, n, APR_ALPHA)));
        double excess = apr.mean() - scenario.stakers().riskFree();
        double sd = apr.sd();
        m.put(MetricKey.STAKER_SHARPE, MetricValue.of(MetricKey.STAKER_SHARPE, sd > 0 ? excess / sd : Double.NaN));
        double downside = Math.sqrt(total.downsideSquares / n);
        m.put(MetricKey.STAKER_SORTINO, MetricValue.of(MetricKey.STAKER_SORTINO,
                downside > 0 ? excess / downside : Double.NaN));
        put(m, MetricKey.P_STAKER_LOSS, Intervals.wilson(total.stakerLoss, n));

        Map<PathMeasure, Estimate> means = new EnumMap<>(PathMeasure.class);
        means.put(PathMeasure.SLASHED, Intervals.wilson(total.slashed, n));
        means.put(PathMeasure.SLASH_EVENTS, mean(total.slashEvents));
        means.put(PathMeasure.FIRST_SLASH_DAY, mean(total.firstSlashDay));
        means.put(PathMeasure.SLASHED_USD, mean(total.slashedUsd));
        means.put(PathMeasure.SLASHED_FRACTION, mean(total.slashedFraction));
        means.put(PathMeasure.SHORTFALL, Intervals.wilson(total.shortfall, n));
        means.put(PathMeasure.DEFICIT_USD, mean(total.deficitUsd));
        means.put(PathMeasure.RESERVE_USED_USD, mean(total.reserveUsedUsd));
        means.put(PathMeasure.BACKSTOP_VALUE_END_USD, mean(total.backstopValueEndUsd));
        means.put(PathMeasure.STAKER_APR, mean(total.stakerApr));
        means.put(PathMeasure.STAKER_APR_GROSS, mean(total.stakerAprGross));
        means.put(PathMeasure.LOSSES_USD, mean(total.lossesUsd));
        means.put(PathMeasure.SWEPT_USD, mean(total.sweptUsd));

        return new SimulationResult(scenario, new Metrics(m), survival(total.firstSlashAt, n, grid),
                survival(total.firstShortfallAt, n, grid), means, PercentileSource.EXACT, sample, valuePaths);
    }

    private static void put(Map<MetricKey, MetricValue> m, MetricKey k, Estimate e) {
        m.put(k, MetricValue.of(k, e));
    }

    private static Estimate mean(Moments x) {
        if (x.count() == 0) {
            return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        }
        return Intervals.normalMean(x.mean(), x.sd(), x.count());
    }

    private static double[] negate(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = -a[i];
        }
        return out;
    }

    private static SurvivalCurve survival(long[] firstAt, long n, StepGrid grid) {
        int steps = grid.steps();
        long[] alive = new long[steps + 1];
        alive[0] = n;
        for (int k = 0; k < steps; k++) {
            alive[k + 1] = alive[k] - firstAt[k];
        }
        return new SurvivalCurve(grid.endDays(), alive, n);
    }

    /** Type-7 median of the first-slash days, exact from the per-step counts. */
    private static double medianDay(long[] firstAt, long slashed, StepGrid grid) {
        if (slashed == 0) {
            return Double.NaN;
        }
        double h = (slashed - 1) * 0.5;
        long lo = (long) Math.floor(h);
        double a = dayOfOrderStatistic(firstAt, lo, grid);
        double b = lo + 1 < slashed ? dayOfOrderStatistic(firstAt, lo + 1, grid) : a;
        return a + (h - lo) * (b - a);
    }

    private static double dayOfOrderStatistic(long[] firstAt, long index, StepGrid grid) {
        long seen = 0;
        for (int k = 0; k < firstAt.length; k++) {
            seen += firstAt[k];
            if (seen > index) {
                return grid.endDay(k + 1);
            }
        }
        throw new IllegalStateException("order statistic " + index + " beyond the counts");
    }
}
