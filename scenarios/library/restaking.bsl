# Restaking: restaked ETH slashed for operator faults to make a secured service's users whole.
#
# WHAT IT MODELS
#   A service secured by restaked ETH (an "actively validated service" in EigenLayer's words, or
#   a network on Symbiotic): say a bridge or an oracle holding 1B USD of its users' value. Its
#   operators run the service with ETH that stakers delegated to them. When operators misbehave
#   (sign a wrong result, double-sign), their delegated stake is slashed and, with
#   redistributable slashing, paid to the service's users to cover what they lost. Two kinds of
#   fault:
#     - single-operator faults: one operator's mistake, small against the pool, a few a decade;
#     - correlated faults: one cause hitting many operators at once (a bug in the client they
#       all run, a shared cloud region, a key-management failure), much larger and more likely
#       in a market crash, when the service is stressed and the attack most profitable.
#   There is no reserve: the stake is the only cover. The slashed ETH is sold at a small haircut.
#   Stakers earn ETH's own staking yield (the restaked asset is a liquid staking token), the
#   service's fees and the service's token emissions.
#
# THE NUMBERS AND WHERE THEY COME FROM
#   underlying_yield 3 %/yr: of the order of Ethereum's staking yield in 2023–2025 (about 3–4 %).
#   cooldown 14 days: illustrative; EigenLayer's withdrawal delay was 7 days at its launch in
#     2023 and slashing went live on its mainnet in 2025, with a longer delay so that faults can
#     be slashed before the stake leaves.
#   ETH: the same illustrative market as lending-native (3000 USD, 70 %/yr volatility, 0.5
#     crashes a year of 15–40 %).
#   Illustrative: the 1B USD secured, the 100k ETH (300M USD) restaked for this service, the
#     service's fees of 0.5 %/yr of the value secured with 90 % passed to stakers (operators
#     keep the rest), emissions of 3M USD a year, the 2 % haircut, every loss source (no
#     service has a long public record of slashing), and every staker setting.
#
# WHAT THE MODEL LEAVES OUT
#   Operators one by one (a correlated fault is one large event, not many simultaneous ones);
#   stake shared by several services (the same ETH slashed twice: here it backs one service
#   only); the ETH staking penalties of the beacon chain itself; the veto committee or
#   governance that may cancel a slash; the slashed ETH depressing the price of ETH.
scenario "Restaked ETH securing a service" {
  horizon 365 days
  step 1 day
  paths 10k
  seed 2023

  market {
    asset ETH { price 3000 USD  volatility 70%/yr  crashes 0.5/yr  drop uniform(15%, 40%) }
  }

  protocol {
    tvl 1B USD                        # value the service holds for its users
    revenue 0.5%/yr of tvl            # fees the service pays for its security
  }

  losses {
    source operator_fault {
      label "Single-operator fault"
      rate 0.3/yr
      severity fraction lognormal(median: 0.1%, sigma: 1.5) of tvl
      cap 5% of tvl
    }
    source correlated_fault {
      label "Correlated fault across operators"
      rate 0.02/yr
      on_crash ETH 5%                 # stress makes a mass fault more likely
      severity fraction uniform(1%, 30%) of tvl
    }
  }

  backstop {
    asset ETH
    stake 100k ETH
    max_slash 100%
    haircut 2%                        # selling slashed ETH in a hurry
    cooldown 14 days
    order backstop_first              # no reserve: stake is the only cover
    rewards {
      revenue_share 90%               # operators keep 10 %
      emissions 3M USD/yr             # the service's own token, valued in USD
      underlying_yield 3%/yr          # ETH staking yield of the liquid staking token
    }
  }

  stakers {
    required_yield 6%/yr
    elasticity 1/yr
    panic 25%                         # restakers leave fast after a slash
    risk_free 4%/yr
  }
}

size backstop.stake for p_shortfall <= 0.5% between 10k ETH and 1M ETH
sweep market.ETH.crashes from 0/yr to 3/yr steps 7
