package mmlens.engine.trace;

/**
 * {@code tlb:tlb_flush} (x86): {@code pages} is the number of pages flushed, -1 for a full flush
 * (TLB_FLUSH_ALL); {@code reason} is enum tlb_flush_reason.
 */
public record TlbFlush(EventHeader header, long pages, int reason, String reasonText) implements TraceEvent {

    public static final int TASK_SWITCH = 0;
    public static final int REMOTE_SHOOTDOWN = 1;
    public static final int LOCAL_SHOOTDOWN = 2;
    public static final int LOCAL_MM_SHOOTDOWN = 3;
    public static final int REMOTE_SEND_IPI = 4;

    /** The kernel's name for a reason number ({@code TLB_FLUSH_REASON} in include/trace/events/tlb.h). */
    public static String reasonName(int reason) {
        switch (reason) {
        case TASK_SWITCH:
            return "flush on task switch";
        case REMOTE_SHOOTDOWN:
            return "remote shootdown";
        case LOCAL_SHOOTDOWN:
            return "local shootdown";
        case LOCAL_MM_SHOOTDOWN:
            return "local mm shootdown";
        case REMOTE_SEND_IPI:
            return "remote ipi send";
        default:
            return "reason " + reason;
        }
    }
}
