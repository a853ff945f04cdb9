# Cover pool in the manner of Sherlock or Nexus Mutual: stakers underwrite exploit cover.
#
# WHAT IT MODELS
#   A pool of USD staked by underwriters sells cover against smart-contract exploits to other
#   protocols. The "protocol" here is the book of cover sold: its TVL is the total amount
#   covered and its revenue the premiums, which go to the stakers as their reward. A valid claim
#   after a covered protocol is exploited is paid from the pool, but one payout takes at most
#   50 % of the pool (max_slash); what a claim asks beyond that is left unpaid (a shortfall, as
#   seen by the claimant). Stakers are locked in for six months (cooldown 182 days), so a rush
#   for the exit after a payout cannot empty the pool for the next claim. Idle stake earns a
#   lending yield. There is no reserve: the pool pays from the first dollar (no deductible).
#
# THE NUMBERS AND WHERE THEY COME FROM
#   Design: pooled underwriting with premiums as the reward and long lockups, as in Sherlock's
#     staking (lockups of several months in 2022) and Nexus Mutual's capital pool; the 50 %
#     limit on one payout and the six-month lockup are this scenario's illustrative values.
#   Illustrative, of the order of a mid-sized cover pool in 2022–2024: 300M USD of active cover,
#     premiums of 2.5 %/yr of the amount covered (cover for DeFi protocols was typically priced
#     at a few percent a year), 80 % of premiums to stakers, a 40M USD pool, a 3 %/yr lending
#     yield on idle stake.
#   Loss sources: illustrative. A claim is capped at 20M USD, the largest cover one protocol
#     can buy here; a systemic event (a bug in a widely used library or bridge, a stablecoin
#     failure) hits several covered protocols at once, more often in a crash.
#   ETH: the same illustrative market as lending-native. Stakers: illustrative.
#
# WHAT THE MODEL LEAVES OUT
#   Claims assessment (votes, disputes, denied claims): every claim here is valid and paid at
#   once; cover bought and expiring over the year (the book is constant); premiums that rise
#   after large claims; the pool's assets being partly in ETH or the mutual's own token (here
#   all USD); several pools with different risk tiers.
scenario "Exploit cover pool" {
  horizon 365 days
  step 1 day
  paths 10k
  seed 2022

  market {
    asset ETH { price 3000 USD  volatility 70%/yr  crashes 0.5/yr  drop uniform(15%, 40%) }
  }

  protocol {
    tvl 300M USD                      # active cover sold
    revenue 2.5%/yr of tvl            # premiums
  }

  losses {
    source exploit_claim {
      label "Claim after a covered protocol is exploited"
      rate 0.5/yr
      severity lognormal(median: 2M USD, sigma: 1.4)
      cap 20M USD                     # the largest cover one protocol holds
    }
    source systemic_claim {
      label "Systemic event hitting several covered protocols"
      rate 0.03/yr
      on_crash ETH 10%
      severity fraction uniform(3%, 15%) of tvl
    }
  }

  backstop {
    asset USD
    stake 40M USD
    max_slash 50%                     # at most half the pool per payout
    cooldown 182 days                 # six-month lockup
    order backstop_first              # no reserve: the pool pays first
    rewards {
      revenue_share 80%               # premiums to stakers; the rest runs the mutual
      underlying_yield 3%/yr          # idle stake lent out
    }
  }

  stakers {
    required_yield 12%/yr
    elasticity 0.5/yr
    panic 10%
    risk_free 4%/yr
  }
}

sweep backstop.max_slash from 20% to 100% steps 9
size backstop.stake for p_shortfall <= 1% between 5M USD and 200M USD
