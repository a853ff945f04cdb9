package dev.backstop.core.engine;

import dev.backstop.core.model.Asset;
import dev.backstop.core.model.Backstop;
import dev.backstop.core.model.CorrelationFactor;
import dev.backstop.core.model.Emissions;
import dev.backstop.core.model.LossSource;
import dev.backstop.core.model.Scenario;
import dev.backstop.core.model.WaterfallOrder;

/**
 * A scenario turned into the primitive constants the hot loop needs: drift and volatility terms per
 * step length, mean times between Poisson events, samplers, indices instead of names. The discretisation lives here
 * and in {@link StepGrid}; the model stays free of it (finmath's separation of model and
 * discretisation). Immutable and thread-safe.
 */
final class CompiledScenario {
    final Scenario scenario;
    final StepGrid grid;
    final long seed;

    // market
    final int assets;
    final double[][] chol;
    final boolean anyVolatility;
    final double[] logPrice0;
    /** [variant][asset]: (drift − vol²/2)·dt and vol·√dt; variant 0 = regular step, 1 = last step. */
    final double[][] driftTerm;
    final double[][] volTerm;
    /** Mean years between crashes of each asset (infinite without crashes). */
    final double[] yearsPerCrash;
    final Sampler[] drop;

    // protocol, reserve
    final double tvl0;
    final int follows;
    final double beta;
    final double revenueRate;
    final double reserve0;
    final double inflow;
    final boolean hasReserveTarget;
    final double reserveTarget;

    // rewards
    final int backstopAsset;
    final double revenueShare;
    final boolean emissionsInUsd;
    final double emissionRate;
    final boolean emissionCurve;
    final double emissionTarget;
    final boolean emissionTargetInUsd;
    final double underlyingYield;

    // losses
    final int sources;
    /** Mean years between Poisson events of each loss source (infinite for rate 0). */
    final double[] yearsPerLoss;
    final int[] onCrashAsset;
    final double[] onCrashProbability;
    final Sampler[] severity;
    final boolean[] severityOfTvl;
    final boolean[] hasCap;
    final boolean[] capOfTvl;
    final double[] cap;

    // backstop and stakers
    final double stake0;
    final double maxSlash;
    final double haircut;
    final boolean reserveFirst;
    final double panic;
    final double elasticity;
    final double netRequiredYield;
    final double invNetRequiredYield;
    /** [variant]: {@code min(1, elasticity·dt)}, the share of the gap to B* closed in one step. */
    final double[] elasticStep;
    final double horizonYears;

    CompiledScenario(Scenario s) {
        this.scenario = s;
        this.grid = new StepGrid(s);
        this.seed = s.seed();
        int n = grid.steps();
        double[] dts = {grid.dt(0), grid.dt(n - 1)};

        this.assets = s.market().assets().size();
        this.chol = CorrelationFactor.of(s.market()).rows();
        this.logPrice0 = new double[assets];
        this.driftTerm = new double[2][assets];
        this.volTerm = new double[2][assets];
        this.yearsPerCrash = new double[assets];
        this.drop = new Sampler[assets];
        boolean vol = false;
        for (int i = 0; i < assets; i++) {
            Asset a = s.market().assets().get(i);
            logPrice0[i] = Math.log(a.price());
            vol |= a.volatility() > 0;
            for (int v = 0; v < 2; v++) {
                driftTerm[v][i] = (a.drift() - a.volatility() * a.volatility() / 2) * dts[v];
                volTerm[v][i] = a.volatility() * Math.sqrt(dts[v]);
            }
            yearsPerCrash[i] = a.crashes() > 0 ? 1 / a.crashes() : Double.POSITIVE_INFINITY;
            drop[i] = a.drop().map(Sampler::of).orElse(null);
        }
        this.anyVolatility = vol;

        this.tvl0 = s.protocol().tvl();
        this.follows = s.protocol().follows().map(a -> s.market().indexOf(a)).orElse(-1);
        this.beta = s.protocol().beta();
        this.revenueRate = s.protocol().revenueRate();
        this.reserve0 = s.reserve().initial();
        this.inflow = s.reserve().inflow();
        this.hasReserveTarget = s.reserve().target().isPresent();
        this.reserveTarget = s.reserve().target().orElse(0);

        Backstop b = s.backstop();
        this.backstopAsset = b.isUsd() ? -1 : s.market().indexOf(b.asset());
        this.revenueShare = b.rewards().revenueShare();
        Emissions e = b.rewards().emissions();
        // for a USD backstop, asset units are dollars
        this.emissionsInUsd = e.rateInUsd() || b.isUsd();
        this.emissionRate = e.rate();
        this.emissionCurve = e.isCurve();
        this.emissionTarget = e.target().orElse(0);
        this.emissionTargetInUsd = e.targetInUsd() && !b.isUsd();
        this.underlyingYield = b.rewards().underlyingYield();

        this.sources = s.losses().size();
        this.yearsPerLoss = new double[sources];
        this.onCrashAsset = new int[sources];
        this.onCrashProbability = new double[sources];
        this.severity = new Sampler[sources];
        this.severityOfTvl = new boolean[sources];
        this.hasCap = new boolean[sources];
        this.capOfTvl = new boolean[sources];
        this.cap = new double[sources];
        for (int j = 0; j < sources; j++) {
            LossSource l = s.losses().get(j);
            yearsPerLoss[j] = l.rate() > 0 ? 1 / l.rate() : Double.POSITIVE_INFINITY;
            onCrashAsset[j] = l.onCrash().map(o -> s.market().indexOf(o.asset())).orElse(-1);
            onCrashProbability[j] = l.onCrash().map(o -> o.probability()).orElse(0.0);
            severity[j] = Sampler.of(l.severity().distribution());
            severityOfTvl[j] = l.severity().fractionOfTvl();
            hasCap[j] = l.cap().isPresent();
            capOfTvl[j] = l.cap().map(c -> c.fractionOfTvl()).orElse(false);
            cap[j] = l.cap().map(c -> c.value()).orElse(Double.POSITIVE_INFINITY);
        }

        this.stake0 = b.stake();
        this.maxSlash = b.maxSlash();
        this.haircut = b.haircut();
        this.reserveFirst = b.order() == WaterfallOrder.RESERVE_FIRST;
        this.panic = s.stakers().panic();
        this.elasticity = s.stakers().elasticity();
        this.netRequiredYield = s.stakers().requiredYield() - b.rewards().underlyingYield();
        this.invNetRequiredYield = 1 / netRequiredYield;
        this.elasticStep = new double[] {Math.min(1, elasticity * dts[0]), Math.min(1, elasticity * dts[1])};
        this.horizonYears = s.horizonDays() / 365.0;
    }

    /** Index of the per-step constants for step k: the last step may be shorter. */
    int variant(int k) {
        return k == grid.steps() - 1 ? 1 : 0;
    }
}
