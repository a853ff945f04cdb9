package dev.backstop.report;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output folder holds a file Backstop would have to replace but did not write itself (it is not
 * listed in the folder's {@value OutputDirectory#MARKER}), or the folder cannot be used at all.
 * The command line reports it as invalid input (exit status 2).
 */
public final class OutputConflictException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public OutputConflictException(Path file, String message) {
        super(message);
        this.file = file;
    }

    /** The file or folder in the way. */
    public Path file() {
        return file;
    }
}
