# Stablecoin backstop in the manner of Aave Umbrella: staked interest-bearing USDC covers bad debt.
#
# WHAT IT MODELS
#   One stablecoin reserve of a lending market (think USDC on a large Aave v3 market). Borrowers
#   of USDC post ETH as collateral; when ETH crashes faster than liquidators act, some positions
#   end up with less collateral than debt, and the difference is bad debt. Rare exploits add to
#   it. Umbrella's design, which this file follows:
#     - the protocol absorbs the first part of the deficit itself (Umbrella's "deficit offset"),
#       here a reserve of 5M USD that is not refilled (inflow 0 %);
#     - beyond it, the stakers of the reserve's interest-bearing receipt token (waUSDC here, a
#       wrapped aUSDC) are slashed automatically, with no per-event cap (max_slash 100 %);
#     - stakers earn the receipt token's own supply yield (underlying_yield) plus emissions on
#       Umbrella's target-liquidity curve (SPEC §1.2 step 4): the most per unit staked when the
#       pool is small, the full rate at the target, a little less above it, so the pool is drawn
#       towards the target size;
#     - a 20-day cooldown before stake can leave.
#
# THE NUMBERS AND WHERE THEY COME FROM
#   Design, from Aave Umbrella as BGD Labs described it to Aave governance (2024–2025): the
#     deficit offset paid first, automatic slashing without a per-event cap, the staked
#     receipt-token design with its own yield, the target-liquidity emission curve, and the
#     20-day cooldown carried over from the safety module.
#   Illustrative sizes, of the right order for the largest USDC reserves on lending markets in
#     2024–2025: tvl 3B USD of USDC supplied; a deficit offset of 5M USD; 80M waUSDC staked at
#     the start against a target of 100M USD; emissions of at most 3M USD a year.
#   revenue 0.4 %/yr of TVL: illustrative, from a reserve factor of 10 % on a borrow rate of
#     about 5.5 % at a utilisation of about 75 % (0.10 · 0.055 · 0.75 ≈ 0.4 %).
#   underlying_yield 4.5 %/yr: illustrative, of the order of USDC supply rates on large lending
#     markets in 2024 (roughly 3–7 %).
#   ETH: the same illustrative market as lending-native (70 %/yr volatility, 0.5 crashes a year
#     of 15–40 %).
#   Loss sources, stakers (required_yield 7.5 %/yr: the supply yield plus 3 % for the slashing
#     risk), the panic share and the risk-free rate: illustrative.
#
# WHAT THE MODEL LEAVES OUT
#   A depeg of USDC itself (waUSDC is held at exactly 1 USD; USDC fell to about 0.88 USD for a
#   day in March 2023); that the deficit offset can be topped up by governance; changes of the
#   supply yield and of the borrow demand with the market; the other Umbrella pools (USDT, WETH,
#   GHO) and the losses they share; the emissions being paid in several tokens.
scenario "Stablecoin backstop, Umbrella-style" {
  horizon 365 days
  step 1 day
  paths 10k
  seed 7

  market {
    asset ETH    { price 3000 USD  volatility 70%/yr  crashes 0.5/yr  drop uniform(15%, 40%) }
    asset waUSDC { price 1 USD }      # receipt token of supplied USDC: constant price, no depeg
  }

  protocol {
    tvl 3B USD                        # USDC supplied to the reserve
    revenue 0.4%/yr of tvl            # reserve factor × borrow interest
  }

  reserve {
    initial 5M USD                    # the deficit offset the protocol absorbs first
    inflow 0% of revenue              # not refilled by the simulation
  }

  losses {
    source bad_debt {
      label "Bad debt from ETH collateral in crashes"
      rate 0.2/yr                     # background: a thin collateral, a stale oracle
      on_crash ETH 50%
      severity fraction lognormal(median: 0.05%, sigma: 1.3) of tvl
      cap 3% of tvl
    }
    source exploit {
      label "Exploit draining the reserve"
      rate 0.05/yr
      severity pareto(min: 5M USD, alpha: 1.1)
      cap 10% of tvl
    }
  }

  backstop {
    asset waUSDC
    stake 80M waUSDC
    max_slash 100%                    # Umbrella: no per-event cap
    haircut 0%                        # the slashed receipt token is the asset that was lost
    cooldown 20 days
    order reserve_first               # the deficit offset first
    rewards {
      emissions 3M USD/yr target 100M USD   # target-liquidity curve; 3 % a year at the target
      underlying_yield 4.5%/yr        # the supply yield waUSDC earns by itself
    }
  }

  stakers {
    required_yield 7.5%/yr
    elasticity 1/yr
    panic 10%
    risk_free 4%/yr
  }
}

# How large should the emission target be? A larger target attracts more stake.
sweep backstop.rewards.target from 25M USD to 200M USD steps 8
size backstop.stake for p_shortfall <= 0.1% between 10M waUSDC and 500M waUSDC
