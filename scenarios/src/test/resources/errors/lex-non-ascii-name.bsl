# expect: 6:12: unexpected character 'é' in 'café': names are written with the letters a-z and A-Z, digits and _
scenario "a name outside ASCII" {
  protocol { tvl 1B USD }
  losses {
    source oracle { rate 1/yr  severity fixed(1M USD) }
    source café { rate 1/yr  severity fixed(2M USD) }
    source exploit {
      rate 0.1/yr
      severity fixed(5M USD)
    }
  }
  backstop { stake 100M USD }
}
