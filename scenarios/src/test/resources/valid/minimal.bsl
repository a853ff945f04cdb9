# same-as: defaults.bsl
# the least a scenario needs: everything else takes its default (SPEC §2 "Defaults")
scenario "minimal" {
  protocol { tvl 1B USD }
  backstop { stake 100M USD }
}
