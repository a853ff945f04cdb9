package dev.backstop.core.engine;

import dev.backstop.core.model.Emissions;
import java.util.random.RandomGenerator;

/**
 * Simulates one path at a time, step by step in the order of SPEC §1.2, keeping the state of
 * SPEC §1.1 in primitive fields so the hot loop neither allocates nor boxes. One instance per
 * worker, reused for every path it runs. Mutable; not thread-safe.
 */
final class PathSimulator {
    private final CompiledScenario c;
    private final StepGrid grid;
    private final double[] logP;
    private final double[] eps;
    private final int[] crashes;
    private final CooldownQueue queue;
    private final RandomGenerator[] crashStream;
    private final RandomGenerator[] lossStream;
    private final RandomGenerator[] severityStream;
    private RandomGenerator main;
    /** Time in years of each asset's next crash and each source's next Poisson event. */
    private final double[] nextCrash;
    private final double[] nextLoss;

    // state (SPEC §1.1)
    private double tvl;
    private double reserve;
    private double active;
    private double g;
    private double w;
    private double deficit;
    /** 1 / price of the backstop asset this step: rewards and the elastic target divide by the price. */
    private double invPrice;
    private double[] trace;

    // per-path measures (SPEC §1.3)
    int slashEvents;
    int firstSlashStep;
    int firstShortfallStep;
    double slashedUsd;
    double reserveUsedUsd;
    double lossesUsd;
    double sweptUsd;
    double backstopValueEndUsd;
    double holderFactor;
    double stakerApr;
    double stakerAprGross;

    PathSimulator(CompiledScenario c) {
        this.c = c;
        this.grid = c.grid;
        this.logP = new double[c.assets];
        this.eps = new double[c.assets];
        this.crashes = new int[c.assets];
        this.queue = new CooldownQueue(grid.steps());
        this.crashStream = new RandomGenerator[c.assets];
        this.lossStream = new RandomGenerator[c.sources];
        this.severityStream = new RandomGenerator[c.sources];
        this.nextCrash = new double[c.assets];
        this.nextLoss = new double[c.sources];
    }

    /**
     * Runs path {@code path}; the measures are in the package-private fields afterwards.
     *
     * @param valueTrace if not null, receives the backstop's USD value at the start and after every step
     */
    void run(long path, double[] valueTrace) {
        start(path, valueTrace);
        int steps = grid.steps();
        for (int k = 0; k < steps; k++) {
            step(k);
        }
        finish();
    }

    /** Resets the state to t = 0 for path {@code path} (its own random streams). */
    void start(long path, double[] valueTrace) {
        main = RandomStreams.of(c.seed, path, RandomStreams.MARKET);
        for (int i = 0; i < c.assets; i++) {
            if (c.yearsPerCrash[i] < Double.POSITIVE_INFINITY) {
                crashStream[i] = RandomStreams.of(c.seed, path, RandomStreams.crashes(i));
                nextCrash[i] = crashStream[i].nextExponential() * c.yearsPerCrash[i];
            } else {
                nextCrash[i] = Double.POSITIVE_INFINITY;
            }
        }
        for (int j = 0; j < c.sources; j++) {
            lossStream[j] = RandomStreams.of(c.seed, path, RandomStreams.lossEvents(j));
            severityStream[j] = RandomStreams.of(c.seed, path, RandomStreams.severities(j));
            nextLoss[j] = c.yearsPerLoss[j] < Double.POSITIVE_INFINITY
                    ? lossStream[j].nextExponential() * c.yearsPerLoss[j] : Double.POSITIVE_INFINITY;
        }
        System.arraycopy(c.logPrice0, 0, logP, 0, c.assets);
        tvl = c.tvl0;
        reserve = c.reserve0;
        active = c.stake0;
        g = 1;
        w = 0;
        deficit = 0;
        queue.reset();
        slashEvents = 0;
        firstSlashStep = -1;
        firstShortfallStep = -1;
        slashedUsd = 0;
        reserveUsedUsd = 0;
        lossesUsd = 0;
        sweptUsd = 0;
        invPrice = backstopInvPrice();
        trace = valueTrace;
        if (trace != null) {
            trace[0] = active * backstopPrice();
        }
    }

    /** One step of SPEC §1.2, phases 1 to 7 in order. */
    void step(int k) {
        int v = c.variant(k);
        double dt = grid.dt(k);
        double end = grid.endYear(k + 1);
        market(v, end);
        invPrice = backstopInvPrice();
        double revenue = c.revenueRate * tvl * dt;
        reserve(revenue);
        rewards(revenue, dt);
        losses(end, k);
        queue.release(k);
        if (c.elasticity > 0) {
            elastic(dt, k, v);
        }
        if (trace != null) {
            trace[k + 1] = (active + queue.total()) * backstopPrice();
        }
    }

    /** Computes the per-path measures of SPEC §1.3 from the final state. */
    void finish() {
        backstopValueEndUsd = (active + queue.total()) * backstopPrice();
        holderFactor = g;
        stakerApr = ((g - 1) + w) / c.horizonYears;
        stakerAprGross = w / c.horizonYears;
    }

    double deficitUsd() {
        return deficit;
    }

    /**
     * The backstop asset's USD price, computed only where a USD amount is needed (loss events, the
     * value trace, the end of the path): every step needs only its inverse ({@link #invPrice}).
     */
    private double backstopPrice() {
        return c.backstopAsset < 0 ? 1 : Math.exp(logP[c.backstopAsset]);
    }

    private double backstopInvPrice() {
        return c.backstopAsset < 0 ? 1 : Math.exp(-logP[c.backstopAsset]);
    }

    /**
     * SPEC §1.2 step 1: correlated log-normal prices with Poisson crashes, and TVL. Split into small
     * methods so that HotSpot inlines each into the step (a method over 325 bytes of bytecode is
     * not inlined, and the call then costs as much as a random draw).
     */
    private void market(int v, double end) {
        if (c.assets == 0) {
            return;
        }
        if (c.anyVolatility) {
            diffuse(v);
        } else {
            drift(v);
        }
        crashes(end);
        if (c.follows >= 0) {
            tvl = c.tvl0 * Math.exp(c.beta * (logP[c.follows] - c.logPrice0[c.follows]));
        }
    }

    private void diffuse(int v) {
        int n = c.assets;
        double[] drift = c.driftTerm[v];
        double[] vol = c.volTerm[v];
        for (int i = 0; i < n; i++) {
            eps[i] = main.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            double[] row = c.chol[i];
            double z = 0;
            for (int j = 0; j < n; j++) {
                z += row[j] * eps[j];
            }
            logP[i] += drift[i] + vol[i] * z;
        }
    }

    private void drift(int v) {
        double[] drift = c.driftTerm[v];
        for (int i = 0; i < c.assets; i++) {
            logP[i] += drift[i];
        }
    }

    /**
     * Crashes whose time falls in this step. Poisson events come from exponential times between
     * events rather than a count drawn every step: the same law (the counts of disjoint steps are
     * independent Poisson variables), one draw per event instead of one per step, and a count that
     * can only grow with the rate for the same draws, which keeps rate sweeps smooth under common
     * random numbers.
     */
    private void crashes(double end) {
        for (int i = 0; i < c.assets; i++) {
            int count = 0;
            while (nextCrash[i] <= end) {
                count++;
                logP[i] += Math.log1p(-c.drop[i].sample(crashStream[i]));
                nextCrash[i] += crashStream[i].nextExponential() * c.yearsPerCrash[i];
            }
            crashes[i] = count;
        }
    }

    /** SPEC §1.2 step 3: inflow, and the sweep above the target ratio. */
    private void reserve(double revenue) {
        reserve += c.inflow * revenue;
        if (c.hasReserveTarget) {
            double target = c.reserveTarget * tvl;
            if (reserve > target) {
                sweptUsd += reserve - target;
                reserve = target;
            }
        }
    }

    /**
     * SPEC §1.2 step 4: the holder unit's rewards, {@code W += g·(reward_usd / (B·P) + underlying·dt)},
     * computed in asset units ({@code reward_usd / P}) so that the step multiplies by {@code 1/P}
     * instead of dividing by {@code P}. Nothing is paid into an empty pool.
     */
    private void rewards(double revenue, double dt) {
        double pool = active + queue.total();
        if (pool <= 0) {
            return;
        }
        double rewardUnits = c.revenueShare * revenue * invPrice + emissionUnitsPerYear(pool) * dt;
        w += g * (rewardUnits / pool + c.underlyingYield * dt);
    }

    /** The emission rate in asset units per year at pool size {@code pool} (flat, or Umbrella's curve). */
    private double emissionUnitsPerYear(double pool) {
        double rate = c.emissionRate;
        if (rate == 0) {
            return 0;
        }
        if (c.emissionCurve) {
            // x = B / T, or B·P / T for a target in USD
            double x = c.emissionTargetInUsd ? pool / (c.emissionTarget * invPrice) : pool / c.emissionTarget;
            rate *= Emissions.curveFactor(x);
        }
        return c.emissionsInUsd ? rate * invPrice : rate;
    }

    /** SPEC §1.2 step 5: each source's events, in declared order, through the waterfall. */
    private void losses(double end, int k) {
        for (int j = 0; j < c.sources; j++) {
            int events = 0;
            while (nextLoss[j] <= end) {
                events++;
                nextLoss[j] += lossStream[j].nextExponential() * c.yearsPerLoss[j];
            }
            int a = c.onCrashAsset[j];
            if (a >= 0 && crashes[a] > 0) {
                events += crashTriggered(j, crashes[a]);
            }
            if (events > 0) {
                events(j, events, backstopPrice(), k);
            }
        }
    }

    private int crashTriggered(int source, int crashCount) {
        double p = c.onCrashProbability[source];
        int events = 0;
        for (int e = 0; e < crashCount; e++) {
            if (lossStream[source].nextDouble() < p) {
                events++;
            }
        }
        return events;
    }

    private void events(int j, int events, double price, int k) {
        for (int e = 0; e < events; e++) {
            double loss = c.severity[j].sample(severityStream[j]);
            if (c.severityOfTvl[j]) {
                loss *= tvl;
            }
            if (!(loss > 0)) {
                loss = 0; // a negative draw counts as zero
            }
            if (c.hasCap[j]) {
                loss = Math.min(loss, c.capOfTvl[j] ? c.cap[j] * tvl : c.cap[j]);
            }
            absorb(loss, price, k);
        }
    }

    /** The waterfall of SPEC §1.2 step 5 for one event of {@code loss} USD. */
    void absorb(double loss, double price, int k) {
        lossesUsd += loss;
        if (loss <= 0) {
            return;
        }
        if (c.reserveFirst) {
            loss = payFromReserve(loss);
            loss = payFromBackstop(loss, price, k);
        } else {
            loss = payFromBackstop(loss, price, k);
            loss = payFromReserve(loss);
        }
        if (loss > 0) {
            deficit += loss;
            if (firstShortfallStep < 0) {
                firstShortfallStep = k;
            }
        }
    }

    private double payFromReserve(double loss) {
        double paid = Math.min(loss, reserve);
        if (paid <= 0) {
            return loss;
        }
        reserve -= paid;
        reserveUsedUsd += paid;
        return paid == loss ? 0 : loss - paid;
    }

    private double payFromBackstop(double loss, double price, int k) {
        double pool = active + queue.total();
        if (loss <= 0 || pool <= 0 || c.maxSlash == 0) {
            return loss;
        }
        double unitValue = price * (1 - c.haircut);
        double paid = Math.min(loss, c.maxSlash * pool * unitValue);
        if (!(paid > 0)) {
            return loss;
        }
        double slashedUnits = paid / unitValue;
        double keep = Math.max(0, 1 - slashedUnits / pool);
        active *= keep;
        queue.scale(keep);
        g *= keep;
        slashedUsd += paid;
        slashEvents++;
        if (firstSlashStep < 0) {
            firstSlashStep = k;
        }
        if (c.panic > 0) {
            double leaving = c.panic * active;
            active -= leaving;
            queue.add(grid.releaseOfPanic(k), leaving);
        }
        return paid == loss ? 0 : loss - paid;
    }

    /**
     * SPEC §1.2 step 7: the active stake moves toward {@code B*}, the size that pays the required
     * yield. In asset units the equation is {@code (K/P + e(B*)) / B* + underlying = required}, with
     * {@code K} the revenue share in USD per year and {@code e} the emissions in asset units: for
     * flat emissions {@code B* = (K/P + e) / (required − underlying)}; for the curve,
     * {@link TargetLiquidity} solves it.
     */
    private void elastic(double dt, int k, int v) {
        double revenueUnits = c.revenueShare * c.revenueRate * tvl * invPrice;
        double maxUnits = c.emissionsInUsd ? c.emissionRate * invPrice : c.emissionRate;
        double target;
        if (c.emissionCurve) {
            double xPerUnit = c.emissionTargetInUsd ? 1 / (c.emissionTarget * invPrice) : 1 / c.emissionTarget;
            target = TargetLiquidity.equilibriumPool(revenueUnits, maxUnits, xPerUnit, 1, c.netRequiredYield);
        } else {
            target = (revenueUnits + maxUnits) * c.invNetRequiredYield;
        }
        double f = c.elasticStep[v] * (target - active);
        if (f > 0) {
            active += f;
        } else if (f < 0) {
            double leaving = Math.min(-f, active);
            active -= leaving;
            queue.add(grid.releaseOfElastic(k), leaving);
        }
    }
}
