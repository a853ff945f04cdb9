package dev.backstop.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What anyone needs to reproduce a run or a study: the command ({@code backstop run SCENARIO --paths N
 * --seed S [--horizon H]}, {@code backstop sweep SCENARIO --paths N --seed S --param …}), Backstop's version, and the SHA-256 of the scenario's canonical text as run
 * (with the command line's overrides applied), which identifies the scenario whatever its
 * formatting or comments. Immutable and thread-safe.
 *
 * @param verb          the command: {@code run}, {@code sweep}, {@code size}, {@code sensitivity}
 * @param scenario      the scenario argument as given (a file path or a bundled name)
 * @param paths         paths simulated
 * @param seed          seed used
 * @param horizonDays   the {@code --horizon} override, if one was given
 * @param options       the command's own options after the common ones, one word each (unquoted)
 * @param version       Backstop's version
 * @param scenarioSha256 hex SHA-256 of the canonical scenario text, UTF-8
 * @param canonicalText  the canonical scenario text itself (what {@code backstop check} prints), shown in
 *                       {@code report.html} so that readers can check the hash against it
 */
public record Reproduction(String verb, String scenario, long paths, long seed, OptionalDouble horizonDays,
                           List<String> options, String version, String scenarioSha256, String canonicalText) {
    public Reproduction {
        java.util.Objects.requireNonNull(verb, "verb");
        options = List.copyOf(options);
        java.util.Objects.requireNonNull(canonicalText, "canonicalText");
        // The page shows the text next to its hash: the two must never disagree.
        if (!sha256(canonicalText).equals(scenarioSha256)) {
            throw new IllegalArgumentException("scenarioSha256 is not the SHA-256 of canonicalText");
        }
    }

    /** A run's reproduction, whose hash is computed from the canonical text. */
    public static Reproduction of(String scenario, long paths, long seed, OptionalDouble horizonDays,
                                  String canonicalText) {
        return new Reproduction("run", scenario, paths, seed, horizonDays, List.of(), Version.get(),
                sha256(canonicalText), canonicalText);
    }

    /**
     * A study's reproduction ({@code backstop VERB SCENARIO --paths N --seed S OPTIONS…}), whose hash is
     * computed from the canonical text.
     */
    public static Reproduction ofStudy(String verb, String scenario, long paths, long seed, List<String> options,
                                       String canonicalText) {
        return new Reproduction(verb, scenario, paths, seed, OptionalDouble.empty(), options, Version.get(),
                sha256(canonicalText), canonicalText);
    }

    /** The command that reruns this exactly, each word quoted as a POSIX shell needs. */
    public String command() {
        StringBuilder sb = new StringBuilder("backstop ").append(shellWord(verb)).append(' ').append(shellWord(scenario))
                .append(" --paths ").append(paths).append(" --seed ").append(seed);
        horizonDays.ifPresent(h -> sb.append(" --horizon ").append(Json.number(h)));
        for (String o : options) {
            sb.append(' ').append(shellWord(o));
        }
        return sb.toString();
    }

    /** Hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The word as a POSIX shell reads it back: unquoted when safe, else in single quotes. */
    static String shellWord(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (Backstop %s, scenario SHA-256 %s)", command(), version, scenarioSha256);
    }
}
