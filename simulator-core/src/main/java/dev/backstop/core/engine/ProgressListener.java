package dev.backstop.core.engine;

/**
 * Told how many paths are done, from the engine's merging thread, at most once per finished block.
 * Implementations must be quick; they are not called concurrently.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void pathsDone(long done, long total);
}
