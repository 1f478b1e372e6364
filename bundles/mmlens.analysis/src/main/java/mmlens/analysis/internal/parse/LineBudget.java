package mmlens.analysis.internal.parse;

/**
 * How many diff {@link mmlens.model.Line} objects one parse may create. Past the budget hunks
 * still count their lines (added/removed stay exact) but no longer store them, which bounds the
 * model's memory for inputs of any size.
 */
public final class LineBudget {

    private long left;
    private boolean refused;

    public LineBudget(long lines) {
        this.left = lines;
    }

    /** True if one more line may be stored. */
    public boolean take() {
        if (left > 0) {
            left--;
            return true;
        }
        refused = true;
        return false;
    }

    /** Lines that may still be stored. */
    long left() {
        return left;
    }

    /** Takes n lines at once (n &lt;= {@link #left()}): what n successful {@link #take()} calls do. */
    void consume(long n) {
        if (n > left) {
            throw new IllegalArgumentException("budget has " + left + " lines, not " + n);
        }
        left -= n;
    }

    /** True if a line was refused since the last call, i.e. while reading the current input. */
    public boolean refusedSinceLastAsked() {
        boolean r = refused;
        refused = false;
        return r;
    }
}
