package mmlens.engine.trace;

import java.util.function.Consumer;

import mmlens.engine.AllocFailure;
import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;

/**
 * Turns the engine's {@link EngineListener} callbacks into the {@link TraceEvent}s a kernel trace
 * would hold, so one {@link EventStats} (or {@link FreeMapReplay}, or a trace printer) serves both
 * sides of a comparison:
 *
 * <pre>
 *   pageAlloc            -> PageAlloc (gfp printed as hex, which TraceGfp reads back)
 *   allocFailed          -> PageAlloc with pfn -1 (the kernel traces failures with a NULL page)
 *   pageFree             -> PageFree
 *   extfrag              -> PageAllocExtfrag
 *   pcpDrain             -> PagePcpuDrain
 *   pcpRefill(count)     -> count x PageAllocZoneLocked, percpu_refill=1, pfn -1 (not reported)
 * </pre>
 *
 * Headers carry a running sequence number as line, task "engine", pid 0, cpu -1 where the callback
 * has none, and timestamp 0: the engine has no clock.
 */
public final class EngineTraceAdapter implements EngineListener {
    private final Consumer<? super TraceEvent> sink;
    private final int pageblockOrder;
    private long sequence;

    /** @param pageblockOrder printed in extfrag events (9 on x86-64) */
    public EngineTraceAdapter(Consumer<? super TraceEvent> sink, int pageblockOrder) {
        this.sink = sink;
        this.pageblockOrder = pageblockOrder;
    }

    private EventHeader header(int cpu) {
        return new EventHeader(++sequence, "engine", 0, cpu, 0, "");
    }

    @Override
    public void pageAlloc(int pfn, int order, int gfp, int migratetype) {
        sink.accept(new PageAlloc(header(-1), pfn, order, migratetype, "0x" + Integer.toHexString(gfp)));
    }

    @Override
    public void allocFailed(int order, int gfp, AllocFailure reason) {
        sink.accept(new PageAlloc(header(-1), -1, order, Gfp.mainlineMigratetype(gfp), "0x" + Integer.toHexString(gfp)));
    }

    @Override
    public void pageFree(int pfn, int order) {
        sink.accept(new PageFree(header(-1), pfn, order));
    }

    @Override
    public void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt, boolean fragmenting,
            boolean changeOwnership) {
        sink.accept(new PageAllocExtfrag(header(-1), pfn, allocOrder, fallbackOrder, pageblockOrder, allocMt, fallbackMt,
                fragmenting, changeOwnership));
    }

    @Override
    public void pcpDrain(int pfn, int order, int migratetype) {
        sink.accept(new PagePcpuDrain(header(-1), pfn, order, migratetype));
    }

    @Override
    public void pcpRefill(int nid, int zoneIdx, int cpu, int order, int migratetype, int count) {
        for (int i = 0; i < count; i++) {
            sink.accept(new PageAllocZoneLocked(header(cpu), -1, order, migratetype, true));
        }
    }

    /** Events emitted so far. */
    public long events() {
        return sequence;
    }
}
