package mmlens.engine.trace;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Turns a trace into the request stream of a free-mode replay: what was asked for (order,
 * migratetype, gfp flags, CPU) and what was given back, frees named by the allocation they
 * return rather than by pfn, so that an allocator choosing other pages can replay them. The
 * kernel's pfn stays on each request for the agreement figure (share of allocations where the
 * replayed allocator picked the same pfn).
 *
 * <p>Identity: each successful {@code mm_page_alloc} opens a live block {@code [pfn, pfn + 2^order)}
 * with a fresh id (0, 1, 2, ...); an {@code mm_page_free} inside a live block names that block's
 * id (frees of parts, as after split_page() or a THP split, name it too; the block closes when all
 * its pages are back). A free of a page allocated before the stream started has id -1 and must
 * be replayed by pfn. A new allocation overlapping a live block closes the stale block (a free
 * the trace missed), counted in {@link #staleBlocks()}.
 *
 * <p>Only {@code mm_page_alloc} and {@code mm_page_free} become requests; pcp and buddy-level
 * events are the allocator's own doing and are what the replay is compared on.
 */
public final class RequestStream implements Consumer<TraceEvent> {

    /** A request to replay. */
    public sealed interface Request permits Alloc, Free {
        /** Trace line of the event. */
        long line();
    }

    /**
     * An allocation request.
     *
     * @param id identity used by later frees
     * @param kernelPfn the pfn the kernel chose, -1 when it failed
     */
    public record Alloc(long id, long line, int cpu, int order, int migratetype, String gfpFlags, long kernelPfn)
            implements Request {
    }

    /**
     * A free.
     *
     * @param allocId the allocation it returns, -1 for a page allocated before the stream started
     * @param pageOffset first page freed, relative to the allocation's first page (0 for whole
     *        blocks; the pfn itself when {@code allocId == -1})
     * @param order size of the freed block
     */
    public record Free(long allocId, long line, int cpu, long kernelPfn, long pageOffset, int order)
            implements Request {
    }

    private static final class Live {
        final long id;
        final int order;
        long pagesLeft;

        Live(long id, int order) {
            this.id = id;
            this.order = order;
            this.pagesLeft = 1L << order;
        }
    }

    private final Consumer<? super Request> sink;
    private final String startMarker;
    private boolean started;
    private final TreeMap<Long, Live> live = new TreeMap<>();
    private long nextId;
    private long staleBlocks;
    private long unknownFrees;

    private RequestStream(Consumer<? super Request> sink, String startMarker) {
        this.sink = sink;
        this.startMarker = startMarker;
        this.started = startMarker == null;
    }

    /** Every alloc and free of the trace. */
    public static RequestStream all(Consumer<? super Request> sink) {
        return new RequestStream(sink, null);
    }

    /**
     * Requests after the harness's {@code mmlens: before-end} marker: the stream that starts from
     * the recorded before-state.
     */
    public static RequestStream afterBeforeSnapshot(Consumer<? super Request> sink) {
        return new RequestStream(sink, EventStats.BEFORE_END);
    }

    @Override
    public void accept(TraceEvent e) {
        if (!started) {
            if (e instanceof TraceMarker && ((TraceMarker) e).text().startsWith(startMarker)) {
                started = true;
            }
            return;
        }
        if (e instanceof PageAlloc) {
            PageAlloc a = (PageAlloc) e;
            long id = nextId++;
            if (!a.failed()) {
                closeOverlapping(a.pfn(), a.pfn() + (1L << a.order()));
                live.put(a.pfn(), new Live(id, a.order()));
            }
            sink.accept(new Alloc(id, e.header().line(), e.header().cpu(), a.order(), a.migratetype(), a.gfpFlags(),
                    a.pfn()));
        } else if (e instanceof PageFree) {
            PageFree f = (PageFree) e;
            Map.Entry<Long, Live> owner = live.floorEntry(f.pfn());
            if (owner != null && f.pfn() < owner.getKey() + (1L << owner.getValue().order)) {
                Live l = owner.getValue();
                sink.accept(new Free(l.id, e.header().line(), e.header().cpu(), f.pfn(), f.pfn() - owner.getKey(),
                        f.order()));
                l.pagesLeft -= 1L << f.order();
                if (l.pagesLeft <= 0) {
                    live.remove(owner.getKey());
                }
            } else {
                unknownFrees++;
                sink.accept(new Free(-1, e.header().line(), e.header().cpu(), f.pfn(), f.pfn(), f.order()));
            }
        }
    }

    private void closeOverlapping(long from, long to) {
        Map.Entry<Long, Live> before = live.lowerEntry(from);
        if (before != null && before.getKey() + (1L << before.getValue().order) > from) {
            live.remove(before.getKey());
            staleBlocks++;
        }
        while (true) {
            Map.Entry<Long, Live> inside = live.ceilingEntry(from);
            if (inside == null || inside.getKey() >= to) {
                break;
            }
            live.remove(inside.getKey());
            staleBlocks++;
        }
    }

    /** Allocations seen (ids handed out). */
    public long allocations() {
        return nextId;
    }

    /** Live blocks closed because a new allocation overlapped them. */
    public long staleBlocks() {
        return staleBlocks;
    }

    /** Frees of pages not allocated within the stream (replayed by pfn). */
    public long unknownFrees() {
        return unknownFrees;
    }

    /** Blocks still allocated at this point of the stream. */
    public int liveBlocks() {
        return live.size();
    }
}
