package dev.backstop.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What goes into one output file, written to a stream the caller owns (do not close it).
 * Implementations should be repeatable: writing twice gives the same bytes.
 */
@FunctionalInterface
public interface FileContent {
    void writeTo(OutputStream out) throws IOException;

    /** Text content, encoded as UTF-8. */
    static FileContent text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }
}
