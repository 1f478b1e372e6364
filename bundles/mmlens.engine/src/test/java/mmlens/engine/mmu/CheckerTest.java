package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Findings with traces for deliberately wrong behaviour; none for mainline behaviour. */
class CheckerTest {
    private static final long B = Rigs.BASE;

    @Test
    void freeBeforeFlushIsCaughtWithATrace() {
        Mmu m = Rigs.small(2, FlushPolicy.FREE_BEFORE_FLUSH);
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 1L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 0, B, 1);
        assertTrue(m.access(1, B, false));
        long pfn = m.folioAt(a, B);
        m.madviseDontneed(0, a, B, 4096);
        assertTrue(m.access(1, B, false));
        List<Finding> f = m.findings();
        assertEquals(1, f.size(), f.toString());
        Finding x = f.get(0);
        assertEquals(Finding.Kind.STALE_TLB_FREED_PFN, x.kind());
        assertEquals(1, x.cpu());
        assertEquals(pfn, x.pfn());
        String trace = String.join("\n", x.trace());
        assertTrue(trace.contains("tlb-fill") && trace.contains("unmap") && trace.contains("free"), trace);
    }

    @Test
    void sameSequenceUnderMainlineIsClean() {
        Mmu m = Rigs.small(2, FlushPolicy.BATCHED);
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 1L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 0, B, 1);
        m.access(1, B, false);
        m.madviseDontneed(0, a, B, 4096);
        m.access(1, B, false);
        assertEquals(0, m.findingTotal());
    }

    @Test
    void aliasSkippedLeavesWritableDirectMap() {
        Mmu m = Rigs.small(2, FlushPolicy.BATCHED);
        KernelArea text = m.vmalloc(0, 4);
        m.areaSetRoNoAlias(0, text, 0, 4);
        assertEquals(1, m.findingCount(Finding.Kind.DIRECT_MAP_ALIAS_MISMATCH));
        KernelArea ok = m.vmalloc(0, 4);
        m.areaSetRo(0, ok, 0, 4);
        assertEquals(1, m.findingCount(Finding.Kind.DIRECT_MAP_ALIAS_MISMATCH));
        assertTrue(!m.directMapWritable(ok.pfn(0)));
    }

    @Test
    void vfreeWithoutResetPermsIsCaught() {
        Mmu m = Rigs.small(2, FlushPolicy.BATCHED);
        KernelArea good = m.vmalloc(0, 2);
        m.areaSetRox(0, good, 0, 2);
        m.vfree(0, good);
        assertEquals(0, m.findingTotal());
        assertTrue(m.directMapWritable(good.pfn(0)), "vm_reset_perms restored RW");
        KernelArea bad = m.vmalloc(0, 2);
        m.areaSetRo(0, bad, 0, 2);
        m.areaNoResetPerms(bad);
        m.vfree(0, bad);
        assertEquals(2, m.findingCount(Finding.Kind.FREED_WITH_DIRECT_MAP_PERMS), "one per page freed");
    }

    /**
     * One gather frees an order-0 folio (the put loop's own path, which keeps the event log's cursor
     * in locals) and then an order-4 folio (through put(), which logs by itself): each stale-TLB
     * finding's trace shows its folio's unmap and free, and the free events keep their order. A
     * cursor not handed back to the log before put() would let the order-4 free overwrite the
     * order-0 one's event and reuse its stamp.
     */
    @Test
    void aGatherOfSmallAndLargeFoliosLogsEveryFreeInOrder() {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(FlushPolicy.FREE_BEFORE_FLUSH)
                .folioOrders(FolioOrderPolicy.mainline(0, 1L << 4)));
        AddressSpace a = m.newAddressSpace(0);
        long k64 = 1L << 16;
        long large = B + 2 * k64;
        m.mmap(a, B, k64, false);
        m.mmap(a, large, k64, false);
        m.madviseHugepage(a, large, k64, true);
        m.switchTo(0, a);
        m.switchTo(1, a);
        // a first free gives the low pfns their last-free stamps (the put loop frees there itself)
        Rigs.touch(m, 0, B + 4096, 1);
        m.madviseDontneed(0, a, B + 4096, 4096);
        Rigs.touch(m, 0, B, 1);
        Rigs.touch(m, 0, large, 1);
        long small = m.folioAt(a, B);
        long big = m.folioAt(a, large);
        assertEquals(0, m.folioOrder(small));
        assertEquals(4, m.folioOrder(big));
        assertTrue(m.access(1, B, false));
        assertTrue(m.access(1, large, false));
        m.madviseDontneed(0, a, B, 3 * k64);
        m.access(1, B, false);
        m.access(1, large, false);
        List<Finding> f = m.findings();
        assertEquals(2, f.size(), f.toString());
        int smallFree = freeStamp(f.get(0), small, 0);
        int bigFree = freeStamp(f.get(1), big, 4);
        assertTrue(smallFree < bigFree, f.toString());
    }

    /** The stamp of the trace's free of the folio at head (after its unmap, the trace's last line). */
    private static int freeStamp(Finding x, long head, int order) {
        assertEquals(Finding.Kind.STALE_TLB_FREED_PFN, x.kind());
        assertEquals(head, x.pfn());
        List<String> t = x.trace();
        String free = t.get(t.size() - 1);
        String unmap = t.get(t.size() - 2);
        assertTrue(free.endsWith(" cpu0 free pfn 0x" + Long.toHexString(head) + " order " + order), t.toString());
        assertTrue(unmap.contains(" cpu0 unmap "), t.toString());
        int stamp = Integer.parseInt(free.substring(1, free.indexOf(' ')));
        assertTrue(Integer.parseInt(unmap.substring(1, unmap.indexOf(' '))) < stamp, t.toString());
        return stamp;
    }

    /** A cpu that skipped the shootdown (it was in the middle of nothing, the policy forgot it) writes on. */
    @Test
    void lostWriteAfterMigrationUnderBrokenPolicy() {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(FlushPolicy.FREE_BEFORE_FLUSH)
                .folioOrders(FolioOrderPolicy.NONE));
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 1L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 1, B, 1);
        m.migrate(0, new long[] {m.folioAt(a, B)}, false);
        m.access(1, B, true);
        assertTrue(m.findingTotal() >= 1, m.findings().toString());
    }

    /**
     * set_direct_map_invalid_noflush() leaves flushing to the caller (secretmem flushes with
     * flush_tlb_kernel_range()); a kernel write through the cached entry in between is reported.
     */
    @Test
    void noflushDirectMapChangeNeedsTheCallersFlush() {
        Mmu m = Rigs.small(2, FlushPolicy.BATCHED);
        long pfn = 100_000;
        assertEquals(0, m.setMemory4k(0, pfn, 1));
        assertTrue(m.kernelAccess(1, pfn, true), "fills a 4K global entry on cpu1");
        m.setDirectMapValidNoflush(0, pfn, false);
        assertTrue(m.kernelAccess(1, pfn, true), "the stale entry still works");
        assertEquals(1, m.findingCount(Finding.Kind.STALE_KERNEL_WRITABLE));
        m.flushDirectMap(0, pfn, 1);
        assertTrue(!m.kernelAccess(1, pfn, false), "not present after the flush");
        m.setDirectMapValidNoflush(0, pfn, true);
        assertTrue(m.kernelAccess(1, pfn, true));
        assertEquals(1, m.findingTotal());
    }

    /** With the checker off the broken policy goes unnoticed and the per-pfn stamps are not kept. */
    @Test
    void checkerOffKeepsNoStamps() {
        Mmu on = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(FlushPolicy.FREE_BEFORE_FLUSH));
        Mmu off = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(FlushPolicy.FREE_BEFORE_FLUSH).checker(false));
        for (Mmu m : new Mmu[] {on, off}) {
            AddressSpace a = m.newAddressSpace(0);
            m.mmap(a, B, 1L << 20, false);
            m.switchTo(0, a);
            m.switchTo(1, a);
            Rigs.touch(m, 0, B, 1);
            m.access(1, B, false);
            m.madviseDontneed(0, a, B, 4096);
            m.access(1, B, false);
        }
        assertEquals(1, on.findingTotal());
        assertEquals(0, off.findingTotal());
        // the stamps are chunked first-touch int arrays (4096 pfns a chunk): with the checker on, two
        // chunk directories over the 262144-pfn range (8 B a chunk reference) and the one chunk of
        // last-free stamps written by the single freed page; with it off, none of that exists
        long directories = 2 * (262144L / 4096) * 8;
        long freedChunk = 4096L * 4;
        assertEquals(directories + freedChunk, on.stateBytes() - off.stateBytes());
    }
}
