# expect: 6:7: loss source exploit severity pareto(alpha 0.05) needs a cap: below alpha 0.25 single losses reach numbers too large to mean anything
scenario "errors" {
  protocol { tvl 10B USD }
  losses {
    source exploit { rate 0.1/yr
      severity pareto(min: 10M USD, alpha: 0.05)
    }
  }
  backstop { stake 100M USD }
}
