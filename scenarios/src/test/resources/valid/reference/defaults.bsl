scenario "minimal" {
  horizon 365 days
  step 1 day
  paths 10000
  seed 1
  protocol {
    tvl 1000000000 USD
    revenue 0%/yr of tvl
  }
  reserve {
    initial 0 USD
    inflow 0% of revenue
  }
  losses {
  }
  backstop {
    asset USD
    stake 100000000 USD
    max_slash 100%
    haircut 0%
    cooldown 0 days
    order reserve_first
    rewards {
      revenue_share 0%
      emissions 0 USD/yr
      underlying_yield 0%/yr
    }
  }
  stakers {
    required_yield 0%/yr
    elasticity 0/yr
    panic 0%
    risk_free 0%/yr
  }
}
