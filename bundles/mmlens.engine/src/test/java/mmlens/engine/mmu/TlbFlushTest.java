package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** arch/x86/mm/tlb.c behaviour: shootdowns, lazy TLB, ceiling, PCID generations, batched unmap. */
class TlbFlushTest {
    private static final long B = Rigs.BASE;

    private static Mmu threeCpusOneMm(AddressSpace[] out) {
        Mmu m = Rigs.small(3, FlushPolicy.BATCHED);
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 64L << 20, false);
        m.madviseHugepage(a, B, 64L << 20, false);
        for (int c = 0; c < 3; c++) {
            m.switchTo(c, a);
        }
        out[0] = a;
        return m;
    }

    /** native_flush_tlb_multi() + should_flush_tlb(): lazy cpus get no IPI when no tables are freed. */
    @Test
    void remoteFlushSkipsLazyCpus() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = threeCpusOneMm(as);
        Rigs.touch(m, 0, B, 4);
        m.access(1, B, false);
        m.access(2, B, false);
        m.enterLazy(2);
        long ipis = m.stat(MmuStat.TLB_IPIS);
        m.madviseDontneed(0, as[0], B, 4096);
        assertEquals(1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "one per flush_tlb_multi call");
        assertEquals(1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED), "cpu1 only");
        assertEquals(ipis + 1, m.stat(MmuStat.TLB_IPIS));
        assertEquals(1, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE), "one page, initiator");
        assertTrue(m.isLazy(2));
        assertEquals(as[0].id(), m.loadedMm(2), "lazy cpu keeps the mm loaded");
        // back from lazy: switch_mm_irqs_off() sees the generation moved and flushes
        long ts = m.flushReason(FlushReason.TASK_SWITCH);
        m.switchTo(2, as[0]);
        assertEquals(ts + 1, m.flushReason(FlushReason.TASK_SWITCH));
        assertEquals(0, m.findingTotal());
    }

    /** freed_tables: everyone in mm_cpumask gets the IPI; a lazy cpu switches to init_mm. */
    @Test
    void freeingPageTablesInterruptsLazyCpusToo() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = threeCpusOneMm(as);
        Rigs.touch(m, 0, B, 4);
        m.enterLazy(2);
        m.munmap(0, as[0], B, 64L << 20);
        assertEquals(1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        assertEquals(2, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED));
        assertEquals(1, m.loadedMm(2), "lazy cpu left for init_mm");
    }

    /** get_flush_tlb_info(): more than tlb_single_page_flush_ceiling (33) pages become a full flush. */
    @Test
    void flushCeilingIs33Pages() {
        Mmu m = Rigs.small(1, FlushPolicy.BATCHED);
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 1L << 20, false);
        m.switchTo(0, a);
        Rigs.touch(m, 0, B, 80);
        m.madviseDontneed(0, a, B, 33 << 12);
        assertEquals(33, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
        assertEquals(0, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL));
        m.madviseDontneed(0, a, B + (40L << 12), 34 << 12);
        assertEquals(33, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
        assertEquals(1, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ALL));
        assertEquals(0, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "single cpu: no IPI");
    }

    /** set_tlb_ubc_flush_pending() + try_to_unmap_flush(): N unmapped pages, one shootdown. */
    @Test
    void batchedUnmapOfManyPagesIssuesOneShootdown() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = threeCpusOneMm(as);
        int n = 200;
        Rigs.touch(m, 0, B, n);
        for (int i = 0; i < n; i++) {
            m.access(1, B + ((long) i << 12), false);
        }
        long before = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        long[] heads = new long[n];
        for (int i = 0; i < n; i++) {
            heads[i] = m.folioAt(as[0], B + ((long) i << 12));
            m.getFolio(heads[i]);
            assertEquals(1, m.tryToUnmap(0, heads[i]));
        }
        assertEquals(before, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "nothing flushed yet");
        m.tryToUnmapFlush(0);
        assertEquals(before + 1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        assertEquals(1, m.stat(MmuStat.BATCHED_UNMAP_FLUSH));
        for (long h : heads) {
            m.putFolio(0, h);
        }
        for (int i = 0; i < n; i++) {
            m.access(1, B + ((long) i << 12), false);
            m.access(2, B + ((long) i << 12), false);
        }
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    /** With PCID an mm keeps its ASID across switches; without, every switch flushes. */
    @Test
    void pcidKeepsEntriesAcrossSwitches() {
        for (boolean pcid : new boolean[] {true, false}) {
            Mmu m = Rigs.small(MmuConfig.builder().cpus(1).pcid(pcid));
            AddressSpace a = m.newAddressSpace(0);
            AddressSpace b = m.newAddressSpace(0);
            m.mmap(a, B, 1L << 20, false);
            m.mmap(b, B, 1L << 20, false);
            m.switchTo(0, a);
            Rigs.touch(m, 0, B, 10);
            m.switchTo(0, b);
            Rigs.touch(m, 0, B, 10);
            long misses = m.stat(MmuStat.TLB_MISSES);
            m.switchTo(0, a);
            Rigs.touch(m, 0, B, 10);
            assertEquals(pcid ? 0 : 10, m.stat(MmuStat.TLB_MISSES) - misses, "pcid=" + pcid);
        }
    }

    /** should_trim_cpumask(): once a second a flush also reaches cpus that left the mm, which drop out. */
    @Test
    void trimRemovesCpusThatSwitchedAway() {
        Mmu m = Rigs.small(2, FlushPolicy.BATCHED);
        AddressSpace a = m.newAddressSpace(0);
        AddressSpace b = m.newAddressSpace(0);
        m.mmap(a, B, 1L << 20, false);
        m.mmap(b, B, 1L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        Rigs.touch(m, 0, B, 2);
        m.switchTo(1, b);
        m.madviseDontneed(0, a, B, 4096);
        assertEquals(1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "cpu1 still in mm_cpumask");
        assertEquals(0, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH_RECEIVED), "but not loaded: skipped");
        m.tick(2000);
        m.madviseDontneed(0, a, B + 4096, 4096);
        assertEquals(1, m.flushReason(FlushReason.REMOTE_WRONG_CPU));
        Rigs.touch(m, 0, B, 1);
        long local = m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE);
        m.madviseDontneed(0, a, B, 4096);
        assertEquals(2, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "cpu1 left the mask: local flush only");
        assertEquals(local + 1, m.stat(MmuStat.NR_TLB_LOCAL_FLUSH_ONE));
    }

    /** Kernel direct-map entries are global without PTI and survive CR3 switches; with PTI they do not. */
    @Test
    void globalKernelEntriesSurviveSwitchesUnlessPti() {
        for (boolean pti : new boolean[] {false, true}) {
            Mmu m = Rigs.small(MmuConfig.builder().cpus(1).pti(pti));
            AddressSpace a = m.newAddressSpace(0);
            AddressSpace b = m.newAddressSpace(0);
            m.switchTo(0, a);
            m.kernelAccess(0, 5000, false);
            m.switchTo(0, b);
            long misses = m.stat(MmuStat.TLB_MISSES);
            m.kernelAccess(0, 5000, false);
            assertEquals(pti ? 1 : 0, m.stat(MmuStat.TLB_MISSES) - misses, "pti=" + pti);
        }
    }
}
