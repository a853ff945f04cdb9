package dev.backstop.core.study;

import java.util.List;

/**
 * The rounds of a precision-controlled computation and why it stopped. The last round is the answer.
 * Immutable and thread-safe when its results are.
 *
 * @param goal   what was asked
 * @param rounds every round, in order of increasing paths
 * @param stop   why no further round ran
 */
public record PrecisionOutcome<R>(PrecisionGoal goal, List<Round<R>> rounds, Stop stop) {
    /** Why the rounds stopped. */
    public enum Stop {
        /** The last round's half-width is at most the goal's. */
        RESOLVED,
        /** The last round ran the budget's paths (or more, when it started above it) and is still wider. */
        BUDGET
    }

    /**
     * One round.
     *
     * @param paths     paths of this round
     * @param result    its result
     * @param halfWidth the half-width of the goal's metric in it (NaN where the metric had no interval)
     */
    public record Round<R>(long paths, R result, double halfWidth) {}

    public PrecisionOutcome {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a precision outcome needs at least one round");
        }
    }

    public Round<R> last() {
        return rounds.get(rounds.size() - 1);
    }

    public boolean resolved() {
        return stop == Stop.RESOLVED;
    }
}
