scenario "Lending protocol, native-token backstop" {
  horizon 365 days
  step 1 day
  paths 100000
  seed 42
  market {
    asset ETH { price 3000 USD  drift 0%/yr  volatility 70%/yr  crashes 0.5/yr  drop uniform(15%, 40%) }
    asset AAVE { price 150 USD  volatility 90%/yr  crashes 1/yr  drop uniform(20%, 55%) }
    correlation ETH AAVE 0.75
  }
  protocol {
    tvl 10000000000 USD
    follows ETH beta 0.8
    revenue 0.8%/yr of tvl
  }
  reserve {
    initial 50000000 USD
    inflow 15% of revenue
    target 1% of tvl
  }
  losses {
    source bad_debt {
      label "Liquidation bad debt"
      rate 1/yr
      on_crash ETH 60%
      severity lognormal(median: 5000000 USD, sigma: 1.2)
      cap 2% of tvl
    }
    source exploit {
      rate 0.1/yr
      severity pareto(min: 10000000 USD, alpha: 1.3)
      cap 25% of tvl
    }
  }
  backstop {
    asset AAVE
    stake 2500000 AAVE
    max_slash 30%
    haircut 15%
    cooldown 20 days
    order reserve_first
    rewards {
      revenue_share 10%
      emissions 400 AAVE/day
      underlying_yield 0%/yr
    }
  }
  stakers {
    required_yield 8%/yr
    elasticity 2/yr
    panic 20%
    risk_free 4%/yr
  }
}
sweep backstop.stake from 500000 AAVE to 5000000 AAVE steps 10
size backstop.stake for p_shortfall <= 0.5% between 100000 AAVE and 20000000 AAVE
