package mmlens.analysis.check;

/**
 * The statistics of the impact check, plain doubles, no library: sample mean and standard
 * deviation, the 95 % Student-t confidence half-width, the two-sided p-values of the paired and
 * of Welch's t-test, and Holm's step-down correction.
 *
 * <p>The Student-t distribution function is computed from the regularized incomplete beta
 * function (continued fraction, Lentz's method); quantiles by bisection on it. Accuracy is far
 * better than the 1e-6 the verdicts need.
 */
public final class Stats {
    /** Two-sided significance level of every test. */
    public static final double ALPHA = 0.05;

    private Stats() {
    }

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    /** Sample standard deviation (n - 1 in the denominator); 0 for fewer than two values. */
    public static double sd(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        boolean constant = true;
        for (double v : x) {
            constant &= v == x[0];
        }
        if (constant) {
            return 0; // exactly: the mean of equal values can miss them by an ulp (1/9 * 9 / 9 ...)
        }
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /**
     * Half-width of the 95 % confidence interval of the mean: t(0.975, n-1) * sd / sqrt(n); 0 when
     * all values are equal, NaN for fewer than two values.
     */
    public static double ci95(double[] x) {
        if (x.length < 2) {
            return Double.NaN;
        }
        double sd = sd(x);
        return sd == 0 ? 0 : tQuantile(0.975, x.length - 1) * sd / Math.sqrt(x.length);
    }

    /**
     * Two-sided p-value of the paired t-test of {@code b[i] - a[i]} against 0 (n - 1 degrees of
     * freedom). Degenerate cases: every difference 0 gives 1; a constant non-zero difference
     * (deterministic shift, zero variance) gives 0; fewer than two pairs give 1.
     */
    public static double pairedP(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples of different sizes " + a.length + " and " + b.length);
        }
        double[] d = new double[a.length];
        boolean allZero = true;
        for (int i = 0; i < d.length; i++) {
            d[i] = b[i] - a[i];
            allZero &= d[i] == 0;
        }
        if (allZero || d.length < 2) {
            return 1;
        }
        double sd = sd(d);
        if (sd == 0) {
            return 0;
        }
        double t = mean(d) / (sd / Math.sqrt(d.length));
        return twoSidedP(t, d.length - 1);
    }

    /**
     * Two-sided p-value of Welch's unequal-variance t-test (Welch–Satterthwaite degrees of
     * freedom). Identical constant samples give 1; two different constants give 0.
     */
    public static double welchP(double[] a, double[] b) {
        if (a.length < 2 || b.length < 2) {
            return 1;
        }
        double va = Math.pow(sd(a), 2) / a.length;
        double vb = Math.pow(sd(b), 2) / b.length;
        double diff = mean(b) - mean(a);
        if (va + vb == 0) {
            return diff == 0 ? 1 : 0;
        }
        double t = diff / Math.sqrt(va + vb);
        double df = (va + vb) * (va + vb)
                / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        return twoSidedP(t, df);
    }

    /**
     * Holm's step-down procedure at {@link #ALPHA}: {@code rejected[i]} when p[i] survives the
     * correction for {@code p.length} hypotheses (NaN p-values are never rejected but count).
     */
    public static boolean[] holm(double[] p) {
        int m = p.length;
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> Double.compare(nanHigh(p[x]), nanHigh(p[y])));
        boolean[] rejected = new boolean[m];
        for (int k = 0; k < m; k++) {
            double pk = p[idx[k]];
            if (Double.isNaN(pk) || pk > ALPHA / (m - k)) {
                break;
            }
            rejected[idx[k]] = true;
        }
        return rejected;
    }

    /**
     * The level at which Holm's procedure tests each hypothesis: α / (m - rank) while the
     * step-down continues, -1 (nothing passes) after the first hypothesis it keeps.
     */
    public static double[] holmLevels(double[] p) {
        int m = p.length;
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> Double.compare(nanHigh(p[x]), nanHigh(p[y])));
        double[] level = new double[m];
        java.util.Arrays.fill(level, -1);
        for (int k = 0; k < m; k++) {
            double pk = p[idx[k]];
            double lv = ALPHA / (m - k);
            if (Double.isNaN(pk) || pk > lv) {
                break;
            }
            level[idx[k]] = lv;
        }
        return level;
    }

    private static double nanHigh(double p) {
        return Double.isNaN(p) ? 2 : p;
    }

    /** P(|T| &gt;= |t|) for Student's t with {@code df} degrees of freedom. */
    public static double twoSidedP(double t, double df) {
        double x = df / (df + t * t);
        return Math.min(1, incompleteBeta(df / 2, 0.5, x));
    }

    /** The q-quantile of Student's t with {@code df} degrees of freedom, 0.5 &lt; q &lt; 1. */
    public static double tQuantile(double q, double df) {
        double target = 2 * (1 - q);
        double lo = 0;
        double hi = 1;
        while (twoSidedP(hi, df) > target) {
            hi *= 2;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
            double mid = (lo + hi) / 2;
            if (twoSidedP(mid, df) > target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double incompleteBeta(double a, double b, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(lnFront) * betaFraction(a, b, x) / a;
        }
        return 1 - Math.exp(lnFront) * betaFraction(b, a, 1 - x) / b;
    }

    /** Continued fraction of the incomplete beta function (modified Lentz). */
    private static double betaFraction(double a, double b, double x) {
        final double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 500; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** ln Γ(x) for x &gt; 0 (Lanczos, g = 7, n = 9). */
    static double lnGamma(double x) {
        double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7 };
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
        }
        x -= 1;
        double a = g[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += g[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }
}
