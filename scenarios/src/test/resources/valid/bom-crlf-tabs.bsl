# same-as: lending.bsl
# byte-order mark, CR LF and tabs together, no newline at the end
scenario "Lending protocol, native-token backstop" {
	horizon 365 days
	step 1 day
	paths 100k
	seed 42

	market {
		asset ETH	{ price 3000 USD	drift 0%/yr	volatility 70%/yr	crashes 0.5/yr	drop uniform(15%, 40%) }
		asset AAVE { price 150 USD	 volatility 90%/yr	crashes 1/yr	drop uniform(20%, 55%) }
		correlation ETH AAVE 0.75
	}

	protocol {
		tvl 10B USD
		follows ETH beta 0.8					# optional: TVL moves with ETH
		revenue 0.8%/yr of tvl
	}

	reserve {
		initial 50M USD
		inflow 15% of revenue
		target 1% of tvl							# optional reserve ratio cap
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
		asset AAVE										# or USD
		stake 2.5M AAVE
		max_slash 30%
		haircut 15%
		cooldown 20 days
		order reserve_first					 # or backstop_first
		rewards {
			revenue_share 10%
			emissions 400 AAVE/day				# or: emissions 2.33M USD/yr target 66M USD
			underlying_yield 0%/yr
		}
	}

	stakers {
		required_yield 8%/yr
		elasticity 2/yr							 # 0 = stake never moves by itself
		panic 20%
		risk_free 4%/yr
	}
}

sweep backstop.stake from 500k AAVE to 5M AAVE steps 10
size backstop.stake for p_shortfall <= 0.5% between 100k AAVE and 20M AAVE