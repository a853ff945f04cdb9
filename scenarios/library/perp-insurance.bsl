# Perpetual exchange: a fee-fed insurance fund and a staked USD vault cover failed liquidations.
#
# WHAT IT MODELS
#   A perpetual-futures exchange holding its traders' USD collateral. When BTC or ETH gaps down,
#   some leveraged positions cannot be liquidated before their losses exceed their collateral;
#   the exchange owes the difference to the winning side. Thin markets can also be manipulated
#   (pump a small token, borrow against it or take profit on it, walk away). Losses are paid by:
#     1. the exchange's own insurance fund, fed by a share of trading fees and capped at a target
#        share of open collateral (the excess is swept to the treasury): the reserve here;
#     2. then a vault of USD staked by outside depositors who earn a share of fees in return (the
#        staked insurance funds of on-chain exchanges): the backstop, slashable in full;
#     3. what is left is a shortfall: on a real exchange, auto-deleveraging of profitable traders
#        or a socialised loss.
#
# THE NUMBERS AND WHERE THEY COME FROM
#   All sizes and rates are illustrative, of the order of a mid-sized on-chain perpetual exchange
#   in 2023–2025:
#     tvl 800M USD of trader collateral, which falls and rises with BTC (follows BTC, beta 1);
#     revenue 8 %/yr of TVL in fees: e.g. a daily volume of 0.7 × TVL at 0.03 % a side;
#     the insurance fund: 10M USD at the start, 20 % of fees, capped at 5 % of TVL;
#     the staked vault: 60M USD, 10 % of fees to stakers, a 14-day withdrawal delay.
#   Market: BTC 60 %/yr and ETH 75 %/yr volatility are of the order of their realised volatility
#     in 2021–2024; crash frequencies and drops are illustrative (for scale, BTC lost about half
#     its price over 12–13 March 2020); the 0.8 correlation is illustrative.
#   Loss sources: illustrative. For scale, dYdX's insurance fund lost about 9M USD to a
#     manipulation of its YFI market in November 2023, and Mango Markets lost more than 100M USD
#     to the manipulation of its own token's price in October 2022 (the manipulation cap below,
#     100M USD, is of that size).
#   Stakers: illustrative (they want 10 %/yr; risk-free 4 %/yr).
#
# WHAT THE MODEL LEAVES OUT
#   Open interest that moves independently of collateral; funding rates; the exchange's own
#   market-making vault (which often takes failed liquidations over at a loss); auto-deleveraging
#   itself (a shortfall is only counted); intraday dynamics: steps are one day, so a crash and
#   the recovery within the same day are one move; fee income that spikes in volatile markets.
scenario "Perpetual exchange insurance fund" {
  horizon 365 days
  step 1 day
  paths 10k
  seed 2020

  market {
    asset BTC { price 60k USD   volatility 60%/yr  crashes 0.5/yr  drop uniform(10%, 35%) }
    asset ETH { price 3000 USD  volatility 75%/yr  crashes 0.7/yr  drop uniform(15%, 45%) }
    correlation BTC ETH 0.8
  }

  protocol {
    tvl 800M USD                      # trader collateral
    follows BTC beta 1
    revenue 8%/yr of tvl              # trading fees
  }

  reserve {
    initial 10M USD                   # the exchange's own insurance fund
    inflow 20% of revenue
    target 5% of tvl                  # the excess goes to the treasury
  }

  losses {
    source btc_gaps {
      label "Liquidations that fail when BTC gaps down"
      rate 1/yr                       # small gaps on ordinary volatile days
      on_crash BTC 80%
      severity fraction lognormal(median: 0.3%, sigma: 1) of tvl
      cap 5% of tvl
    }
    source eth_gaps {
      label "Liquidations that fail when ETH gaps down"
      rate 1/yr
      on_crash ETH 80%
      severity fraction lognormal(median: 0.2%, sigma: 1) of tvl
      cap 5% of tvl
    }
    source manipulation {
      label "Manipulation of a thin market"
      rate 0.2/yr
      severity lognormal(median: 3M USD, sigma: 1.5)
      cap 100M USD
    }
  }

  backstop {
    asset USD
    stake 60M USD                     # the staked insurance vault
    max_slash 100%
    cooldown 14 days
    order reserve_first
    rewards {
      revenue_share 10%
    }
  }

  stakers {
    required_yield 10%/yr
    elasticity 1/yr
    panic 15%
    risk_free 4%/yr
  }
}

sweep backstop.stake from 10M USD to 150M USD steps 15
size backstop.stake for p_shortfall <= 0.5% between 1M USD and 500M USD
