package mmlens.engine.mmu;

/** The reason field of the tlb:tlb_flush trace event (enum tlb_flush_reason), in kernel order. */
public enum FlushReason {
    TASK_SWITCH("task switch"),
    REMOTE_SHOOTDOWN("remote shootdown"),
    LOCAL_SHOOTDOWN("local shootdown"),
    LOCAL_MM_SHOOTDOWN("local mm shootdown"),
    REMOTE_SEND_IPI("remote ipi send"),
    REMOTE_WRONG_CPU("remote wrong CPU");

    private final String text;

    FlushReason(String text) {
        this.text = text;
    }

    /** The string printed by the trace event. */
    public String text() {
        return text;
    }
}
