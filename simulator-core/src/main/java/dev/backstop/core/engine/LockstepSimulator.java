package dev.backstop.core.engine;

import dev.backstop.core.model.Emissions;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Simulates a group of up to {@link #LANES} consecutive paths in lockstep: step by step in the order
 * of SPEC §1.2, each phase over every path (lane) of the group before the next phase, with the state
 * of SPEC §1.1 in primitive arrays indexed by lane.
 *
 * <p>Why lockstep: one path's step is a short chain of dependent operations (two exponentials, a
 * division, the draws), so a path simulated alone leaves most of the CPU idle waiting for results.
 * The paths of a group are independent, so a phase's loop over lanes has no dependency from one
 * iteration to the next and the CPU overlaps the work of many paths; per-step constants are loaded
 * once per group. Rare work (crashes, loss events, slashes) stays per lane inside those loops.
 *
 * <p>Each lane does exactly the arithmetic of its path, in exactly the same order, as a path
 * simulated alone, and draws from its own streams: results do not depend on the group size or on
 * which paths share a group. Mutable, one instance per worker; not thread-safe.
 */
final class LockstepSimulator {
    /**
     * Paths per group: enough independent iterations to keep the CPU busy, few enough that the
     * group's state (about 20 arrays of this length and the cooldown ring) stays in the L1/L2 caches.
     */
    static final int LANES = 128;

    /** Most memory a worker's cooldown ring may take (its rows hold one double per lane). */
    private static final long RING_BYTES = 8L << 20;

    /**
     * Paths per group for this scenario: {@link #LANES}, or fewer when the cooldown spans so many
     * steps (years of hourly steps) that the cooldown ring of {@link #LANES} paths would pass
     * {@link #RING_BYTES}. Results do not depend on it.
     */
    private final int capacity;

    private final CompiledScenario c;
    private final StepGrid grid;
    private final int assets;
    private final int sources;
    private int lanes;

    private final RandomGenerator[] market;
    /** [asset][lane], [source][lane]. */
    private final RandomGenerator[][] crashStream;
    private final RandomGenerator[][] lossStream;
    private final RandomGenerator[][] severityStream;
    /** [asset][lane]: log price; crashes of this step. */
    private final double[][] logP;
    private final int[][] crashes;
    /** [asset][lane], [source][lane]: time in years of the next crash and of the next Poisson event. */
    private final double[][] nextCrash;
    private final double[][] nextLoss;
    /**
     * [asset], [source]: the lanes due in each step. Crashes and loss events are rare (about one per
     * path and year per stream), so a step visits only the lanes with an event.
     */
    private final EventCalendar[] crashCalendar;
    private final EventCalendar[] lossCalendar;
    /** [asset]: the lanes that crashed this step, in {@code crashedLanes[i][0, crashedCount[i])}. */
    private final int[][] crashedLanes;
    private final int[] crashedCount;
    /** Lanes due in a step (scratch), and the (step, source) that last handled each lane. */
    private final int[] dueLanes;
    private final int[] handledBy;
    /** [asset][lane]: this step's standard normals; [lane]: one asset's correlated increment. */
    private final double[][] eps;
    private final double[] z;
    /** [asset][lane]: this step's change of log price, crashes included; [lane]: scratch of {@link StepExp}. */
    private final double[][] move;
    private final double[] factor;
    private final CooldownQueues queue;

    // state (SPEC §1.1), [lane]
    private final double[] tvl;
    private final double[] reserve;
    private final double[] active;
    private final double[] g;
    private final double[] w;
    private final double[] deficit;
    /** 1 / price of the backstop asset this step, carried step by step: rewards and the elastic target divide by the price. */
    private final double[] invPrice;
    /** [lane]: stake leaving the pool by elastic exit this step. */
    private final double[] leaving;
    /** [lane]: value trace of each lane, null rows for lanes not traced; null when none is. */
    private double[][] trace;

    // per-path measures (SPEC §1.3), [lane]
    final int[] slashEvents;
    final int[] firstSlashStep;
    final int[] firstShortfallStep;
    final double[] slashedUsd;
    final double[] reserveUsedUsd;
    final double[] lossesUsd;
    final double[] sweptUsd;
    final double[] backstopValueEndUsd;
    final double[] holderFactor;
    final double[] stakerApr;
    final double[] stakerAprGross;

    LockstepSimulator(CompiledScenario c) {
        this.c = c;
        this.grid = c.grid;
        this.assets = c.assets;
        this.sources = c.sources;
        this.capacity = (int) Math.max(1, Math.min(LANES, RING_BYTES / (8L * (CooldownQueues.span(grid) + 1))));
        this.market = new RandomGenerator[capacity];
        this.crashStream = new RandomGenerator[assets][capacity];
        this.lossStream = new RandomGenerator[sources][capacity];
        this.severityStream = new RandomGenerator[sources][capacity];
        this.logP = new double[assets][capacity];
        this.crashes = new int[assets][capacity];
        this.nextCrash = new double[assets][capacity];
        this.nextLoss = new double[sources][capacity];
        this.crashCalendar = new EventCalendar[assets];
        for (int i = 0; i < assets; i++) {
            crashCalendar[i] = new EventCalendar(grid, capacity);
        }
        this.lossCalendar = new EventCalendar[sources];
        for (int j = 0; j < sources; j++) {
            lossCalendar[j] = new EventCalendar(grid, capacity);
        }
        this.crashedLanes = new int[assets][capacity];
        this.crashedCount = new int[assets];
        this.dueLanes = new int[capacity];
        this.handledBy = new int[capacity];
        this.eps = new double[assets][capacity];
        this.z = new double[capacity];
        this.move = new double[assets][capacity];
        this.factor = new double[capacity];
        this.queue = new CooldownQueues(grid, capacity);
        this.tvl = new double[capacity];
        this.reserve = new double[capacity];
        this.active = new double[capacity];
        this.g = new double[capacity];
        this.w = new double[capacity];
        this.deficit = new double[capacity];
        this.invPrice = new double[capacity];
        this.leaving = new double[capacity];
        this.slashEvents = new int[capacity];
        this.firstSlashStep = new int[capacity];
        this.firstShortfallStep = new int[capacity];
        this.slashedUsd = new double[capacity];
        this.reserveUsedUsd = new double[capacity];
        this.lossesUsd = new double[capacity];
        this.sweptUsd = new double[capacity];
        this.backstopValueEndUsd = new double[capacity];
        this.holderFactor = new double[capacity];
        this.stakerApr = new double[capacity];
        this.stakerAprGross = new double[capacity];
    }

    /**
     * Runs paths {@code [firstPath, firstPath + lanes)}; the measures of path {@code firstPath + p}
     * are in the lane-indexed fields at index {@code p} afterwards.
     *
     * @param traces null, or for each lane null or the row that receives the backstop's USD value
     *               at the start and after every step
     */
    void run(long firstPath, int lanes, double[][] traces) {
        start(firstPath, lanes, traces);
        int steps = grid.steps();
        for (int k = 0; k < steps; k++) {
            step(k);
        }
        finish();
    }

    /** The most paths this simulator runs in one group. */
    int capacity() {
        return capacity;
    }

    double deficitUsd(int lane) {
        return deficit[lane];
    }

    /** Resets the state to t = 0 for paths {@code [firstPath, firstPath + lanes)}, each with its own streams. */
    void start(long firstPath, int lanes, double[][] traces) {
        if (lanes < 1 || lanes > capacity) {
            throw new IllegalArgumentException("a group has 1 to " + capacity + " paths, not " + lanes);
        }
        this.lanes = lanes;
        for (int p = 0; p < lanes; p++) {
            long path = firstPath + p;
            market[p] = RandomStreams.of(c.seed, path, RandomStreams.MARKET);
            for (int i = 0; i < assets; i++) {
                if (c.yearsPerCrash[i] < Double.POSITIVE_INFINITY) {
                    crashStream[i][p] = RandomStreams.of(c.seed, path, RandomStreams.crashes(i));
                    nextCrash[i][p] = crashStream[i][p].nextExponential() * c.yearsPerCrash[i];
                } else {
                    nextCrash[i][p] = Double.POSITIVE_INFINITY;
                }
            }
            for (int j = 0; j < sources; j++) {
                lossStream[j][p] = RandomStreams.of(c.seed, path, RandomStreams.lossEvents(j));
                severityStream[j][p] = RandomStreams.of(c.seed, path, RandomStreams.severities(j));
                nextLoss[j][p] = c.yearsPerLoss[j] < Double.POSITIVE_INFINITY
                        ? lossStream[j][p].nextExponential() * c.yearsPerLoss[j] : Double.POSITIVE_INFINITY;
            }
            for (int i = 0; i < assets; i++) {
                logP[i][p] = c.logPrice0[i];
            }
        }
        for (int i = 0; i < assets; i++) {
            crashCalendar[i].clear();
            for (int p = 0; p < lanes; p++) {
                crashCalendar[i].schedule(p, nextCrash[i][p]);
            }
            Arrays.fill(crashes[i], 0, lanes, 0);
            crashedCount[i] = 0;
        }
        for (int j = 0; j < sources; j++) {
            lossCalendar[j].clear();
            for (int p = 0; p < lanes; p++) {
                lossCalendar[j].schedule(p, nextLoss[j][p]);
            }
        }
        Arrays.fill(handledBy, 0, lanes, 0);
        Arrays.fill(tvl, 0, lanes, c.tvl0);
        Arrays.fill(reserve, 0, lanes, c.reserve0);
        Arrays.fill(active, 0, lanes, c.stake0);
        Arrays.fill(g, 0, lanes, 1);
        Arrays.fill(w, 0, lanes, 0);
        Arrays.fill(deficit, 0, lanes, 0);
        queue.reset(lanes);
        Arrays.fill(slashEvents, 0, lanes, 0);
        Arrays.fill(firstSlashStep, 0, lanes, -1);
        Arrays.fill(firstShortfallStep, 0, lanes, -1);
        Arrays.fill(slashedUsd, 0, lanes, 0);
        Arrays.fill(reserveUsedUsd, 0, lanes, 0);
        Arrays.fill(lossesUsd, 0, lanes, 0);
        Arrays.fill(sweptUsd, 0, lanes, 0);
        Arrays.fill(invPrice, 0, lanes, c.backstopAsset < 0 ? 1 : Math.exp(-c.logPrice0[c.backstopAsset]));
        trace = traces;
        if (trace != null) {
            for (int p = 0; p < lanes; p++) {
                if (trace[p] != null) {
                    trace[p][0] = active[p] * backstopPrice(p);
                }
            }
        }
    }

    /** One step of SPEC §1.2, phases 1 to 7 in order, for every lane. */
    void step(int k) {
        int v = c.variant(k);
        double dt = grid.dt(k);
        double end = grid.endYear(k + 1);
        market(v, end, k);
        invPrices();
        reserve(dt);
        rewards(dt);
        losses(end, k);
        queue.release(k, lanes);
        if (c.elasticity > 0) {
            elastic(k, v, dt);
        }
        if (trace != null) {
            traces(k);
        }
    }

    /** Computes the per-path measures of SPEC §1.3 from the final state. */
    void finish() {
        for (int p = 0; p < lanes; p++) {
            backstopValueEndUsd[p] = (active[p] + queue.total(p)) * backstopPrice(p);
            holderFactor[p] = g[p];
            stakerApr[p] = ((g[p] - 1) + w[p]) / c.horizonYears;
            stakerAprGross[p] = w[p] / c.horizonYears;
        }
    }

    /**
     * The backstop asset's USD price, computed only where a USD amount is needed (loss events, the
     * value trace, the end of the path): every step needs only its inverse ({@link #invPrice}).
     */
    private double backstopPrice(int p) {
        return c.backstopAsset < 0 ? 1 : Math.exp(logP[c.backstopAsset][p]);
    }

    /** The backstop asset's inverse price, carried step by step ({@link StepExp}). */
    private void invPrices() {
        if (c.backstopAsset >= 0) {
            StepExp.multiply(invPrice, move[c.backstopAsset], -1, factor, lanes);
        }
    }

    /** SPEC §1.2 step 1: correlated log-normal prices with Poisson crashes, and TVL. */
    private void market(int v, double end, int k) {
        if (assets == 0) {
            return;
        }
        if (c.anyVolatility) {
            diffuse(v);
        } else {
            drift(v);
        }
        for (int i = 0; i < assets; i++) {
            crashes(i, end, k);
        }
        if (c.follows >= 0) {
            followTvl();
        }
    }

    /**
     * Correlated normal increments {@code z = L·ε}: first each lane's normals, asset by asset from
     * its market stream; then {@code z} accumulated over the factor's columns for all lanes at once,
     * in the same order of terms as a dot product per lane, in loops simple enough for HotSpot to
     * vectorise.
     */
    private void diffuse(int v) {
        double[] drift = c.driftTerm[v];
        double[] vol = c.volTerm[v];
        double[][] chol = c.chol;
        // each lane draws its assets' normals in asset order from its own stream; the order across
        // lanes does not matter. Locals, not fields: after a call HotSpot must reload fields
        int n = lanes;
        RandomGenerator[] streams = market;
        for (int i = 0; i < assets; i++) {
            double[] e = eps[i];
            for (int p = 0; p < n; p++) {
                e[p] = streams[p].nextGaussian();
            }
        }
        for (int i = 0; i < assets; i++) {
            double[] row = chol[i];
            double l0 = row[0];
            double[] e0 = eps[0];
            for (int p = 0; p < lanes; p++) { // 0 + l·ε, the first term of the dot product
                z[p] = l0 * e0[p];
            }
            for (int j = 1; j < assets; j++) {
                double l = row[j];
                double[] e = eps[j];
                for (int p = 0; p < lanes; p++) {
                    z[p] += l * e[p];
                }
            }
            double[] lp = logP[i];
            double[] m = move[i];
            double d = drift[i];
            double s = vol[i];
            for (int p = 0; p < lanes; p++) {
                double change = d + s * z[p];
                m[p] = change;
                lp[p] += change;
            }
        }
    }

    private void drift(int v) {
        double[] drift = c.driftTerm[v];
        for (int i = 0; i < assets; i++) {
            double[] lp = logP[i];
            Arrays.fill(move[i], 0, lanes, drift[i]);
            for (int p = 0; p < lanes; p++) {
                lp[p] += drift[i];
            }
        }
    }

    /**
     * Asset {@code i}'s crashes whose time falls in this step. Poisson events come from exponential
     * times between events rather than a count drawn every step: the same law (the counts of
     * disjoint steps are independent Poisson variables), one draw per event instead of one per
     * step, and a count that can only grow with the rate for the same draws, which keeps rate
     * sweeps smooth under common random numbers.
     */
    private void crashes(int i, double end, int k) {
        double[] next = nextCrash[i];
        int[] count = crashes[i];
        int[] crashed = crashedLanes[i];
        for (int q = 0; q < crashedCount[i]; q++) {
            count[crashed[q]] = 0; // last step's crashes
        }
        int due = crashCalendar[i].take(k, crashed);
        crashedCount[i] = due;
        for (int q = 0; q < due; q++) {
            int p = crashed[q];
            int n = 0;
            while (next[p] <= end) {
                n++;
                RandomGenerator r = crashStream[i][p];
                double jump = Math.log1p(-c.drop[i].sample(r));
                logP[i][p] += jump;
                move[i][p] += jump;
                next[p] += r.nextExponential() * c.yearsPerCrash[i];
            }
            count[p] = n;
            crashCalendar[i].schedule(p, next[p]);
        }
    }

    /** TVL follows its asset: {@code TVL = TVL0 · (P / P0)^β}, carried step by step ({@link StepExp}). */
    private void followTvl() {
        StepExp.multiply(tvl, move[c.follows], c.beta, factor, lanes);
    }

    /**
     * SPEC §1.2 step 3: the reserve's inflow, and the sweep above its target ratio, with min and max
     * instead of a branch so that HotSpot vectorises the loop: the same bits, since a reserve and a
     * swept total are never −0.
     */
    private void reserve(double dt) {
        double revenueRate = c.revenueRate;
        double inflow = c.inflow;
        double reserveTarget = c.reserveTarget;
        int n = lanes;
        double[] tvl = this.tvl;
        double[] reserve = this.reserve;
        double[] swept = sweptUsd;
        if (c.hasReserveTarget) {
            for (int p = 0; p < n; p++) {
                double revenue = revenueRate * tvl[p] * dt;
                double r = reserve[p] + inflow * revenue;
                double target = reserveTarget * tvl[p];
                swept[p] += Math.max(r - target, 0);
                reserve[p] = Math.min(r, target);
            }
        } else {
            for (int p = 0; p < n; p++) {
                double revenue = revenueRate * tvl[p] * dt;
                reserve[p] += inflow * revenue;
            }
        }
    }

    /**
     * SPEC §1.2 step 4: the holder unit's rewards, {@code W += g·(reward_usd / (B·P) + underlying·dt)},
     * in asset units ({@code reward_usd / P}) so that the step multiplies by {@code 1/P} instead of
     * dividing by {@code P}. Nothing is paid into an empty pool.
     */
    private void rewards(double dt) {
        double[] queued = queue.totals();
        if (!c.emissionCurve && allPoolsPositive(queued)) {
            flatRewards(dt, queued);
            return;
        }
        double revenueRate = c.revenueRate;
        double revenueShare = c.revenueShare;
        double underlying = c.underlyingYield * dt;
        for (int p = 0; p < lanes; p++) {
            double pool = active[p] + queued[p];
            if (pool > 0) {
                double revenue = revenueRate * tvl[p] * dt;
                double rewardUnits = revenueShare * revenue * invPrice[p] + emissionUnitsPerYear(pool, invPrice[p]) * dt;
                w[p] += g[p] * (rewardUnits / pool + underlying);
            }
        }
    }

    private boolean allPoolsPositive(double[] queued) {
        for (int p = 0; p < lanes; p++) {
            if (!(active[p] + queued[p] > 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #rewards} with flat emissions when every pool of the group holds stake: the same
     * arithmetic in a loop without branches, which HotSpot vectorises (the division per lane is
     * otherwise the dearest operation of the step after the exponentials and the draws).
     */
    private void flatRewards(double dt, double[] queued) {
        double revenueRate = c.revenueRate;
        double revenueShare = c.revenueShare;
        double underlying = c.underlyingYield * dt;
        double rate = c.emissionRate;
        int n = lanes;
        double[] tvl = this.tvl;
        double[] inv = invPrice;
        double[] active = this.active;
        double[] g = this.g;
        double[] w = this.w;
        if (c.emissionsInUsd) {
            for (int p = 0; p < n; p++) {
                double revenue = revenueRate * tvl[p] * dt;
                double rewardUnits = revenueShare * revenue * inv[p] + rate * inv[p] * dt;
                w[p] += g[p] * (rewardUnits / (active[p] + queued[p]) + underlying);
            }
        } else {
            for (int p = 0; p < n; p++) {
                double revenue = revenueRate * tvl[p] * dt;
                double rewardUnits = revenueShare * revenue * inv[p] + rate * dt;
                w[p] += g[p] * (rewardUnits / (active[p] + queued[p]) + underlying);
            }
        }
    }

    /** The emission rate in asset units per year at pool size {@code pool} (flat, or Umbrella's curve). */
    private double emissionUnitsPerYear(double pool, double inv) {
        double rate = c.emissionRate;
        if (rate == 0) {
            return 0;
        }
        if (c.emissionCurve) {
            // x = B / T, or B·P / T for a target in USD
            double x = c.emissionTargetInUsd ? pool / (c.emissionTarget * inv) : pool / c.emissionTarget;
            rate *= Emissions.curveFactor(x);
        }
        return c.emissionsInUsd ? rate * inv : rate;
    }

    /**
     * SPEC §1.2 step 5: each source's events, in declared order, through the waterfall: first the
     * lanes with a Poisson event due (and their on_crash trials, drawn after the event times as on a
     * path alone), then the other lanes whose asset crashed.
     */
    private void losses(double end, int k) {
        for (int j = 0; j < sources; j++) {
            double[] next = nextLoss[j];
            int a = c.onCrashAsset[j];
            int[] crashCount = a >= 0 ? crashes[a] : null;
            int stamp = k * sources + j + 1;
            int due = lossCalendar[j].take(k, dueLanes);
            for (int q = 0; q < due; q++) {
                int p = dueLanes[q];
                int events = 0;
                while (next[p] <= end) {
                    events++;
                    next[p] += lossStream[j][p].nextExponential() * c.yearsPerLoss[j];
                }
                lossCalendar[j].schedule(p, next[p]);
                if (crashCount != null && crashCount[p] > 0) {
                    events += crashTriggered(j, p, crashCount[p]);
                }
                handledBy[p] = stamp;
                events(j, p, events, backstopPrice(p), k);
            }
            if (crashCount != null) {
                int[] crashed = crashedLanes[a];
                for (int q = 0; q < crashedCount[a]; q++) {
                    int p = crashed[q];
                    if (handledBy[p] != stamp) {
                        int events = crashTriggered(j, p, crashCount[p]);
                        if (events > 0) {
                            events(j, p, events, backstopPrice(p), k);
                        }
                    }
                }
            }
        }
    }

    private int crashTriggered(int source, int p, int crashCount) {
        double probability = c.onCrashProbability[source];
        RandomGenerator r = lossStream[source][p];
        int events = 0;
        for (int e = 0; e < crashCount; e++) {
            if (r.nextDouble() < probability) {
                events++;
            }
        }
        return events;
    }

    private void events(int j, int p, int events, double price, int k) {
        for (int e = 0; e < events; e++) {
            double loss = c.severity[j].sample(severityStream[j][p]);
            if (c.severityOfTvl[j]) {
                loss *= tvl[p];
            }
            if (!(loss > 0)) {
                loss = 0; // a negative draw counts as zero
            }
            if (c.hasCap[j]) {
                loss = Math.min(loss, c.capOfTvl[j] ? c.cap[j] * tvl[p] : c.cap[j]);
            }
            absorb(p, loss, price, k);
        }
    }

    /** The waterfall of SPEC §1.2 step 5 for one event of {@code loss} USD on lane {@code p}. */
    void absorb(int p, double loss, double price, int k) {
        lossesUsd[p] += loss;
        if (loss <= 0) {
            return;
        }
        if (c.reserveFirst) {
            loss = payFromReserve(p, loss);
            loss = payFromBackstop(p, loss, price, k);
        } else {
            loss = payFromBackstop(p, loss, price, k);
            loss = payFromReserve(p, loss);
        }
        if (loss > 0) {
            deficit[p] += loss;
            if (firstShortfallStep[p] < 0) {
                firstShortfallStep[p] = k;
            }
        }
    }

    private double payFromReserve(int p, double loss) {
        double paid = Math.min(loss, reserve[p]);
        if (paid <= 0) {
            return loss;
        }
        reserve[p] -= paid;
        reserveUsedUsd[p] += paid;
        return paid == loss ? 0 : loss - paid;
    }

    private double payFromBackstop(int p, double loss, double price, int k) {
        double pool = active[p] + queue.total(p);
        if (loss <= 0 || pool <= 0 || c.maxSlash == 0) {
            return loss;
        }
        double unitValue = price * (1 - c.haircut);
        double cap = c.maxSlash * pool * unitValue;
        double paid = Math.min(loss, cap);
        if (!(paid > 0)) {
            return loss;
        }
        // a payment at the cap slashes exactly max_slash of the pool (SPEC §1.2 step 5: φ = paid /
        // (P·(1 − haircut)) / B = max_slash); computed through the division, a 100 % slash could
        // leave 1e-16 of the pool, which would then be "slashed" again by every later loss
        double keep = paid == cap ? 1 - c.maxSlash : Math.max(0, 1 - (paid / unitValue) / pool);
        active[p] *= keep;
        queue.scale(p, k, keep);
        g[p] *= keep;
        slashedUsd[p] += paid;
        slashEvents[p]++;
        if (firstSlashStep[p] < 0) {
            firstSlashStep[p] = k;
        }
        if (c.panic > 0) {
            double leaving = c.panic * active[p];
            active[p] -= leaving;
            queue.add(p, grid.releaseOfPanic(k), leaving);
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
    private void elastic(int k, int v, double dt) {
        double revenueShareRate = c.revenueShare * c.revenueRate;
        double step = c.elasticStep[v];
        int release = grid.releaseOfElastic(k);
        boolean curve = c.emissionCurve;
        boolean emissionsInUsd = c.emissionsInUsd;
        double emissionRate = c.emissionRate;
        double invNetRequiredYield = c.invNetRequiredYield;
        for (int p = 0; p < lanes; p++) {
            double inv = invPrice[p];
            double revenueUnits = revenueShareRate * tvl[p] * inv;
            double maxUnits = emissionsInUsd ? emissionRate * inv : emissionRate;
            double target;
            if (curve) {
                double xPerUnit = c.emissionTargetInUsd ? 1 / (c.emissionTarget * inv) : 1 / c.emissionTarget;
                target = TargetLiquidity.equilibriumPool(revenueUnits, maxUnits, xPerUnit, 1, c.netRequiredYield);
            } else {
                target = (revenueUnits + maxUnits) * invNetRequiredYield;
            }
            double a = active[p];
            double f = step * (target - a);
            // min and max rather than branches, whose direction (the sign of f) is a coin toss from
            // step to step: out = f < 0 ? min(−f, a) : 0, and the new stake is a + f when f > 0,
            // else a − out (adding or subtracting 0 changes no bit)
            double out = Math.max(0, Math.min(-f, a));
            active[p] = (a + Math.max(f, 0)) - out;
            leaving[p] = out;
        }
        queue.addAll(release, leaving, lanes);
    }

    private void traces(int k) {
        for (int p = 0; p < lanes; p++) {
            if (trace[p] != null) {
                trace[p][k + 1] = (active[p] + queue.total(p)) * backstopPrice(p);
            }
        }
    }
}
