package dev.backstop.core.model;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A square root {@code L} of a market's correlation matrix ({@code C = L·Lᵀ}), so that
 * {@code Z = L·ε} turns independent standard normals into correlated ones (SPEC §1.2 step 1).
 * A matrix that is not positive semi-definite is an input error. Immutable and thread-safe.
 */
public final class CorrelationFactor {
    /** Eigenvalues above {@code -TOLERANCE} count as zero: correlations are written with few digits. */
    static final double TOLERANCE = 1e-10;

    private final double[][] factor;

    private CorrelationFactor(double[][] factor) {
        this.factor = factor;
    }

    /**
     * Factors the market's correlation matrix: EJML's Cholesky where it is positive definite; where
     * it is only semi-definite (a correlation of ±1, say) Cholesky breaks down, and the symmetric
     * square root from EJML's eigen-decomposition serves instead.
     *
     * @throws IllegalArgumentException if the matrix is not positive semi-definite
     */
    public static CorrelationFactor of(Market market) {
        int n = market.assets().size();
        DMatrixRMaj c = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                c.set(i, j, market.correlation(market.assets().get(i).symbol(), market.assets().get(j).symbol()));
            }
        }
        if (n == 0) {
            return new CorrelationFactor(new double[0][0]);
        }
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(n, true);
        DMatrixRMaj copy = c.copy();
        if (chol.decompose(copy)) {
            DMatrixRMaj l = chol.getT(null);
            if (isFinite(l)) {
                return new CorrelationFactor(toArray(l));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(c.copy())) {
            throw new IllegalArgumentException("the correlation matrix could not be factorised");
        }
        DMatrixRMaj root = new DMatrixRMaj(n, n);
        for (int k = 0; k < n; k++) {
            double lambda = eig.getEigenvalue(k).getReal();
            if (lambda < -TOLERANCE) {
                throw new IllegalArgumentException("the correlation matrix is not positive semi-definite"
                        + " (an eigenvalue is " + String.format("%.4g", lambda) + "); these correlations cannot hold together");
            }
            DMatrixRMaj v = eig.getEigenVector(k);
            double s = Math.sqrt(Math.max(lambda, 0));
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    root.add(i, j, v.get(i) * s * v.get(j));
                }
            }
        }
        // symmetric square root: C = R·R = R·Rᵀ
        DMatrixRMaj check = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransB(root, root, check);
        return new CorrelationFactor(toArray(root));
    }

    /** Row {@code i} of the factor: {@code Z_i = Σ_j factor[i][j]·ε_j}. */
    public double[][] rows() {
        double[][] out = new double[factor.length][];
        for (int i = 0; i < factor.length; i++) {
            out[i] = factor[i].clone();
        }
        return out;
    }

    private static boolean isFinite(DMatrixRMaj m) {
        for (int i = 0; i < m.getNumElements(); i++) {
            if (!Double.isFinite(m.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static double[][] toArray(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                a[i][j] = m.get(i, j);
            }
        }
        return a;
    }
}
