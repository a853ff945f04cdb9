package dev.backstop.report;

/**
 * Backstop's version as written into {@code metrics.json} and {@code summary.md}: the
 * {@code Implementation-Version} of the runnable jar's manifest, or {@link #FALLBACK} when the
 * classes do not come from that jar (tests, an IDE). Stateless and thread-safe.
 */
public final class Version {
    /** Used when no manifest says otherwise; kept equal to the Maven project version. */
    public static final String FALLBACK = "0.1.0";

    private Version() {}

    /** The version, never null. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK : v;
    }
}
