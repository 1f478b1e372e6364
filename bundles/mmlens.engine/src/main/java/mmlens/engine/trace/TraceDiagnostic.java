package mmlens.engine.trace;

/**
 * A problem found while importing a trace: the line was skipped (or, for lost events, the data
 * has a gap).
 *
 * @param line 1-based line number
 * @param message what is wrong
 * @param text the offending line, cut to 200 characters
 */
public record TraceDiagnostic(long line, String message, String text) {

    @Override
    public String toString() {
        return "line " + line + ": " + message + (text.isEmpty() ? "" : ": " + text);
    }
}
