# expect: 26:11: 'AAVE.v2' is not a name: names are written with letters, digits and _, without '.'
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
    asset AAVE.v2
    stake 2.5M AAVE
  }
}
