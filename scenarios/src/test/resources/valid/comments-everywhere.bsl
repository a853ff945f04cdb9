# same-as: lending.bsl
# a comment before everything, and after every line below
#
#scenario "commented out" { protocol { tvl 1 USD } }
scenario "Lending protocol, native-token backstop" {   # the name may hold a comma
  # a comment line inside the scenario block
  horizon 365 days#no space before the hash
  step 1 day      # one day
  paths 100000    # written out
  seed 42         # }{ )( " braces and a quote inside a comment are ignored
  market {        # market
    # asset BTC { price 60000 USD }
    asset ETH { price 3000 USD  drift 0%/yr  volatility 70%/yr  crashes 0.5/yr  drop uniform(15%, 40%) }   # ETH
    asset AAVE { price 150 USD  volatility 90%/yr  crashes 1/yr  drop uniform(20%, 55%) }  ##### AAVE
    correlation ETH AAVE 0.75 # 75%
  } # end of market
  protocol {
    tvl 10000000000 USD # ten billion
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
      label "Liquidation bad debt" # a # inside a string is not a comment: see unicode-labels.bsl
      rate 1/yr
      on_crash ETH 60%
      severity lognormal(median: 5000000 USD, sigma: 1.2) # median, sigma
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
} # end of scenario
# between the scenario and the studies
sweep backstop.stake from 500000 AAVE to 5000000 AAVE steps 10 # ten points
size backstop.stake for p_shortfall <= 0.5% between 100000 AAVE and 20000000 AAVE # sizing
# a comment on the last line, with no newline after it