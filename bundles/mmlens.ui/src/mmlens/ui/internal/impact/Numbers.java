package mmlens.ui.internal.impact;

import java.util.Locale;

/** Number formats shared by hovers, markers and the Impact view. */
public final class Numbers {

    private Numbers() {
    }

    /** {@code mean ±half} with precision suited to the magnitude (counts stay integral). */
    public static String meanCi(double mean, double half) {
        return number(mean) + " ±" + number(half);
    }

    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, a >= 10 ? "%.1f" : "%.3f", v);
    }

    /** A relative change as {@code +12.3%}; {@code n/a} when undefined (a baseline of zero). */
    public static String percent(double pct) {
        return Double.isNaN(pct) || Double.isInfinite(pct) ? "n/a" : String.format(Locale.ROOT, "%+.1f%%", pct);
    }
}
