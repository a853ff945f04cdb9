package dev.backstop.core.model;

/**
 * How stakers behave (SPEC §1.2 steps 5 and 7). Immutable and thread-safe.
 *
 * @param requiredYield yield per year at which stakers neither join nor leave
 * @param elasticity    speed per year at which the stake moves toward that level; 0 = never
 * @param panic         share of the active stake that asks to leave after each slash event
 * @param riskFree      risk-free rate per year for Sharpe and Sortino ratios
 */
public record Stakers(double requiredYield, double elasticity, double panic, double riskFree) {
    public static final Stakers DEFAULT = new Stakers(0, 0, 0, 0);

    public Stakers {
        Check.inRange(requiredYield, -1, 10, "stakers required_yield");
        Check.inRange(elasticity, 0, 1e6, "stakers elasticity");
        Check.fraction(panic, "stakers panic");
        Check.inRange(riskFree, -1, 10, "stakers risk_free");
    }

    public Stakers withRequiredYield(double v) { return new Stakers(v, elasticity, panic, riskFree); }
    public Stakers withElasticity(double v) { return new Stakers(requiredYield, v, panic, riskFree); }
    public Stakers withPanic(double v) { return new Stakers(requiredYield, elasticity, v, riskFree); }
    public Stakers withRiskFree(double v) { return new Stakers(requiredYield, elasticity, panic, v); }
}
