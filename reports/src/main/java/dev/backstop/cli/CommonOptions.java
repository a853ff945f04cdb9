package dev.backstop.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every simulating command shares (SPEC §3: {@code run}, {@code sweep}, {@code size},
 * {@code sensitivity}), mixed into each with {@code @Mixin}. Mutable: picocli fills it once per
 * command line.
 */
public final class CommonOptions {
    @Option(names = "--paths", paramLabel = "N", converter = PathCountConverter.class,
            description = "Number of simulated paths (e.g. 100000, 100k, 1M); default: the scenario's.")
    Long paths;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the random numbers; default: the scenario's.")
    Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads; default: all cores. Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder; default: backstop-out/<scenario>.")
    Path out;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the JSON document to FILE; '-' writes it to standard output, and nothing else goes there.")
    String json;

    @Option(names = "--quiet", description = "No progress bar and no summary; only the files (and --json -).")
    boolean quiet;

    @Option(names = "--force", description = "Replace files in the output folder that Backstop did not write.")
    boolean force;

    @Option(names = "--debug", description = "Print the stack trace of an unexpected failure.")
    boolean debug;

    /** The paths override, or null. */
    public Long paths() {
        return paths;
    }

    /** The seed override, or null. */
    public Long seed() {
        return seed;
    }

    /** Worker threads: the option, or every available core. */
    public int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** Largest {@code --threads}: far beyond any useful count, small enough not to exhaust the machine. */
    public static final int MAX_THREADS = 1024;

    /** Rejects a thread count outside 1..{@link #MAX_THREADS} as a command-line error (exit status 2). */
    public void checkThreads(picocli.CommandLine.Model.CommandSpec spec) {
        if (threads() < 1 || threads() > MAX_THREADS) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be between 1 and " + MAX_THREADS + ", got " + threads());
        }
    }

    /** Whether {@code --threads} was given. */
    public boolean threadsGiven() {
        return threads != null;
    }

    /** The output folder for a scenario of the given slug. */
    public Path outFor(String slug) {
        return out != null ? out : Path.of("backstop-out", slug);
    }

    /** The {@code --json} target, or null. */
    public String json() {
        return json;
    }

    /**
     * Prints a command's summary for people, unless {@code --quiet}: to standard output, or to standard
     * error when {@code --json -} keeps standard output for the JSON document alone.
     */
    public void printSummary(java.io.PrintWriter out, java.io.PrintWriter err, String summary) {
        if (!quiet) {
            java.io.PrintWriter human = jsonToStdout() ? err : out;
            human.print(summary);
            human.flush();
        }
    }

    /** Whether the JSON document goes to standard output. */
    public boolean jsonToStdout() {
        return "-".equals(json);
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean force() {
        return force;
    }

    public boolean debug() {
        return debug;
    }
}
