package dev.backstop.core.study;

import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.SizeStudy;
import dev.backstop.core.result.MetricKey;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the sizing solver found (SPEC §3 {@code backstop size}). Immutable and thread-safe.
 *
 * @param study          the question: parameter, metric, comparison, target, range
 * @param base           the scenario every point varied (its paths and seed are the run's)
 * @param tolerance      the widest final bracket, parameter's stored unit
 * @param gridPoints     values simulated evenly across the range before bisecting
 * @param search         which end of the values meeting the target is sought
 * @param outcome        whether the target is met at a crossing inside the range, everywhere, or nowhere
 * @param atValue        the value found and the metrics there (empty when the target is met nowhere)
 * @param conservative   how the conservative value came out
 * @param atConservative the conservative value, where the interval's bound (the upper one for
 *                       {@code <=}, the lower one for {@code >=}) meets the target, and the metrics there
 * @param closest        when met nowhere: the simulated value whose metric came nearest the target
 * @param monotoneOnGrid whether the metric moved one way only across the grid (else the answer is
 *                       the first crossing from the searched end, and a reader should look at the chart)
 * @param evaluated      every simulated value, in increasing order
 */
public record SizeResult(SizeStudy study, Scenario base, double tolerance, int gridPoints, Search search, Outcome outcome,
                         Optional<SizePoint> atValue, Conservative conservative, Optional<SizePoint> atConservative,
                         Optional<SizePoint> closest, boolean monotoneOnGrid, List<SizePoint> evaluated) {

    /** Which value of the parameter is sought among those meeting the target. */
    public enum Search {
        /** The metric moves towards the target as the parameter grows: the smallest value meeting it. */
        SMALLEST,
        /** The metric moves away from the target as the parameter grows: the largest value meeting it. */
        LARGEST
    }

    /** Where the target is met. */
    public enum Outcome {
        /** Not met at the searched end, met at the other: the value is the crossing, to the tolerance. */
        CROSSING,
        /** Met at both ends: the value is the searched end itself, the boundary lies outside the range. */
        WHOLE_RANGE,
        /** Met at neither end: there is no value. */
        NOWHERE
    }

    /** How the conservative value came out. */
    public enum Conservative {
        /** Found inside the range. */
        FOUND,
        /** The interval's bound does not meet the target anywhere between the value and the range's end. */
        OUT_OF_RANGE,
        /** The metric has no interval (a percentile or a ratio), so there is no conservative value. */
        NO_INTERVAL,
        /** There is no value to be conservative about. */
        NO_VALUE
    }

    public SizeResult {
        evaluated = List.copyOf(evaluated);
    }

    public MetricKey metric() {
        return MetricKey.byKey(study.metric()).orElseThrow();
    }

    /** Whether the target is met somewhere in the range. */
    public boolean met() {
        return outcome != Outcome.NOWHERE;
    }

    /** The value found, empty when the target is met nowhere. */
    public OptionalDouble value() {
        return atValue.map(p -> OptionalDouble.of(p.value())).orElse(OptionalDouble.empty());
    }

    /** The conservative value, empty when there is none. */
    public OptionalDouble conservativeValue() {
        return atConservative.map(p -> OptionalDouble.of(p.value())).orElse(OptionalDouble.empty());
    }

    /** Paths per simulated value. */
    public long paths() {
        return base.paths();
    }
}
