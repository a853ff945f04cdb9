# Lending protocol with a native-token backstop, in the manner of Aave's stkAAVE safety module.
#
# WHAT IT MODELS
#   A large lending market whose deposits move with ETH. Losses come from liquidation bad debt
#   (more likely when ETH crashes) and from rare, large exploits. The protocol's treasury reserve
#   pays first (order reserve_first); beyond it, AAVE staked in the safety module is slashed, at
#   most 30 % of the pool per event, and sold at a haircut to cover the loss. Stakers earn a share
#   of revenue and AAVE emissions, leave through a 20-day cooldown, and some rush for the exit
#   after each slash. This is the SPEC's example scenario (SPEC §2) and the reference scenario of
#   `backstop bench`, so its settings below are kept exactly as the SPEC prints them.
#
# THE NUMBERS AND WHERE THEY COME FROM
#   Design, from Aave's public documentation of the safety module:
#     max_slash 30 %          the stkAAVE maximum slashing per event (Aave docs, since the safety
#                             module's launch in 2020)
#     cooldown 20 days        the stkAAVE cooldown in Aave's documentation in 2024 (10 days at
#                             launch in 2020), followed there by a short unstake window, which
#                             is left out
#     emissions in AAVE       stkAAVE rewards are paid in AAVE from the ecosystem reserve; 400 AAVE
#                             a day is a round number of the order of those emissions (several
#                             hundred AAVE a day in 2021–2024), illustrative
#     order reserve_first     Aave covers a shortfall from its treasury before slashing
#   Sizes, of the right order for Aave in 2023–2024 but illustrative:
#     tvl 10B USD, stake 2.5M AAVE (of the order of the AAVE staked in stkAAVE), AAVE at 150 USD,
#     ETH at 3000 USD, reserve 50M USD.
#   Market: ETH volatility 70 %/yr and AAVE 90 %/yr are of the order of their realised
#     volatility in 2021–2024; crashes (one-day drops of 15–40 % for ETH, as on 12 March 2020 and
#     19 May 2021) and the 0.75 correlation are illustrative.
#   Illustrative: revenue 0.8 %/yr of TVL, reserve inflow 15 % and target 1 % of TVL, the 15 %
#     haircut on selling slashed AAVE in a crash, the revenue share of 10 %, the loss sources
#     (the bad debt of about 1.6M USD Aave was left with after the CRV attack of November
#     2022 sits at the low end of the bad_debt severity; Euler's exploit of about 197M USD in
#     March 2023 shows the size of the exploit tail), and every staker setting.
#
# WHAT THE MODEL LEAVES OUT
#   The stkABPT and stkGHO pools and Umbrella (see umbrella-stable); governance delays (a real
#   slash needs a vote); the price impact of selling slashed AAVE beyond the fixed haircut;
#   token buy-backs and the GHO stablecoin's revenue; the feedback of a slash on the AAVE price.
#
# Aave-like lending protocol with a native-token backstop
scenario "Lending protocol, native-token backstop" {
  horizon 365 days
  step 1 day
  paths 100k
  seed 42

  market {
    asset ETH  { price 3000 USD  drift 0%/yr  volatility 70%/yr  crashes 0.5/yr  drop uniform(15%, 40%) }
    asset AAVE { price 150 USD   volatility 90%/yr  crashes 1/yr  drop uniform(20%, 55%) }
    correlation ETH AAVE 0.75
  }

  protocol {
    tvl 10B USD
    follows ETH beta 0.8          # optional: TVL moves with ETH
    revenue 0.8%/yr of tvl
  }

  reserve {
    initial 50M USD
    inflow 15% of revenue
    target 1% of tvl              # optional reserve ratio cap
  }

  losses {
    source bad_debt {
      label "Liquidation bad debt"
      rate 1/yr
      on_crash ETH 60%
      severity lognormal(median: 5M USD, sigma: 1.2)
      cap 2% of tvl
    }
    source exploit {
      rate 0.1/yr
      severity pareto(min: 10M USD, alpha: 1.3)
      cap 25% of tvl
    }
  }

  backstop {
    asset AAVE                    # or USD
    stake 2.5M AAVE
    max_slash 30%
    haircut 15%
    cooldown 20 days
    order reserve_first           # or backstop_first
    rewards {
      revenue_share 10%
      emissions 400 AAVE/day        # or: emissions 2.33M USD/yr target 66M USD
      underlying_yield 0%/yr
    }
  }

  stakers {
    required_yield 8%/yr
    elasticity 2/yr               # 0 = stake never moves by itself
    panic 20%
    risk_free 4%/yr
  }
}

sweep backstop.stake from 500k AAVE to 5M AAVE steps 10
size backstop.stake for p_shortfall <= 0.5% between 100k AAVE and 20M AAVE
