# key fields: checked in ValidCorpusTest
# a USD backstop on the target-liquidity curve, a severity as a fraction of TVL, a cap in USD,
# durations in years and hours, a log sweep and a >= size target
scenario "USD fund" {
  horizon 2 years
  step 6 hours
  paths 1
  seed -7
  protocol { tvl 1.25B USD  revenue 3.5%/yr of tvl }
  losses {
    source liquidations { rate 12/yr  severity fraction beta(2, 50) of tvl  cap 200M USD }
    source tail { rate 0.5/yr  severity pareto(min: 1M USD, alpha: 0.8)  cap 2% of tvl }
  }
  backstop {
    stake 0 USD
    cooldown 36 hours
    order backstop_first
    rewards { revenue_share 25%  emissions 2.33M USD/yr target 66M USD }
  }
}
sweep reserve.initial from 1k USD to 1B USD steps 7 log
size backstop.stake for staker_apr_mean >= 5% between 0 USD and 1B USD
