# same-as: defaults.bsl
# optional blocks given empty, on one line or several
scenario "minimal" {
  market { }
  protocol { tvl 1B USD }
  reserve {}
  losses {

  }
  backstop { stake 100M USD
    rewards { }
  }
  stakers {
  }
}
