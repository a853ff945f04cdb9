package dev.backstop.cli;

import dev.backstop.core.model.Scenario;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Settings the command line changes in a scenario ({@code --paths}, {@code --seed},
 * {@code --horizon}); empty ones keep the file's value. Immutable and thread-safe.
 */
public record ScenarioOverrides(OptionalLong paths, OptionalLong seed, OptionalDouble horizonDays) {
    /** No change. */
    public static final ScenarioOverrides NONE =
            new ScenarioOverrides(OptionalLong.empty(), OptionalLong.empty(), OptionalDouble.empty());

    /** From nullable option values. */
    public static ScenarioOverrides of(Long paths, Long seed, Double horizonDays) {
        return new ScenarioOverrides(paths == null ? OptionalLong.empty() : OptionalLong.of(paths),
                seed == null ? OptionalLong.empty() : OptionalLong.of(seed),
                horizonDays == null ? OptionalDouble.empty() : OptionalDouble.of(horizonDays));
    }

    /** A copy of {@code s} with the overrides applied; the model's checks apply. */
    public Scenario applyTo(Scenario s) {
        Scenario r = s;
        if (paths.isPresent()) {
            r = r.withPaths(paths.getAsLong());
        }
        if (seed.isPresent()) {
            // the language writes numbers up to 1e15: a larger seed would give a run whose canonical
            // scenario (summary.md's hash, 'backstop check') could not be read back
            if (Math.abs((double) seed.getAsLong()) > dev.backstop.core.model.Check.MAX_MAGNITUDE) {
                throw new IllegalArgumentException("--seed must be between -1e15 and 1e15, the largest numbers a "
                        + "scenario file can hold, got " + seed.getAsLong());
            }
            r = r.withSeed(seed.getAsLong());
        }
        if (horizonDays.isPresent()) {
            r = r.withHorizonDays(horizonDays.getAsDouble());
        }
        return r;
    }
}
