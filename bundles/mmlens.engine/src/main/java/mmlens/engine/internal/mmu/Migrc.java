package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.mmu.FlushPolicy;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.PageSource;

/**
 * Deferred TLB flushing at migration as the migrc series proposes ("mm: Defer TLB flush by keeping
 * both src and dst folios at migration", Byungchul Park, v3, Oct 2023), for
 * {@link FlushPolicy#DEFERRED_GENERATIONS} and the hazard variant
 * {@link FlushPolicy#DEFERRED_NO_WRITE_FLUSH}.
 *
 * <pre>
 *  migrate_pages_batch()                 per cpu c                    release
 *  ---------------------                 ---------                    -------
 *  migrc_req_start()    cur = new Req
 *  unmap: all PTEs read-only and some
 *  remote cpu: add to cur (tlb_ubc_nowr:
 *  inc_mm_tlb_gen, cpumask |= mm)
 *  migrc_unmap_done()   cur.gen = ++gen
 *  try_to_unmap_flush() (other folios)   full local flush:
 *  copy, remap; src kept (one ref),      done[c] = gen (migrc_done)
 *  dst marked (PG_migrc)
 *  migrc_req_end()      reqs += cur                                  a req whose cpus all have
 *                                                                     done[c] &gt;= req.gen: put src
 * </pre>
 *
 * Pages of kept sources are "pending": counted as free against the low watermark; when even with
 * them the watermark fails, every request is flushed (one batched flush over the cpus not yet
 * covered, arch_migrc_adj()) and its sources freed (migrc_try_flush_free_folios()); when the
 * watermark still fails, no new request is made for that folio (migrc_stop_pending()). Under the
 * complete policy a write-protect fault or an mprotect that makes a marked folio writable flushes
 * every request first; the hazard variant skips that flush (Nadav Amit's objection: a cpu keeps a
 * read-only translation to the source while the copy is written through the new writable one).
 *
 * <p>Generation numbers are plain ints compared as the series' before(): {@code a - b < 0}. The model
 * also counts the flush of a context switch that reloads CR3 with a flush (same ASID, same effect
 * as flush_tlb_local()), which the series does not hook.
 */
public final class Migrc {
    /** struct migrc_req: the folios of one batch, the cpus that may cache them, the generation. */
    static final class Req {
        final long[] cpumask;
        int gen;
        /** {src head, dst head, pages} */
        final List<long[]> folios = new ArrayList<>();

        Req(int cpus) {
            cpumask = new long[(cpus + 63) >>> 6];
        }
    }

    private final MmuCore core;
    /** migrc_gen */
    private int gen;
    /** per-cpu migrc_done */
    private final int[] done;
    private final List<Req> reqs = new ArrayList<>();
    /** current-&gt;mreq of the batch in progress, or null. */
    private Req cur;
    /** PG_migrc per pfn, counted (a stale mark of a freed folio may overlap a new one); lazily sized. */
    private int[] marks = new int[0];
    /** Pages of kept sources (zone-&gt;migrc_pending_nr summed). */
    long pendingPages;
    long peakPendingPages;
    long keptFolios;
    /** Flushes of every request forced by the watermark, a write, or an allocator move. */
    long pressureFlushes;
    long writeFlushes;
    /** Folios migrated normally because the watermark stopped deferral. */
    long stoppedFolios;

    Migrc(MmuCore core) {
        this.core = core;
        this.done = new int[core.cfg.cpus];
    }

    boolean enabled() {
        FlushPolicy p = core.cfg.flushPolicy;
        return p == FlushPolicy.DEFERRED_GENERATIONS || p == FlushPolicy.DEFERRED_NO_WRITE_FLUSH;
    }

    private static boolean before(int a, int b) {
        return a - b < 0;
    }

    /** flush_tlb_local() ran on cpu (migrc_tlb_local_begin/end). */
    void localFlushed(int cpu) {
        done[cpu] = gen;
    }

    /** migrc_req_start() guarded by can_migrc_system(); false when deferral is stopped. */
    boolean start(int cpu) {
        if (!enabled() || !watermarkOk(cpu)) {
            return false;
        }
        cur = new Req(core.cfg.cpus);
        return true;
    }

    /**
     * zone_watermark_fast() with the pending pages counted as free; when it fails, flush and free
     * every request and check again with the real free count. False = migrc_stop_pending().
     */
    boolean watermarkOk(int cpu) {
        PageSource s = core.src;
        long low = s.lowWatermarkPages();
        if (low <= 0) {
            return true;
        }
        if (s.freePages() + pendingPages >= low) {
            return true;
        }
        if (!reqs.isEmpty()) {
            pressureFlushes++;
            flushFreeAll(cpu);
        }
        return s.freePages() >= low;
    }

    /** Whether the folio starting at head (2^order pages) is under migrc's control (PG_migrc). */
    boolean isMarked(long head, int order) {
        if (pendingPages == 0) {
            return false;
        }
        for (long p = head; p < head + (1L << order); p++) {
            if (marks[(int) p] != 0) {
                return true;
            }
        }
        return false;
    }

    private void mark(long head, long n, int delta) {
        if (marks.length == 0) {
            marks = new int[(int) core.src.endPfn()];
        }
        for (long p = head; p < head + n; p++) {
            marks[(int) p] += delta;
        }
    }

    /**
     * One read-only PTE of mm unmapped by cpu for the current request (set_tlb_ubc_flush_pending()
     * into tlb_ubc_nowr, folded into the request).
     */
    void deferPte(int cpu, MmStruct mm, long va) {
        ++mm.tlbGen;
        for (int w = 0; w < cur.cpumask.length; w++) {
            cur.cpumask[w] |= mm.cpumask[w];
        }
        int batch = mm.tlbFlushBatched;
        if ((batch & TlbFlush.PENDING_MASK) > TlbFlush.PENDING_LARGE) {
            mm.tlbFlushBatched = 1;
        } else {
            mm.tlbFlushBatched++;
        }
        core.log.event(EventLog.DEFER, cpu, mm.id, va, 0);
    }

    /** migrc_unmap_done(): the generation the request's cpus must pass. */
    void unmapDone() {
        if (cur != null) {
            cur.gen = ++gen;
        }
    }

    /** migrc_mark_folios() + migrc_expand_req(): src kept with its reference, both marked. */
    void expand(long src, long dst, int order) {
        long n = 1L << order;
        cur.folios.add(new long[] {src, dst, n});
        mark(src, n, 1);
        mark(dst, n, 1);
        pendingPages += n;
        keptFolios++;
        peakPendingPages = Math.max(peakPendingPages, pendingPages);
    }

    /** migrc_req_end_if_started() */
    void end() {
        if (cur != null && !cur.folios.isEmpty()) {
            reqs.add(cur);
        }
        cur = null;
    }

    /**
     * Frees the sources of every request all of whose cpus have flushed since its generation
     * (no IPI needed). With force, flushes the remaining cpus first (migrc_try_flush_free_folios()).
     */
    void release(int cpu, boolean force) {
        if (reqs.isEmpty()) {
            return;
        }
        if (force) {
            flushFreeAll(cpu);
            return;
        }
        for (int i = 0; i < reqs.size(); i++) {
            Req r = reqs.get(i);
            adj(r);
            if (empty(r.cpumask)) {
                free(cpu, r);
                reqs.remove(i--);
            }
        }
    }

    /**
     * do_wp_page() or mprotect() is about to make the PTE of mm at va (page pfn) writable: for a
     * marked folio, the complete policy flushes and frees every request first; the hazard variant
     * only logs it.
     */
    void beforeWritable(int cpu, MmStruct mm, long va, long pfn) {
        if (!enabled() || !isMarked(pfn, 0)) {
            return;
        }
        if (core.cfg.flushPolicy == FlushPolicy.DEFERRED_NO_WRITE_FLUSH) {
            core.log.event(EventLog.MKWRITE, cpu, mm.id, va, pfn);
            return;
        }
        writeFlushes++;
        flushFreeAll(cpu);
    }

    /** The allocator moved a block: marks follow it; a kept source moving needs its cpus flushed. */
    void allocatorMoved(int cpu, long old, long nw, int order) {
        if (reqs.isEmpty()) {
            return;
        }
        boolean src = false;
        for (Req r : reqs) {
            for (long[] f : r.folios) {
                if (f[0] == old || f[1] == old) {
                    src |= f[0] == old;
                    mark(old, f[2], -1);
                    mark(nw, f[2], 1);
                    f[f[0] == old ? 0 : 1] = nw;
                }
            }
        }
        if (src) {
            // the kernel never isolates a kept source; the model flushes so the move is safe
            pressureFlushes++;
            coverAll(cpu);
        }
    }

    /** arch_migrc_adj(): drop the cpus that already flushed after the request's generation. */
    private void adj(Req r) {
        for (int c = 0; c < done.length; c++) {
            if ((r.cpumask[c >>> 6] & (1L << c)) != 0 && !before(done[c], r.gen)) {
                r.cpumask[c >>> 6] &= ~(1L << c);
            }
        }
    }

    private static boolean empty(long[] mask) {
        for (long w : mask) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    /** One batched flush over the remaining cpus of every request; the requests stay (covered). */
    private void coverAll(int cpu) {
        TlbFlush.UnmapBatch b = new TlbFlush.UnmapBatch(core.cfg.cpus);
        for (Req r : reqs) {
            adj(r);
            for (int w = 0; w < b.cpumask.length; w++) {
                b.cpumask[w] |= r.cpumask[w];
            }
            java.util.Arrays.fill(r.cpumask, 0);
        }
        if (!empty(b.cpumask)) {
            b.flushRequired = true;
            core.flush.flushBatch(cpu, b);
        }
    }

    /** migrc_try_flush_free_folios(NULL) */
    private void flushFreeAll(int cpu) {
        coverAll(cpu);
        for (Req r : reqs) {
            free(cpu, r);
        }
        reqs.clear();
    }

    /** migrc_shrink(): clears the marks and puts the kept sources. */
    private void free(int cpu, Req r) {
        for (long[] f : r.folios) {
            mark(f[0], f[2], -1);
            mark(f[1], f[2], -1);
            pendingPages -= f[2];
            core.stats.add(MmuStat.DEFERRED_SRC_RELEASED, f[2]);
            core.folios.put(cpu, f[0], 1);
        }
    }

    public long pendingPages() {
        return pendingPages;
    }

    public long peakPendingPages() {
        return peakPendingPages;
    }

    public long writeFlushes() {
        return writeFlushes;
    }

    public long pressureFlushes() {
        return pressureFlushes;
    }

    /** Folios kept now. */
    int keptNow() {
        int n = 0;
        for (Req r : reqs) {
            n += r.folios.size();
        }
        return n;
    }
}
