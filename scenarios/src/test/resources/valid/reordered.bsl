# same-as: lending.bsl
# settings and blocks in another order, several settings on one line, positional and reordered
# named arguments, a rate per day written per year and a horizon written in hours
scenario "Lending protocol, native-token backstop" {
  stakers { risk_free 4%/yr  panic 20%  elasticity 2/yr  required_yield 8%/yr }
  backstop {
    rewards { underlying_yield 0%/yr  emissions 400 AAVE/day  revenue_share 10% }
    order reserve_first
    cooldown 480 hours
    haircut 15%  max_slash 30%  stake 2500000 AAVE  asset AAVE
  }
  losses {
    source bad_debt { cap 2% of tvl  severity lognormal(sigma: 1.2, median: 5000000 USD)  on_crash ETH 60%  rate 1/yr  label "Liquidation bad debt" }
    source exploit { cap 25% of tvl
      severity pareto(10000000 USD, 1.3)
      rate 0.1/yr }
  }
  reserve { target 1% of tvl  inflow 15% of revenue  initial 50000000 USD }
  protocol { revenue 0.8%/yr of tvl  follows ETH beta 0.8  tvl 10000000000 USD }
  market {
    correlation ETH AAVE 0.75
    asset ETH { drop uniform(lo: 15%, hi: 40%)  crashes 0.5/yr  volatility 70%/yr  drift 0%/yr  price 3000 USD }
    asset AAVE { drop uniform(20%, 55%)  crashes 1/yr  volatility 90%/yr  price 150 USD }
  }
  seed 42  paths 100000  step 24 hours  horizon 8760 hours
}

sweep   backstop.stake   from 500000 AAVE   to 5000000 AAVE   steps 10

size backstop.stake for p_shortfall<=0.5% between 100000 AAVE and 20000000 AAVE
