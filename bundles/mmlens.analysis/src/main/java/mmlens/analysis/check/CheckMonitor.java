package mmlens.analysis.check;

/**
 * Progress and cancellation of an {@link ImpactCheck}, plain Java (a UI adapts it to its own
 * progress monitor). Called from the thread that called {@link ImpactCheck#run}.
 */
public interface CheckMonitor {
    /** One run finished: {@code done} of {@code total} runs are complete. */
    void worked(String scenario, long seed, int done, int total);

    /** Polled between runs and while waiting; true stops the check (no report is made). */
    boolean isCanceled();

    /** A monitor that reports nothing and never cancels. */
    CheckMonitor NONE = new CheckMonitor() {
        @Override
        public void worked(String scenario, long seed, int done, int total) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };
}
