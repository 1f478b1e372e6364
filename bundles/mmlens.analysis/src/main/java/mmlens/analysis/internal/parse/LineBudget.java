package mmlens.analysis.internal.parse;

/**
 * How many diff {@link mmlens.model.Line} objects one parse may create. Past the budget hunks
 * still count their lines (added/removed stay exact) but no longer store them, which bounds the
 * model's memory for inputs of any size.
 */
public final class LineBudget {

    private long left;
    private boolean exhausted;

    public LineBudget(long lines) {
        this.left = lines;
    }

    /** True if one more line may be stored. */
    public boolean take() {
        if (left > 0) {
            left--;
            return true;
        }
        exhausted = true;
        return false;
    }

    /** True once a line was refused; reported once per parse by the caller. */
    public boolean exhausted() {
        return exhausted;
    }
}
