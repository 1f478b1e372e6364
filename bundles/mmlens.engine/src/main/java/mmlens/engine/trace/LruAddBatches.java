package mmlens.engine.trace;

import mmlens.engine.Gfp;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;

/**
 * The kernel's per-cpu lru_add folio batches ({@code cpu_fbatches.lru_add}, mm/swap.c) as a free
 * replay sees them: a user folio (anonymous or page cache) is queued on the batch of the cpu that
 * allocated it by folio_add_lru() and reaches the LRU only when that batch is moved: when it holds
 * {@link #FOLIO_BATCH_SIZE} folios, when a large folio joins it, or when the cpu drains it
 * (lru_add_drain()). Until then the folio is not PageLRU, so compaction's
 * isolate_migratepages_block() passes it, as do the skip-hint reset's source check and the
 * claim's count of movable pages; the engine sees that as its page not being movable, so this
 * class clears the page's movable bit while it waits and sets it again when the batch moves or the
 * page is freed.
 *
 * <p>The replay tells it the adds ({@link #added}: every replayed allocation with
 * {@code __GFP_HARDWALL}, which in the recorded runs are anonymous pages and page cache; pipe
 * buffers would be the exception) and the drains the trace shows ({@link #drain}). Not modelled:
 * migration targets and put-back sources that the compacting cpu adds itself, and
 * lru_add_drain_all(), whose per-cpu work the recorder does not trace.
 */
final class LruAddBatches {
    /** PAGEVEC_SIZE: a batch is moved to the LRU when it holds this many folios. */
    static final int FOLIO_BATCH_SIZE = 31;

    private final Engine e;
    /** Per cpu: the batch's pages in order; {@code held[cpu][i]} true where this class cleared the bit. */
    private final int[][] pfns;
    private final boolean[][] held;
    private final int[] count;
    private long heldPages;
    private long drains;

    LruAddBatches(Engine e, int cpus) {
        this.e = e;
        this.pfns = new int[cpus][FOLIO_BATCH_SIZE];
        this.held = new boolean[cpus][FOLIO_BATCH_SIZE];
        this.count = new int[cpus];
    }

    /**
     * The allocation of {@code 2^order} pages at the engine's {@code pfn} on {@code cpu} with
     * {@code gfp}: a user folio joins the cpu's batch (folio_add_lru()); a large one moves the
     * batch, itself included, to the LRU at once.
     */
    void added(int cpu, int pfn, int order, int gfp) {
        if ((gfp & Gfp.HARDWALL) == 0 || cpu < 0 || cpu >= count.length) {
            return;
        }
        if (order > 0) {
            drain(cpu);
            return;
        }
        int n = count[cpu];
        pfns[cpu][n] = pfn;
        held[cpu][n] = setMovable(pfn, false);
        if (held[cpu][n]) {
            heldPages++;
        }
        count[cpu] = n + 1;
        if (count[cpu] == FOLIO_BATCH_SIZE) {
            drain(cpu);
        }
    }

    /** lru_add_drain() on {@code cpu} (or a full batch): its pages are on the LRU from here. */
    void drain(int cpu) {
        if (cpu < 0 || cpu >= count.length || count[cpu] == 0) {
            return;
        }
        for (int i = 0; i < count[cpu]; i++) {
            if (held[cpu][i]) {
                setMovable(pfns[cpu][i], true);
            }
        }
        count[cpu] = 0;
        drains++;
    }

    /** The engine frees [pfn, pfn + 2^order): pages of it still in a batch leave the batch. */
    void freed(int pfn, int order) {
        long end = pfn + (1L << order);
        for (int c = 0; c < count.length; c++) {
            int kept = 0;
            for (int i = 0; i < count[c]; i++) {
                int p = pfns[c][i];
                if (p >= pfn && p < end) {
                    if (held[c][i]) {
                        setMovable(p, true);
                    }
                    continue;
                }
                pfns[c][kept] = p;
                held[c][kept] = held[c][i];
                kept++;
            }
            count[c] = kept;
        }
    }

    /** Pages whose movable bit was cleared while they waited in a batch. */
    long heldPages() {
        return heldPages;
    }

    /** Batches drained (full, a large folio, or a drain the trace shows) with pages in them. */
    long drains() {
        return drains;
    }

    /**
     * Sets the movable bit of the engine's allocated page at {@code pfn}; true when it changed
     * (the page was allocated and movable, or held by this class).
     */
    private boolean setMovable(int pfn, boolean movable) {
        Zone z = e.zoneOf(pfn);
        if (z == null || z.mem == null) {
            return false;
        }
        ZoneMem mem = z.mem;
        int s = pfn - mem.base;
        if (mem.kind(s) != ZoneMem.K_ALLOC || mem.movable(s) == movable) {
            return false;
        }
        mem.setState(s, ZoneMem.K_ALLOC, mem.order(s), movable);
        return true;
    }
}
