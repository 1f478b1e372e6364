package mmlens.analysis.check;

/** The verdict on one metric: better or worse only when the change is significant. */
public enum Verdict {
    BETTER, WORSE, NEUTRAL;

    /** The lower-case id used in reports. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
