package mmlens.analysis.check;

/** The outcome of {@link ImpactCheck#run}: a complete report, or the marker of a canceled check. */
public sealed interface CheckResult permits CheckResult.Done, CheckResult.Canceled {
    /** The check ran to the end. */
    record Done(ImpactReport report) implements CheckResult {
    }

    /**
     * The monitor canceled the check after {@code done} of {@code total} runs; nothing of the
     * partial runs is reported.
     */
    record Canceled(int done, int total) implements CheckResult {
    }
}
