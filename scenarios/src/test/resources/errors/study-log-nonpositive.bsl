# expect: 38:53: a log sweep needs positive bounds
scenario "errors" {
  market {
    asset ETH  { price 3000 USD  volatility 70%/yr  crashes 0.5/yr  drop uniform(15%, 40%) }
    asset AAVE { price 150 USD  volatility 90%/yr }
    correlation ETH AAVE 0.75
  }
  protocol {
    tvl 10B USD
    follows ETH beta 0.8
    revenue 0.8%/yr of tvl
  }
  reserve {
    initial 50M USD
    inflow 15% of revenue
  }
  losses {
    source bad_debt {
      rate 1/yr
      on_crash ETH 60%
      severity lognormal(median: 5M USD, sigma: 1.2)
      cap 2% of tvl
    }
  }
  backstop {
    asset AAVE
    stake 2.5M AAVE
    max_slash 30%
    haircut 15%
    cooldown 20 days
    rewards { revenue_share 10%  emissions 400 AAVE/day }
  }
  stakers {
    required_yield 8%/yr
    elasticity 2/yr
  }
}
sweep backstop.stake from 0 AAVE to 1M AAVE steps 5 log
