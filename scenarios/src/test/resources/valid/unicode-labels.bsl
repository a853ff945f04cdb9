# key fields: checked in ValidCorpusTest
# labels in any script, emoji, escaped quotes and backslashes, and a # that is not a comment
scenario "Prêt à taux — 借贷协议 🛡️ \"v2\" \\ #1" {
  protocol { tvl 1B USD }
  losses {
    source oracle { label "Manipulation d’oracle — オラクル 💥"  rate 1/yr  severity fixed(1M USD) }
    source greek { label "Ελληνικά ‮reversed‬ zero​width"  severity fixed(2M USD) }
  }
  backstop { stake 100M USD }
}
