# key fields: checked in ValidCorpusTest
# values at the edges of their ranges, all of them allowed
scenario "x" {
  horizon 1 hour
  step 1 day
  protocol { tvl 0 USD }
  market {
    asset A { price 0.000001 USD  volatility 0%/yr  drift -100%/yr  crashes 1000/yr  drop fixed(99.99%) }
    asset B { price 1e12 USD }
    correlation A B -1
  }
  reserve { initial 1e15 USD  inflow 100% of revenue }
  losses { source s { severity normal(mean: -1M USD, sd: 0 USD) } }
  backstop { asset A  stake 0 A  max_slash 0%  haircut 99.99% }
  stakers { panic 100% }
}
