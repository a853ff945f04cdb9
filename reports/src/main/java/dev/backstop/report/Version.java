package dev.backstop.report;

/**
 * Backstop's version as written into {@code metrics.json} and {@code summary.md}: the
 * {@code Implementation-Version} of the runnable jar's manifest; outside that jar (tests, an IDE)
 * the {@code version.properties} Maven filled in at build time; {@link #FALLBACK} if neither is
 * there. Stateless and thread-safe.
 */
public final class Version {
    /** Used when no manifest says otherwise; kept equal to the Maven project version. */
    public static final String FALLBACK = "0.1.0";

    private Version() {}

    /** The version, never null. */
    public static String get() {
        return VERSION;
    }

    private static final String VERSION = find();

    private static String find() {
        String v = Version.class.getPackage().getImplementationVersion();
        if (v != null && !v.isBlank()) {
            return v;
        }
        try (java.io.InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String fromBuild = p.getProperty("version", "").strip();
                if (!fromBuild.isEmpty() && !fromBuild.startsWith("${")) {
                    return fromBuild;
                }
            }
        } catch (java.io.IOException e) {
            // unreadable resource: fall back
        }
        return FALLBACK;
    }
}
