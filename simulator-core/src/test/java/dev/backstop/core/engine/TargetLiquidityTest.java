package dev.backstop.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The closed-form equilibrium pool against commons-math3's Brent solver on the SPEC's equation. */
class TargetLiquidityTest {

    @ParameterizedTest
    @CsvSource({
        // revenue USD/yr, max USD/yr, x per unit, price, net yield
        "1e6, 2.33e6, 1.5e-8, 1, 0.05",
        "0, 2.33e6, 1.5e-8, 1, 0.05",
        "5e6, 2.33e6, 1.5e-8, 1, 0.01",
        "1e5, 1e7, 1e-7, 2, 0.2",
        "8e6, 146000, 0, 150, 0.08"})
    void closedFormSolvesTheEquation(double k, double m, double s, double price, double y) {
        double b = TargetLiquidity.equilibriumPool(k, m, s, price, y);
        double reference = new BrentSolver(1e-14, 1e-6).solve(10_000,
                x -> TargetLiquidity.poolYield(x, k, m, s, price) - y, 1e-9, 1e15);
        assertEquals(reference, b, 1e-7 * reference);
    }

    @ParameterizedTest
    @CsvSource({"0, 1e6, 1e-7, 1, 0.5"})
    void emptyPoolWhenEvenTheFirstDollarEarnsTooLittle(double k, double m, double s, double price, double y) {
        // with no revenue the yield of a tiny pool tends to 2·m·s/price = 0.2 < 0.5 required
        assertEquals(0, TargetLiquidity.equilibriumPool(k, m, s, price, y));
    }
}
