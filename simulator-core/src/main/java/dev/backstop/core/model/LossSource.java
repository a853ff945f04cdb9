package dev.backstop.core.model;

import java.util.Optional;

/**
 * One source of protocol losses (SPEC §1.2 step 5). Immutable and thread-safe.
 *
 * @param name     identifier, used in parameter paths ({@code losses.exploit.rate})
 * @param label    human-readable label for reports (defaults to the name)
 * @param rate     expected events per year from the Poisson process, &ge; 0
 * @param onCrash  extra events triggered by crashes of an asset
 * @param severity size of one event
 * @param cap      upper bound of one event
 */
public record LossSource(String name, String label, double rate, Optional<OnCrash> onCrash,
                         Severity severity, Optional<Cap> cap) {
    public LossSource {
        Check.name(name, "loss source name");
        Check.notNull(label, "label");
        Check.inRange(rate, 0, 1e6, "losses " + name + " rate");
        Check.notNull(onCrash, "on_crash");
        Check.notNull(severity, "losses " + name + " severity");
        Check.notNull(cap, "cap");
    }

    public static LossSource of(String name, double rate, Severity severity) {
        return new LossSource(name, name, rate, Optional.empty(), severity, Optional.empty());
    }

    public LossSource withRate(double v) { return new LossSource(name, label, v, onCrash, severity, cap); }
    public LossSource withSeverity(Severity v) { return new LossSource(name, label, rate, onCrash, v, cap); }
    public LossSource withCap(Cap v) { return new LossSource(name, label, rate, onCrash, severity, Optional.of(v)); }
    public LossSource withOnCrash(OnCrash v) { return new LossSource(name, label, rate, Optional.of(v), severity, cap); }
    public LossSource withLabel(String v) { return new LossSource(name, v, rate, onCrash, severity, cap); }
}
