package mmlens.analysis.check;

/**
 * Mean and 95 % confidence half-width (Student t, n - 1 df) of one metric over the seeds of one
 * configuration: the interval is {@code mean ± ci95}.
 */
public record Side(double mean, double ci95) {
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6g ± %.3g", mean, ci95);
    }
}
