package dev.backstop.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The folder that receives a run's outputs ({@code --out DIR}, SPEC §4). Every file is written
 * atomically ({@link AtomicFiles}); the folder's marker file {@value #MARKER} lists, one per line,
 * the files Backstop wrote there, and a file that exists but is not listed is never replaced unless
 * {@code force} is set. Not thread-safe: one writer per folder.
 *
 * <p>A name is added to the marker <em>before</em> its file is moved into place, so that a crash
 * between the two never leaves a Backstop file that the next run refuses to replace; at worst the
 * marker names a file that does not exist yet, which is harmless.
 */
public final class OutputDirectory {
    /** Name of the marker file listing what Backstop wrote in the folder. */
    public static final String MARKER = ".backstop-outputs";

    private static final String MARKER_HEADER =
            "# Files Backstop wrote in this folder, one per line. Backstop replaces these and no others.";

    private final Path dir;
    private final boolean force;
    private final TreeSet<String> owned;

    private OutputDirectory(Path dir, boolean force, TreeSet<String> owned) {
        this.dir = dir;
        this.force = force;
        this.owned = owned;
    }

    /**
     * Opens (creating it and its parents if needed) an output folder.
     *
     * @param force whether files Backstop did not write may be replaced
     */
    public static OutputDirectory open(Path dir, boolean force) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputConflictException(dir, "cannot write outputs to " + dir + ": it is a file, not a folder;"
                    + " choose another --out");
        }
        Files.createDirectories(dir);
        TreeSet<String> owned = readMarker(dir);
        removeStaleTemporaryFiles(dir, owned);
        return new OutputDirectory(dir, force, owned);
    }

    /** {@code .NAME.HEX.tmp}, the temporary file {@link AtomicFiles} writes before moving it to NAME. */
    private static final java.util.regex.Pattern TEMPORARY = java.util.regex.Pattern.compile("\\.(.+)\\.[0-9a-f]{1,16}\\.tmp");

    /**
     * Deletes the temporary files a killed run left behind (a process killed between creating one
     * and moving it into place cannot clean up): only those of files Backstop owns here and of the
     * marker, never anything else.
     */
    private static void removeStaleTemporaryFiles(Path dir, Set<String> owned) throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                java.util.regex.Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && (owned.contains(m.group(1)) || m.group(1).equals(MARKER))
                        && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The folder. */
    public Path path() {
        return dir;
    }

    /** The file names the marker lists, sorted. */
    public Set<String> owned() {
        return java.util.Collections.unmodifiableSet(new TreeSet<>(owned));
    }

    /**
     * Throws if any of the named files could not be written: it exists and Backstop did not write
     * it (and {@code force} is off), or it is a folder. Call it before a long simulation so that it
     * fails at once rather than after the work is done.
     */
    public void checkWritable(Collection<String> names) throws OutputConflictException {
        for (String name : names) {
            Path p = dir.resolve(name);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputConflictException(p, "cannot write " + p + ": a folder of that name is in the way");
            }
            if (!force && Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !owned.contains(name)) {
                throw new OutputConflictException(p, "refusing to replace " + p + ": Backstop did not write it (it is not"
                        + " listed in " + dir.resolve(MARKER) + "); use --force to replace it, or choose another --out");
            }
        }
    }

    /** Writes one file atomically, after {@link #checkWritable}, and records it in the marker. */
    public Path write(OutputFile file) throws IOException {
        checkWritable(List.of(file.name()));
        if (owned.add(file.name())) {
            writeMarker();
        }
        Path p = dir.resolve(file.name());
        AtomicFiles.write(p, file.content());
        return p;
    }

    /** Checks all files first, then writes them in order; returns their paths. */
    public List<Path> writeAll(List<OutputFile> files) throws IOException {
        checkWritable(files.stream().map(OutputFile::name).toList());
        List<Path> written = new ArrayList<>();
        for (OutputFile f : files) {
            written.add(write(f));
        }
        return written;
    }

    private void writeMarker() throws IOException {
        StringBuilder sb = new StringBuilder(MARKER_HEADER).append('\n');
        for (String name : owned) {
            sb.append(name).append('\n');
        }
        AtomicFiles.write(dir.resolve(MARKER), FileContent.text(sb.toString()));
    }

    private static TreeSet<String> readMarker(Path dir) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
                String name = line.strip();
                // Only plain names count: a marker edited to list "../x" must not let us reach outside.
                if (!name.isEmpty() && !name.startsWith("#") && !name.contains("/") && !name.contains("\\")
                        && !name.equals("..")) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
