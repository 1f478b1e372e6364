package mmlens.engine.trace;

/**
 * {@code exceptions:page_fault_user} (x86): a page fault taken in user mode at {@code address},
 * with the hardware error code (bit 0 protection violation, bit 1 write, bit 2 user, bit 4
 * instruction fetch).
 */
public record PageFaultUser(EventHeader header, long address, long ip, long errorCode) implements TraceEvent {

    /** X86_PF_PROT */
    public static final int PF_PROT = 1;
    /** X86_PF_WRITE */
    public static final int PF_WRITE = 1 << 1;
    /** X86_PF_INSTR */
    public static final int PF_INSTR = 1 << 4;

    public boolean write() {
        return (errorCode & PF_WRITE) != 0;
    }

    /** True when the page was present (a protection fault, e.g. a write to a CoW page). */
    public boolean protection() {
        return (errorCode & PF_PROT) != 0;
    }
}
