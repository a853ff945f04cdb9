# Cramér–Lundberg ruin: the textbook surplus process with its closed-form answer, as a validation.
#
# WHAT IT MODELS
#   The classical risk model of insurance mathematics (Lundberg 1903, Cramér 1930): an insurer
#   starts with a surplus u, collects premiums at a constant rate c, and pays claims that arrive
#   as a Poisson process of rate λ with independent exponential sizes of mean μ. With the safety
#   loading θ defined by c = (1 + θ)·λ·μ, the probability that the surplus ever falls below zero
#   has a closed form (e.g. Asmussen & Albrecher, "Ruin Probabilities", 2nd ed., 2010, ch. IV):
#
#       ψ(u) = exp(−θ·u / ((1 + θ)·μ)) / (1 + θ)
#
#   In Backstop's terms: the reserve is the surplus, the revenue is the premium and all of it
#   flows into the reserve, and there is no backstop (stake 0 USD), so the first shortfall event
#   of a path is its ruin and p_shortfall estimates ψ(u).
#
# THE NUMBERS (all illustrative: chosen so that the answer is large enough to check with few paths)
#   λ = 12 claims a year (rate 12/yr), μ = 1M USD (exponential(mean: 1M USD)), θ = 50 %:
#   c = 1.5 · 12 · 1M = 18M USD a year, written as a premium of 1.8 %/yr on a book of 1B USD.
#   u = 2M USD (reserve initial).
#   ψ(2M) = exp(−0.5 · 2 / 1.5) / 1.5 = exp(−2/3) / 1.5 = 0.34228.
#
# READING THE SIMULATED ANSWER
#   The simulator is discrete: each 1-day step pays that step's premium into the reserve before
#   the step's claims (SPEC §1.2, steps 3 and 5). So at every claim the reserve is at least the
#   continuous-time surplus and at most that plus one step's premium, c·dt = 18M/365 ≈ 49.3k USD:
#   the discrete ruin probability lies between ψ(u + c·dt) = 0.33670 and ψ(u) = 0.34228, less a
#   finite-horizon term, because ψ counts ruin at any time and the run stops after 10 years. Ruin,
#   when it happens, comes early: given ruin, its time has mean (u + (1+θ)·μ) / (λ·μ·θ·(1+θ))
#   = 3.5M / 9M per year ≈ 0.39 years (the Lundberg conjugate measure), so by 10 years the
#   missing share is far below the Monte Carlo error. At 10,000 paths that error (one standard
#   error) is about 0.0047, so `backstop run ruin-classic` should show p_shortfall between about
#   0.32 and 0.36; the test RuinClassicTest checks it against the bracket above ± 4 standard errors.
#
# WHAT THE MODEL LEAVES OUT
#   Everything but the surplus: no market, no investment income on the surplus, no expenses, no
#   dividends (no reserve target), and the insurer keeps trading after ruin (only whether a path
#   was ever ruined counts for p_shortfall; deficit_usd adds up the later shortfalls too).
scenario "Cramér–Lundberg ruin (validation)" {
  horizon 10 years
  step 1 day
  paths 10k
  seed 1903

  protocol {
    tvl 1B USD                      # the insured book; only sets the scale of the premium
    revenue 1.8%/yr of tvl          # c = (1 + θ)·λ·μ = 18M USD a year
  }

  reserve {
    initial 2M USD                  # the surplus u
    inflow 100% of revenue          # every premium dollar goes to the surplus
  }

  losses {
    source claims {
      label "Insurance claims"
      rate 12/yr                    # λ
      severity exponential(mean: 1M USD)   # μ
    }
  }

  backstop {
    asset USD
    stake 0 USD                     # no backstop: a shortfall is ruin
  }
}

# ψ(u) falls exponentially in u: ψ(0) = 1/(1+θ) = 0.667, ψ(6M) = 0.090, ψ(10M) = 0.024.
sweep reserve.initial from 0 USD to 10M USD steps 11
