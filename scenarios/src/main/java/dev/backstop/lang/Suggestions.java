package dev.backstop.lang;

import java.util.Collection;
import java.util.Optional;

/**
 * "Did you mean" suggestions: the known name closest to a misspelt one by optimal string alignment
 * distance (edits, plus swaps of neighbours), if it is close enough to be a likely typo.
 * Stateless and thread-safe.
 */
public final class Suggestions {
    private Suggestions() {}

    /** The closest candidate within a distance of about a third of the word's length (at least 1, at most 3). */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > 64) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int limit = Math.max(1, Math.min(3, word.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(word) || c.length() > 64) {
                continue;
            }
            int d = distance(lower, c.toLowerCase(java.util.Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code did you mean 'x'?} for the closest candidate, or null. */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> "did you mean '" + c + "'?").orElse(null);
    }

    /** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }
}
