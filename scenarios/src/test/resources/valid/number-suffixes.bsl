# same-as: lending.bsl
# every way of writing a number: suffixes k M B, underscores, exponents, a plus sign, trailing zeros
scenario "Lending protocol, native-token backstop" {
  horizon 365.0 days
  step 1 day
  paths 100k
  seed +42
  market {
    asset ETH { price 3e3 USD  drift 0.0%/yr  volatility 70.00%/yr  crashes 0.5/yr  drop uniform(15%, 4e1%) }
    asset AAVE { price 0.15k USD  volatility 90%/yr  crashes 1/yr  drop uniform(20%, 55%) }
    correlation ETH AAVE 75e-2
  }
  protocol {
    tvl 10B USD
    follows ETH beta 0.8
    revenue 0.8%/yr of tvl
  }
  reserve {
    initial 50_000_000 USD
    inflow 15% of revenue
    target 1% of tvl
  }
  losses {
    source bad_debt {
      label "Liquidation bad debt"
      rate 1/yr
      on_crash ETH 60%
      severity lognormal(median: 5M USD, sigma: 1.2)
      cap 2% of tvl
    }
    source exploit {
      rate 0.1/yr
      severity pareto(min: 0.01B USD, alpha: 1.3)
      cap 25% of tvl
    }
  }
  backstop {
    asset AAVE
    stake 2.5M AAVE
    max_slash 30%
    haircut 15%
    cooldown 20 days
    order reserve_first
    rewards {
      revenue_share 10%
      emissions 146k AAVE/yr
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
sweep backstop.stake from 500k AAVE to 5E6 AAVE steps 10
size backstop.stake for p_shortfall <= 0.5% between 1e5 AAVE and 20_000k AAVE
