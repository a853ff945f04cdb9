package dev.backstop.core.model;

/**
 * The staking pool (SPEC §1.2 steps 4–6). Immutable and thread-safe.
 *
 * @param asset        backstop asset symbol, or {@code USD}
 * @param stake        starting active stake, in asset units (USD for a USD backstop)
 * @param maxSlash     largest share of the pool paid for one event, in [0, 1]
 * @param haircut      discount at which slashed tokens are valued, in [0, 1)
 * @param cooldownDays days a withdrawal waits in the queue (still slashable)
 * @param order        who pays first
 * @param rewards      what stakers earn
 */
public record Backstop(String asset, double stake, double maxSlash, double haircut, double cooldownDays,
                       WaterfallOrder order, Rewards rewards) {
    public static final String USD = "USD";

    public Backstop {
        Check.name(asset, "backstop asset");
        Check.nonNegative(stake, "backstop stake");
        Check.fraction(maxSlash, "backstop max_slash");
        Check.fraction(haircut, "backstop haircut");
        Check.that(haircut < 1, "backstop haircut must be below 100%, got " + haircut);
        Check.inRange(cooldownDays, 0, 1e6, "backstop cooldown");
        Check.notNull(order, "order");
        Check.notNull(rewards, "rewards");
    }

    /** A USD backstop with the SPEC's defaults. */
    public static Backstop usd(double stake) {
        return new Backstop(USD, stake, 1, 0, 0, WaterfallOrder.RESERVE_FIRST, Rewards.NONE);
    }

    public boolean isUsd() {
        return asset.equals(USD);
    }

    public Backstop withAsset(String v) { return new Backstop(v, stake, maxSlash, haircut, cooldownDays, order, rewards); }
    public Backstop withStake(double v) { return new Backstop(asset, v, maxSlash, haircut, cooldownDays, order, rewards); }
    public Backstop withMaxSlash(double v) { return new Backstop(asset, stake, v, haircut, cooldownDays, order, rewards); }
    public Backstop withHaircut(double v) { return new Backstop(asset, stake, maxSlash, v, cooldownDays, order, rewards); }
    public Backstop withCooldownDays(double v) { return new Backstop(asset, stake, maxSlash, haircut, v, order, rewards); }
    public Backstop withOrder(WaterfallOrder v) { return new Backstop(asset, stake, maxSlash, haircut, cooldownDays, v, rewards); }
    public Backstop withRewards(Rewards v) { return new Backstop(asset, stake, maxSlash, haircut, cooldownDays, order, v); }
}
