package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The migrc variants of {@link FlushPolicy}: sources kept until every cpu flushed, the flush before
 * a marked folio becomes writable (and the hazard without it), pending pages against the watermark.
 */
class MigrcTest {
    private static final long B = Rigs.BASE;
    private static final int N = 10;

    /** Two cpus run one mm; N pages written, made read-only, read by cpu 1, then migrated by cpu 0. */
    private static Mmu migratedReadOnly(FlushPolicy p, AddressSpace[] out) {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(p).folioOrders(FolioOrderPolicy.NONE));
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 8L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 0, B, N);
        m.mprotectReadOnly(0, a, B, N << 12);
        for (int i = 0; i < N; i++) {
            assertTrue(m.access(1, B + ((long) i << 12), false));
        }
        long[] h = new long[N];
        for (int i = 0; i < N; i++) {
            h[i] = m.folioAt(a, B + ((long) i << 12));
        }
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        assertEquals(N, m.migrate(0, h, true));
        assertEquals(remote, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "the read-only batch is deferred");
        assertEquals(N, m.deferredSources());
        assertEquals(N, m.deferredPendingPages());
        out[0] = a;
        return m;
    }

    @Test
    void mprotectWritableFlushesPendingFirst() {
        AddressSpace[] a = new AddressSpace[1];
        Mmu m = migratedReadOnly(FlushPolicy.DEFERRED_GENERATIONS, a);
        long owned = m.ownedPages();
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        m.mprotectReadWrite(0, a[0], B, N << 12);
        assertEquals(remote + 1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "one flush for every request");
        assertEquals(1, m.deferredWriteFlushes());
        assertEquals(0, m.deferredSources());
        assertEquals(owned - N, m.ownedPages(), "sources freed");
        Rigs.touch(m, 0, B, N);
        for (int i = 0; i < N; i++) {
            assertTrue(m.access(1, B + ((long) i << 12), false));
        }
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    /**
     * mprotect() runs flush_tlb_batched_pending() first: the deferred unmap counted in
     * mm->tlb_flush_batched, so the mm is flushed whole and even the hazard variant is safe here.
     */
    @Test
    void mprotectIsCoveredByTheBatchedPendingFlush() {
        AddressSpace[] a = new AddressSpace[1];
        Mmu m = migratedReadOnly(FlushPolicy.DEFERRED_NO_WRITE_FLUSH, a);
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        m.mprotectReadWrite(0, a[0], B, N << 12);
        assertEquals(remote + 1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        Rigs.touch(m, 0, B, N);
        m.access(1, B, false);
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    /** The write-fault path: an exclusive folio mapped read-only after its child exited, reused by do_wp_page(). */
    @Test
    void writeFaultOnMarkedFolio() {
        for (FlushPolicy p : new FlushPolicy[] {FlushPolicy.DEFERRED_GENERATIONS, FlushPolicy.DEFERRED_NO_WRITE_FLUSH}) {
            Mmu m = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(p).folioOrders(FolioOrderPolicy.NONE));
            AddressSpace a = m.newAddressSpace(0);
            m.mmap(a, B, 8L << 20, false);
            m.switchTo(0, a);
            m.switchTo(1, a);
            Rigs.touch(m, 0, B, 1);
            m.exit(0, m.fork(0, a));
            m.switchTo(0, a);
            assertTrue(m.access(1, B, false));
            m.migrate(0, new long[] {m.folioAt(a, B)}, true);
            assertEquals(1, m.deferredSources(), p.toString());
            assertTrue(m.access(0, B, true), "do_wp_page() reuses the exclusive folio");
            assertTrue(m.access(1, B, false));
            long stale = m.findingCount(Finding.Kind.STALE_WRITABLE_TLB);
            if (p == FlushPolicy.DEFERRED_GENERATIONS) {
                assertEquals(0, m.findingTotal(), m.findings().toString());
                assertEquals(1, m.deferredWriteFlushes());
            } else {
                assertEquals(1, stale, m.findings().toString());
                Finding f = m.findings().get(0);
                assertEquals(1, f.cpu());
                String trace = String.join("\n", f.trace());
                assertTrue(trace.contains("defer-flush") && trace.contains("mkwrite-no-flush"), f.toString());
            }
        }
    }

    /** A full flush on every cpu of the request (here flush_tlb_batched_pending) lets the sources go without an IPI of migrc's own. */
    @Test
    void generationsReleaseWithoutIpiOnceEveryCpuFlushed() {
        AddressSpace[] a = new AddressSpace[1];
        Mmu m = migratedReadOnly(FlushPolicy.DEFERRED_GENERATIONS, a);
        m.releaseDeferred(0, false);
        assertEquals(N, m.deferredSources(), "no cpu flushed yet");
        // the next page-table change of the mm flushes it whole (flush_tlb_batched_pending)
        m.madviseDontneed(1, a[0], B + (2L << 20), 40L << 12);
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        m.releaseDeferred(0, false);
        assertEquals(0, m.deferredSources());
        assertEquals(remote, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    /** Free pages below the low watermark even with the pending ones: flush and free, stop deferring. */
    @Test
    void lowWatermarkFlushesAndStopsDeferral() {
        MmuConfig cfg = MmuConfig.builder().cpus(2).flushPolicy(FlushPolicy.DEFERRED_GENERATIONS)
                .folioOrders(FolioOrderPolicy.NONE).ram(1, 8193).build();
        BitmapPageSource src = new BitmapPageSource(1, cfg.maxPfn());
        Mmu m = Mmu.boot(cfg, src);
        m.markRunning();
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 8L << 20, false);
        m.mmap(a, B + (16L << 20), 48L << 20, false); // a second VMA (mprotect does not split VMAs here)
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 0, B, N);
        m.mprotectReadOnly(0, a, B, N << 12);
        for (int i = 0; i < N; i++) {
            m.access(1, B + ((long) i << 12), false);
        }
        long[] h = new long[N];
        for (int i = 0; i < N; i++) {
            h[i] = m.folioAt(a, B + ((long) i << 12));
        }
        m.migrate(0, h, false);
        assertEquals(N, m.deferredSources());
        // fill memory until free + pending is below the low watermark
        long start = B + (16L << 20);
        int k = 0;
        while (src.freePages() + m.deferredPendingPages() >= src.lowWatermarkPages()) {
            assertTrue(m.access(0, start + ((long) k++ << 12), true), k + " free " + src.freePages());
        }
        for (int i = 0; i < N; i++) {
            h[i] = m.folioAt(a, B + ((long) i << 12));
        }
        m.migrate(0, h, false);
        assertEquals(1, m.deferredPressureFlushes());
        assertEquals(0, m.deferredSources(), "deferral stopped while the watermark fails");
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    @Test
    void writableMappingsAreNotDeferred() {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(FlushPolicy.DEFERRED_GENERATIONS)
                .folioOrders(FolioOrderPolicy.NONE));
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 8L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 0, B, N);
        long[] h = new long[N];
        for (int i = 0; i < N; i++) {
            h[i] = m.folioAt(a, B + ((long) i << 12));
        }
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        m.migrate(0, h, true);
        assertEquals(remote + 1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        assertEquals(0, m.deferredSources());
    }
}
