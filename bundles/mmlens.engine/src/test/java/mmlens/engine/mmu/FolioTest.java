package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Anonymous faults, THP/mTHP, split rules, CoW and madvise (mm/memory.c, mm/huge_memory.c). */
class FolioTest {
    private static final long B = Rigs.BASE;
    private static final long MB2 = 2L << 20;

    private static Mmu rig(FolioOrderPolicy p, AddressSpace[] out) {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).folioOrders(p));
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 16 * MB2, false);
        m.switchTo(0, a);
        out[0] = a;
        return m;
    }

    /** do_huge_pmd_anonymous_page(): a write fault in a 2M-aligned range maps a PMD THP. */
    @Test
    void writeFaultMapsPmdThp() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.mainline(1L << 9, 0), as);
        assertTrue(m.access(0, B + 5000, true));
        assertTrue(m.pmdMapped(as[0], B));
        long h = m.folioAt(as[0], B + 4096 * 7);
        assertEquals(9, m.folioOrder(h));
        assertEquals(1, m.folioRefcount(h));
        assertEquals(1, m.folioMapcount(h));
        assertEquals(1, m.stat(MmuStat.THP_FAULT_ALLOC));
        assertEquals(1, m.mthp(9, MthpStat.ANON_FAULT_ALLOC));
        assertEquals(512, as[0].rssAnon());
        assertTrue(m.access(0, B + MB2 - 1, true), "one TLB entry covers the 2M");
        assertEquals(1, m.stat(MmuStat.TLB_MISSES));
    }

    /** Read faults map the huge zero folio; the first write replaces it with a THP (do_huge_zero_wp_pmd). */
    @Test
    void readThenWriteGoesThroughHugeZeroPage() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.mainline(1L << 9, 0), as);
        assertTrue(m.access(0, B, false));
        assertEquals(-1, m.folioAt(as[0], B), "zero folio");
        assertEquals(0, m.stat(MmuStat.THP_FAULT_ALLOC));
        assertTrue(m.access(0, B, true));
        assertEquals(1, m.stat(MmuStat.THP_FAULT_ALLOC));
        assertTrue(m.pmdMapped(as[0], B));
    }

    /** alloc_anon_folio(): with only 64K enabled the fault maps an order-4 folio with 16 PTEs. */
    @Test
    void mthpOrder4() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.mainline(1L << 4, 0), as);
        assertTrue(m.access(0, B + 3 * 4096, true));
        long h = m.folioAt(as[0], B);
        assertEquals(4, m.folioOrder(h));
        assertEquals(16, m.folioRefcount(h));
        assertEquals(16, m.folioMapcount(h));
        assertEquals(1, m.mthp(4, MthpStat.ANON_FAULT_ALLOC));
        assertFalse(m.pmdMapped(as[0], B));
        assertEquals(0, m.mthp(0, MthpStat.ANON_FAULT_ALLOC), "count_mthp_stat ignores order 0");
    }

    /** Partial munmap: thp_split_pmd, deferred split queue, then deferred_split_scan() splits. */
    @Test
    void partialUnmapSplitsPmdAndDefersFolioSplit() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.mainline(1L << 9, 0), as);
        m.access(0, B, true);
        long h = m.folioAt(as[0], B);
        long owned = m.ownedPages();
        m.munmap(0, as[0], B, 100 << 12);
        assertEquals(1, m.stat(MmuStat.THP_SPLIT_PMD));
        assertEquals(1, m.stat(MmuStat.THP_DEFERRED_SPLIT_PAGE));
        assertEquals(1, m.mthp(9, MthpStat.SPLIT_DEFERRED));
        assertEquals(1, m.mthp(9, MthpStat.NR_ANON_PARTIALLY_MAPPED));
        assertEquals(412, m.folioMapcount(h));
        assertEquals(owned, m.ownedPages(), "still one order-9 folio");
        assertEquals(1, m.deferredSplitScan(0, 10));
        assertEquals(1, m.stat(MmuStat.THP_SPLIT_PAGE));
        assertEquals(1, m.mthp(9, MthpStat.SPLIT));
        assertEquals(0, m.mthp(9, MthpStat.NR_ANON_PARTIALLY_MAPPED));
        assertEquals(owned - 100, m.ownedPages(), "the unmapped 100 pages were freed");
        assertEquals(0, m.folioOrder(m.folioAt(as[0], B + (200L << 12))));
        assertTrue(m.access(0, B + (300L << 12), true));
        assertEquals(0, m.findingTotal());
    }

    /** uniform_split_supported(): anon folios cannot be split to order 1. */
    @Test
    void anonSplitToOrder1IsRefused() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.mainline(1L << 9, 0), as);
        m.access(0, B, true);
        long h = m.folioAt(as[0], B);
        assertEquals(-22, m.splitFolio(0, h, 1));
        assertEquals(0, m.stat(MmuStat.THP_SPLIT_PAGE_FAILED), "refused before counting");
        assertEquals(1, m.findingCount(Finding.Kind.UNSPLITTABLE_FOLIO));
        assertEquals(0, m.splitFolio(0, h, 2));
        assertEquals(2, m.folioOrder(m.folioAt(as[0], B + 4096)));
        assertEquals(1, m.stat(MmuStat.THP_SPLIT_PMD), "unmap_folio() split the PMD first");
    }

    /** can_split_folio(): an extra pin makes the split fail with -EAGAIN and thp_split_page_failed. */
    @Test
    void extraPinBlocksSplit() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.mainline(1L << 9, 0), as);
        m.access(0, B, true);
        long h = m.folioAt(as[0], B);
        m.getFolio(h);
        assertEquals(-11, m.splitFolio(0, h, 0));
        assertEquals(1, m.stat(MmuStat.THP_SPLIT_PAGE_FAILED));
        assertEquals(1, m.mthp(9, MthpStat.SPLIT_FAILED));
        m.putFolio(0, h);
    }

    /** A variation policy that allows order 1: the checker flags the folio the rest of mm cannot split. */
    @Test
    void order1PolicyIsFlagged() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.unrestricted(1L << 1), as);
        m.access(0, B, true);
        assertEquals(1, m.folioOrder(m.folioAt(as[0], B)));
        m.madviseDontneed(0, as[0], B, 4096);
        assertEquals(2, m.findingCount(Finding.Kind.UNSPLITTABLE_FOLIO), m.findings().toString());
    }

    /** fork() write-protects; the child's write copies (wp_page_copy), the parent's reuses. */
    @Test
    void copyOnWriteAfterFork() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.NONE, as);
        Rigs.touch(m, 0, B, 4);
        long h = m.folioAt(as[0], B);
        AddressSpace child = m.fork(0, as[0]);
        assertEquals(2, m.folioRefcount(h));
        m.switchTo(1, child);
        assertTrue(m.access(1, B, true));
        assertEquals(1, m.stat(MmuStat.COW_COPY));
        assertNotEquals(h, m.folioAt(child, B));
        assertEquals(1, m.folioRefcount(h));
        assertTrue(m.access(0, B, true));
        assertEquals(1, m.stat(MmuStat.COW_COPY), "parent is exclusive again: reuse");
        assertEquals(h, m.folioAt(as[0], B));
        assertEquals(0, m.findingTotal());
    }

    /** MADV_FREE keeps pages mapped but clean; MADV_DONTNEED frees them. */
    @Test
    void madviseFreeAndDontneed() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.NONE, as);
        Rigs.touch(m, 0, B, 8);
        long owned = m.ownedPages();
        m.madviseFree(0, as[0], B, 8 << 12);
        assertEquals(owned, m.ownedPages());
        m.madviseDontneed(0, as[0], B, 8 << 12);
        assertEquals(owned - 8, m.ownedPages());
        assertEquals(0, as[0].rssAnon());
    }

    /** madvise_free_pte_range(): a large folio only partly in the range is split first. */
    @Test
    void madviseFreeSplitsPartlyCoveredLargeFolio() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.mainline(1L << 4, 0), as);
        Rigs.touch(m, 0, B, 16);
        long h = m.folioAt(as[0], B);
        assertEquals(4, m.folioOrder(h));
        m.madviseFree(0, as[0], B, 8 << 12);
        assertEquals(1, m.mthp(4, MthpStat.SPLIT));
        assertEquals(0, m.folioOrder(m.folioAt(as[0], B + 4096)));
        long owned = m.ownedPages();
        m.madviseFree(0, as[0], B + (16 << 12), 16 << 12);
        assertEquals(owned, m.ownedPages(), "MADV_FREE frees nothing by itself");
        assertEquals(0, m.findingTotal());
    }

    /** Seed 003's trap: MADV_FREE splitting an order-1 anon folio is flagged. */
    @Test
    void madviseFreeOnOrder1FolioIsFlagged() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = rig(FolioOrderPolicy.unrestricted(1L << 1), as);
        Rigs.touch(m, 0, B, 2);
        long before = m.findingCount(Finding.Kind.UNSPLITTABLE_FOLIO);
        m.madviseFree(0, as[0], B, 4096);
        assertTrue(m.findingCount(Finding.Kind.UNSPLITTABLE_FOLIO) > before, m.findings().toString());
    }
}
