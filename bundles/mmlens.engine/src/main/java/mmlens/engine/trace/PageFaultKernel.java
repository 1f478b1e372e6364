package mmlens.engine.trace;

/**
 * {@code exceptions:page_fault_kernel} (x86): a page fault taken in kernel mode, e.g. by
 * copy_to_user() or put_user() on a user page that is not present or is copy-on-write. Only faults
 * at user addresses concern the MMU replay (the harness records no others).
 */
public record PageFaultKernel(EventHeader header, long address, long ip, long errorCode) implements TraceEvent {

    /** Highest user address + 1 with 4-level paging (TASK_SIZE_MAX rounded up). */
    public static final long USER_LIMIT = 1L << 47;

    public boolean write() {
        return (errorCode & PageFaultUser.PF_WRITE) != 0;
    }

    public boolean protection() {
        return (errorCode & PageFaultUser.PF_PROT) != 0;
    }

    /** True when the address is a user address. */
    public boolean userAddress() {
        return address >= 0 && address < USER_LIMIT;
    }
}
