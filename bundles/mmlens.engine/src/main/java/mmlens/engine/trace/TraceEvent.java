package mmlens.engine.trace;

/**
 * One kernel trace event of the kinds mmlens replays, as printed by ftrace
 * ({@code /sys/kernel/tracing/trace}) or {@code trace-cmd report}.
 *
 * <p>pfn values are page frame numbers; orders are buddy orders (a block of {@code 1 << order}
 * pages); migratetype numbers are the kernel's {@code enum migratetype} of the traced kernel
 * (0 UNMOVABLE, 1 MOVABLE, 2 RECLAIMABLE, 3 HIGHATOMIC, then CMA if configured, then ISOLATE).
 */
public sealed interface TraceEvent permits PageAlloc, PageFree, PageFreeBatched, PageAllocZoneLocked,
        PagePcpuDrain, PageAllocExtfrag, TlbFlush, TraceMarker, SysEnter, SysExit, PageFaultUser, PageFaultKernel,
        SchedSwitch,
        TaskNewtask, SchedProcessExit, WorkqueueExecuteStart {

    /** Where and when the event happened. */
    EventHeader header();
}
