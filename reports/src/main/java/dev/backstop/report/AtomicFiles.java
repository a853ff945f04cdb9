package dev.backstop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash never leaves it half-written (SPEC §4): the content goes to a
 * temporary file in the same folder (same file system, so the rename cannot turn into a copy),
 * is forced to disk, and is then moved over the target with {@code ATOMIC_MOVE}, or with
 * {@code REPLACE_EXISTING} where the file system cannot move atomically. Readers see the old file
 * or the new one, never a mix. Stateless and thread-safe (two writers of the same target: last
 * move wins).
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private AtomicFiles() {}

    /** Writes {@code content} to {@code target}, replacing it if it exists. */
    public static void write(Path target, FileContent content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        Path tmp = newTemporaryFile(dir, abs.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * An empty new file {@code .NAME.RANDOM.tmp} in {@code dir}. Not {@link Files#createTempFile}: that
     * makes the file owner-only (0600), while outputs are meant to be shared like any file the user
     * creates; {@link Files#createFile} applies the umask and never reuses an existing file.
     */
    private static Path newTemporaryFile(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }
}
