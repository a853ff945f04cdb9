# same-as: defaults.bsl
scenario "minimal" { protocol { tvl 1B USD } backstop { stake 100M USD } }
