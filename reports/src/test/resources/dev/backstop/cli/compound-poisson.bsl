# Compound-Poisson claims against a USD backstop: a shortfall happens iff the year's claims exceed
# reserve + stake. One step of a year: the claims' timing does not matter here.
scenario "Compound Poisson" {
  horizon 365 days
  step 365 days
  paths 20k
  seed 7

  protocol { tvl 1B USD }
  reserve { initial 2M USD }
  losses {
    source claims {
      rate 3/yr
      severity exponential(mean: 1M USD)
    }
  }
  backstop { stake 5M USD }
}

sweep backstop.stake from 0 to 10M steps 6
sweep losses.claims.rate from 1/yr to 4/yr steps 4
size backstop.stake for p_shortfall <= 1% between 0 and 20M
