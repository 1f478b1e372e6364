package mmlens.engine.internal.mmu;

import java.util.ArrayDeque;

import mmlens.engine.mmu.AnonOrderPolicy;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.MthpStat;
import mmlens.engine.mmu.PageSource;

/**
 * Folio metadata in per-pfn arrays (no object per page), chunked and allocated on first touch
 * ({@link PfnInts}), so only the physical ranges the model has owned cost memory. For every pfn:
 * the order of the folio containing it (-1 when the model does not own the page) and its PTE
 * mapcount. At the head pfn: flags, refcount, entire (PMD) mapcount, total mapcount
 * (folio_mapcount()), anon_vma id and index (first virtual page number). A pfn's head is
 * {@code pfn & -(1 << order[pfn])}, as folios are naturally aligned.
 */
public final class Folios {
    public static final int F_ANON = 1;
    public static final int F_ISOLATED = 2;
    /** On the deferred split queue (folio_test_partially_mapped / deferred_list). */
    public static final int F_DEFERRED = 4;
    public static final int F_PARTIAL = 8;
    /** The shared zero page / huge zero folio: never freed, never counted. */
    public static final int F_ZERO = 16;

    private final MmuCore core;
    final PfnBytes order;
    final PfnBytes flags;
    final PfnInts ref;
    final PfnShorts mapcount;
    final PfnInts entire;
    final PfnInts total;
    final PfnInts anonVma;
    final PfnInts index;
    /** deferred_split_queue (head pfns, FIFO). */
    final ArrayDeque<Long> deferred = new ArrayDeque<>();
    /** Live anon folios per order (nr_anon) and pages owned. */
    long ownedPages;
    /** Folios freed inside {@link #beginFreeBatch}: head pfns and orders, handed to the page source in order. */
    private final long[] batchPfns = new long[BATCH];
    private final int[] batchOrders = new int[BATCH];
    private int batchN;
    private int batchCpu;
    private boolean batching;
    /** Blocks per page-source batch call (the order of frees never changes with it). */
    private static final int BATCH = 512;

    Folios(MmuCore core, long endPfn) {
        this.core = core;
        order = new PfnBytes(endPfn, -1);
        flags = new PfnBytes(endPfn, 0);
        ref = new PfnInts(endPfn, 0);
        mapcount = new PfnShorts(endPfn, 0);
        entire = new PfnInts(endPfn, 0);
        total = new PfnInts(endPfn, 0);
        anonVma = new PfnInts(endPfn, 0);
        index = new PfnInts(endPfn, 0);
    }

    public static long head(long pfn, int order) {
        return pfn & -(1L << order);
    }

    /** Head pfn of the folio containing pfn, or -1 if the model does not own the page. */
    public long headOf(long pfn) {
        int o = order.get((int) pfn);
        return o < 0 ? -1 : pfn & -(1L << o);
    }

    public int orderOf(long head) {
        return order.get((int) head);
    }

    /** folio_alloc(): a new folio with refcount 1, or -1. */
    long alloc(int cpu, int o, int gfp, boolean anon) {
        long pfn = core.src.allocPages(cpu, o, gfp);
        core.stats.cycles += core.costs.pageAlloc;
        if (pfn == PageSource.NO_PAGE) {
            return -1;
        }
        int h = (int) pfn;
        int n = 1 << o;
        if (o == 0) {
            order.set(h, 0);
            mapcount.set(h, 0);
        } else {
            order.fill(h, h + n, o);
            mapcount.fill(h, h + n, 0);
        }
        flags.set(h, anon ? F_ANON : 0);
        ref.set(h, 1);
        entire.set(h, 0);
        total.set(h, 0);
        anonVma.set(h, 0);
        ownedPages += n;
        if (anon) {
            core.stats.mthp(o, MthpStat.NR_ANON, 1);
        }
        core.log.event(EventLog.ALLOC, cpu, pfn, o, 0);
        return pfn;
    }

    void get(long head, int n) {
        if (n != 0) {
            ref.add((int) head, n);
        }
    }

    /** folio_put_refs(): frees the folio when the count drops to zero. */
    void put(int cpu, long head, int n) {
        int h = (int) head;
        int fl = flags.get(h);
        if ((fl & F_ZERO) != 0) {
            return;
        }
        int r = ref.add(h, -n);
        if (r < 0) {
            throw new IllegalStateException("folio refcount underflow at pfn " + head);
        }
        if (r == 0) {
            free(cpu, head, fl);
        }
    }

    /**
     * {@link #put} of one reference on each of {@code heads[0..n)}, in order: the gathered folios of
     * an mmu_gather after its flush. An order-0 folio that is not the zero page nor on the deferred
     * split queue is put (and freed) here, with the per-pfn chunks of its state at hand (one chunk
     * lookup per 4096 pfns instead of one per field and page); its effects, their order and the
     * exceptions are those of {@link #put}. Any other folio goes through {@link #put}.
     */
    void putEach(int cpu, long[] heads, int n) {
        Checker chk = core.checker;
        boolean checking = chk.on();
        int ci = -1;
        byte[] oc = null;
        byte[] fc = null;
        int[] rc = null;
        int[] tc = null;
        int[] lf = null;
        chk.beginFreeRun();
        // the event log's cursor (see EventLog.write), committed before anything else may log or cut the log
        EventLog log = core.log;
        long ev = log.count();
        int stamp = core.clock;
        // order-0 folios freed here: ownedPages and the cycles of their frees are settled by endRun()
        long freed = 0;
        boolean batchHere = batching && cpu == batchCpu;
        for (int i = 0; i < n; i++) {
            long head = heads[i];
            int h = (int) head;
            if (h >>> PfnBytes.SHIFT != ci) {
                ci = h >>> PfnBytes.SHIFT;
                oc = order.chunkOf(h);
                fc = flags.chunkOf(h);
                rc = ref.chunkOf(h);
                tc = total.chunkOf(h);
                lf = chk.lastFreeChunk(h);
                if (oc == null || fc == null || rc == null || tc == null || (checking && lf == null)) {
                    ci = -1; // a chunk is not allocated yet: put() allocates it
                }
            }
            int k = h & (PfnBytes.CHUNK - 1);
            if (ci < 0 || oc[k] != 0 || (fc[k] & (F_ZERO | F_DEFERRED)) != 0) {
                log.commit(ev, stamp);
                put(cpu, head, 1);
                ev = log.count();
                stamp = core.clock;
                ci = -1;
                continue;
            }
            int r = --rc[k];
            if (r < 0) {
                endRun(log, ev, stamp, freed);
                throw new IllegalStateException("folio refcount underflow at pfn " + head);
            }
            if (r != 0) {
                continue;
            }
            // free() of an order-0 folio
            if (tc[k] != 0) {
                endRun(log, ev, stamp, freed);
                throw mappedFolioFreed(head);
            }
            oc[k] = -1;
            fc[k] = 0;
            freed++;
            stamp++; // the stamp of this free's event
            if (checking) {
                lf[k] = stamp;
                if (!chk.freedProtOkInRun(head)) {
                    log.commit(ev, stamp - 1);
                    chk.checkFreedProt(cpu, head);
                }
            }
            log.write(ev++, stamp, EventLog.FREE, cpu, head, 0, 0);
            if (batchHere && batchN < BATCH) {
                batchPfns[batchN] = head;
                batchOrders[batchN++] = 0;
            } else {
                log.commit(ev, stamp);
                toPageSource(cpu, head, 0);
                ev = log.count();
                stamp = core.clock;
            }
        }
        endRun(log, ev, stamp, freed);
    }

    /**
     * The end of {@link #putEach} (or a throw in it): the log's cursor committed, and the
     * {@code freed} order-0 folios it freed itself taken off ownedPages with their cycles (both
     * only added to in the loop, and read by nothing it calls).
     */
    private void endRun(EventLog log, long ev, int stamp, long freed) {
        log.commit(ev, stamp);
        ownedPages -= freed;
        core.stats.cycles += freed * (core.costs.pageAlloc + core.costs.folioRelease);
    }

    /**
     * Frees the folio at head whose flags are {@code fl}. The common order-0 case stays small
     * (the JIT inlines it into the munmap loop); large-folio accounting and the unbatched hand-over
     * are out of line.
     */
    private void free(int cpu, long head, int fl) {
        int h = (int) head;
        int o = order.get(h);
        if (total.get(h) != 0) {
            throw mappedFolioFreed(head);
        }
        if ((fl & F_DEFERRED) != 0 || (o > 0 && (fl & F_ANON) != 0)) {
            // order-0 folios are never on the deferred split queue and mTHP counters skip order 0
            dropLargeFolioStats(head, o, fl);
        }
        int n = 1 << o;
        if (o == 0) {
            order.set(h, -1);
        } else {
            order.fill(h, h + n, -1);
        }
        flags.set(h, 0);
        ownedPages -= n;
        core.checker.onFree(cpu, head, o);
        core.log.event(EventLog.FREE, cpu, head, o, 0);
        if (batching && cpu == batchCpu && batchN < BATCH) {
            batchPfns[batchN] = head;
            batchOrders[batchN++] = o;
        } else {
            toPageSource(cpu, head, o);
        }
        core.stats.cycles += core.costs.pageAlloc + core.costs.folioRelease;
    }

    private static IllegalStateException mappedFolioFreed(long head) {
        return new IllegalStateException("freeing mapped folio pfn " + head);
    }

    /** The deferred split queue and the mTHP counters let go of a freed folio (head, order o, flags fl). */
    private void dropLargeFolioStats(long head, int o, int fl) {
        if ((fl & F_DEFERRED) != 0) {
            deferred.remove(head);
            if ((fl & F_PARTIAL) != 0) {
                core.stats.mthp(o, MthpStat.NR_ANON_PARTIALLY_MAPPED, -1);
            }
        }
        if ((fl & F_ANON) != 0) {
            core.stats.mthp(o, MthpStat.NR_ANON, -1);
        }
    }

    /**
     * A freed block that does not fit the pending batch: a full batch goes to the page source first
     * and the block starts the next one; outside a batch (or freed on another cpu) the pending part
     * goes first and the block is freed on its own.
     */
    private void toPageSource(int cpu, long head, int o) {
        flushFreeBatch();
        if (batching && cpu == batchCpu) {
            batchPfns[batchN] = head;
            batchOrders[batchN++] = o;
        } else {
            core.src.freePages(cpu, head, o);
        }
    }

    /**
     * From now until {@link #endFreeBatch}, folios freed on {@code cpu} go to the page source in one
     * batched call per {@value #BATCH} (as free_pages_and_swap_cache() does after a TLB flush),
     * in the order they were freed. Only model-internal state is touched in between: nothing may
     * allocate from or free to the page source until the batch ends (a free on another cpu ends
     * the pending part first).
     */
    void beginFreeBatch(int cpu) {
        flushFreeBatch();
        batching = true;
        batchCpu = cpu;
    }

    /** Hands the pending folios to the page source and stops batching. */
    void endFreeBatch() {
        flushFreeBatch();
        batching = false;
    }

    private void flushFreeBatch() {
        int n = batchN;
        if (n > 0) {
            batchN = 0;
            core.src.freePagesBatch(batchCpu, batchPfns, batchOrders, n);
        }
    }

    /** Marks a folio as the zero page / huge zero folio: pinned forever, never freed. */
    void makeZero(long head) {
        flags.set((int) head, flags.get((int) head) | F_ZERO);
        ref.set((int) head, Integer.MAX_VALUE / 2);
    }

    boolean isZero(long head) {
        return (flags.get((int) head) & F_ZERO) != 0;
    }

    public int refcount(long head) {
        return ref.get((int) head);
    }

    /** folio_mapcount() */
    public int mapcount(long head) {
        return total.get((int) head);
    }

    public int pageMapcount(long pfn) {
        return mapcount.get((int) pfn);
    }

    public int entireMapcount(long head) {
        return entire.get((int) head);
    }

    public int flags(long head) {
        return flags.get((int) head);
    }

    /** PTE-maps page pfn of folio head (folio_add_anon_rmap_ptes for one page). */
    void addPteMap(long head, long pfn) {
        mapcount.add((int) pfn, 1);
        total.add((int) head, 1);
    }

    /**
     * The rmap side of zapping one present PTE that maps pfn: when the model owns the page and it is
     * not a zero page/folio, {@link #removePteMap} for its folio (the order and flags looked up once).
     *
     * @return the folio's head pfn, or -1 when nothing was removed (not owned, or a zero page)
     */
    long unmapPte(long pfn) {
        int p = (int) pfn;
        int o = order.get(p);
        if (o < 0) {
            return -1;
        }
        int h = p & -(1 << o);
        int fl = flags.get(h);
        if ((fl & F_ZERO) != 0) {
            return -1;
        }
        mapcount.add(p, -1);
        int t = total.add(h, -1);
        if (o > 0) {
            partlyUnmapped(h, o, fl, t);
        }
        return h;
    }

    /**
     * A PTE of the large folio at h (order o, flags fl, t mappings left) went: a partially mapped
     * anon folio is queued for deferred split (__folio_remove_rmap()'s partially_mapped test: some of
     * its pages still mapped, none by a PMD; a fully unmapped folio is not queued). Kept out of {@link #unmapPte} so that stays small
     * enough for the JIT to inline into the zap loop.
     */
    private void partlyUnmapped(int h, int o, int fl, int t) {
        if ((fl & F_ANON) != 0 && t > 0 && entire.get(h) == 0 && queuesPartial(o)) {
            deferredSplitFolio(h, true);
        }
    }

    /** Whether a partially unmapped anon folio of order o goes on the deferred split queue. */
    private boolean queuesPartial(int o) {
        return core.cfg.anonPolicy == AnonOrderPolicy.MAINLINE || o == FolioOrderPolicy.PMD_ORDER;
    }

    /**
     * Removes one PTE mapping (folio_remove_rmap_pte); queues a partially mapped large anon folio.
     * Under {@link AnonOrderPolicy#RFC_V1} (v6.3 page_remove_rmap()) only PMD-mappable folios are
     * queued.
     */
    void removePteMap(long head, long pfn) {
        int h = (int) head;
        mapcount.add((int) pfn, -1);
        int t = total.add(h, -1);
        int o = order.get(h);
        if (o > 0 && (flags.get(h) & F_ANON) != 0 && t > 0 && entire.get(h) == 0 && queuesPartial(o)) {
            deferredSplitFolio(head, true);
        }
    }

    void addPmdMap(long head) {
        entire.add((int) head, 1);
        total.add((int) head, 1);
    }

    void removePmdMap(long head) {
        entire.add((int) head, -1);
        total.add((int) head, -1);
    }

    /**
     * deferred_split_folio(folio, partially_mapped): order &lt;= 1 folios are never queued, which is
     * why an order-1 anon folio cannot be reclaimed by splitting (the checker reports it).
     */
    void deferredSplitFolio(long head, boolean partiallyMapped) {
        int h = (int) head;
        int o = order.get(h);
        if (o <= 1) {
            if (o == 1 && (flags.get(h) & F_ANON) != 0) {
                core.checker.unsplittable(head, "partially mapped order-1 anon folio cannot be queued for deferred split");
            }
            return;
        }
        if ((flags.get(h) & F_PARTIAL) == 0 && partiallyMapped) {
            flags.set(h, flags.get(h) | F_PARTIAL);
            if (o == FolioOrderPolicy.PMD_ORDER) {
                core.stats.inc(MmuStat.THP_DEFERRED_SPLIT_PAGE);
            }
            core.stats.mthp(o, MthpStat.SPLIT_DEFERRED, 1);
            core.stats.mthp(o, MthpStat.NR_ANON_PARTIALLY_MAPPED, 1);
        }
        if ((flags.get(h) & F_DEFERRED) == 0) {
            flags.set(h, flags.get(h) | F_DEFERRED);
            deferred.add(head);
        }
    }

    /** Bytes of per-pfn folio state (the chunks allocated so far). */
    public long stateBytes() {
        return order.stateBytes() + flags.stateBytes() + ref.stateBytes() + mapcount.stateBytes()
                + entire.stateBytes() + total.stateBytes() + anonVma.stateBytes() + index.stateBytes();
    }

    public long ownedPages() {
        return ownedPages;
    }
}
