package dev.backstop.core.model;

/**
 * A study statement that follows the scenario block in a file (SPEC §2): a sweep or a sizing.
 * Implementations are immutable records and thread-safe.
 */
public sealed interface Study permits Sweep, SizeStudy {
    /** The parameter the study varies. */
    ParameterPath param();
}
