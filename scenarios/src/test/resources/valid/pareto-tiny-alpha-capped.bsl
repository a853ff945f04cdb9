# key fields: checked in ValidCorpusTest
# an alpha far below 1 is allowed with a cap; without one, alpha must be at least 0.25
scenario "heavy tail" {
  protocol { tvl 10B USD }
  losses {
    source capped { rate 0.1/yr  severity pareto(min: 10M USD, alpha: 0.01)  cap 25% of tvl }
    source uncapped { rate 0.1/yr  severity pareto(min: 10M USD, alpha: 0.25) }
  }
  backstop { stake 100M USD }
}
