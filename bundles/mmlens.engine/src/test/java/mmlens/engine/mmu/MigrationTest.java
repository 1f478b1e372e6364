package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** migrate_pages_batch(): isolate, unmap with one batched flush, copy, remap, free the source. */
class MigrationTest {
    private static final long B = Rigs.BASE;

    private static Mmu twoCpus(FlushPolicy p, FolioOrderPolicy orders, AddressSpace[] out) {
        Mmu m = Rigs.small(MmuConfig.builder().cpus(2).flushPolicy(p).folioOrders(orders));
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 8L << 20, false);
        m.switchTo(0, a);
        m.switchTo(1, a);
        out[0] = a;
        return m;
    }

    private static long[] heads(Mmu m, AddressSpace a, int n) {
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            h[i] = m.folioAt(a, B + ((long) i << 12));
        }
        return h;
    }

    @Test
    void batchOfTenPagesOneShootdown() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = twoCpus(FlushPolicy.BATCHED, FolioOrderPolicy.NONE, as);
        Rigs.touch(m, 0, B, 10);
        Rigs.touch(m, 1, B, 10);
        long[] h = heads(m, as[0], 10);
        long owned = m.ownedPages();
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        assertEquals(10, m.migrate(0, h, true));
        assertEquals(remote + 1, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "one try_to_unmap_flush()");
        assertEquals(10, m.stat(MmuStat.PGMIGRATE_SUCCESS));
        assertEquals(10, m.stat(MmuStat.NUMA_PAGE_MIGRATE));
        assertEquals(owned, m.ownedPages(), "sources freed");
        for (int i = 0; i < 10; i++) {
            assertNotEquals(h[i], m.folioAt(as[0], B + ((long) i << 12)));
        }
        Rigs.touch(m, 1, B, 10);
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    @Test
    void immediatePolicyFlushesPerPage() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = twoCpus(FlushPolicy.IMMEDIATE, FolioOrderPolicy.NONE, as);
        Rigs.touch(m, 0, B, 10);
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        m.migrate(0, heads(m, as[0], 10), false);
        assertEquals(remote + 10, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH));
        assertEquals(0, m.stat(MmuStat.NUMA_PAGE_MIGRATE));
    }

    @Test
    void pmdThpMigratesWhole() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = twoCpus(FlushPolicy.BATCHED, FolioOrderPolicy.mainline(1L << 9, 0), as);
        m.access(0, B, true);
        long h = m.folioAt(as[0], B);
        assertEquals(512, m.migrate(0, new long[] {h}, false));
        assertEquals(1, m.stat(MmuStat.THP_MIGRATION_SUCCESS));
        assertEquals(512, m.stat(MmuStat.PGMIGRATE_SUCCESS));
        assertTrue(m.pmdMapped(as[0], B));
        assertTrue(m.access(1, B + 4096, true));
        assertEquals(0, m.findingTotal());
    }

    /** The migrc-like policy: read-only mappings skip the flush and keep the source until cpus catch up. */
    @Test
    void deferredGenerationsKeepSourceUntilCpusCatchUp() {
        AddressSpace[] as = new AddressSpace[1];
        Mmu m = twoCpus(FlushPolicy.DEFERRED_GENERATIONS, FolioOrderPolicy.NONE, as);
        Rigs.touch(m, 0, B, 10);
        m.mprotectReadOnly(0, as[0], B, 10 << 12);
        for (int i = 0; i < 10; i++) {
            m.access(1, B + ((long) i << 12), false);
        }
        long remote = m.stat(MmuStat.NR_TLB_REMOTE_FLUSH);
        long owned = m.ownedPages();
        m.migrate(0, heads(m, as[0], 10), false);
        assertEquals(remote, m.stat(MmuStat.NR_TLB_REMOTE_FLUSH), "no shootdown");
        assertEquals(10, m.deferredSources());
        assertEquals(owned + 10, m.ownedPages());
        for (int i = 0; i < 10; i++) {
            assertTrue(m.access(1, B + ((long) i << 12), false), "stale but harmless read");
        }
        m.enterLazy(1);
        m.switchTo(1, as[0]);
        m.enterLazy(0);
        m.switchTo(0, as[0]);
        m.releaseDeferred(0, false);
        assertEquals(0, m.deferredSources());
        assertEquals(owned, m.ownedPages());
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }

    /** No order-9 destination: the THP is split and its pages migrate one by one (thp_migration_split). */
    @Test
    void thpSplitWhenNoLargeDestination() {
        MmuConfig cfg = MmuConfig.builder().cpus(2).folioOrders(FolioOrderPolicy.mainline(1L << 9, 0))
                .ram(1, 262144).build();
        BitmapPageSource bitmap = new BitmapPageSource(1, cfg.maxPfn());
        boolean[] noLarge = {false};
        PageSource src = new PageSource() {
            @Override
            public long allocPages(int cpu, int order, int gfp) {
                return noLarge[0] && order > 0 ? NO_PAGE : bitmap.allocPages(cpu, order, gfp);
            }

            @Override
            public void freePages(int cpu, long pfn, int order) {
                bitmap.freePages(cpu, pfn, order);
            }

            @Override
            public long endPfn() {
                return bitmap.endPfn();
            }
        };
        Mmu m = Mmu.boot(cfg, src);
        m.markRunning();
        AddressSpace a = m.newAddressSpace(0);
        m.mmap(a, B, 8L << 20, false);
        m.switchTo(0, a);
        m.access(0, B, true);
        long h = m.folioAt(a, B);
        assertEquals(9, m.folioOrder(h));
        noLarge[0] = true;
        assertEquals(512, m.migrate(0, new long[] {h}, false));
        assertEquals(1, m.stat(MmuStat.THP_MIGRATION_SPLIT));
        assertEquals(0, m.stat(MmuStat.THP_MIGRATION_SUCCESS));
        assertEquals(512, m.stat(MmuStat.PGMIGRATE_SUCCESS));
        assertEquals(0, m.folioOrder(m.folioAt(a, B + 4096)));
        assertTrue(m.access(0, B + 8192, true));
        assertEquals(0, m.findingTotal(), m.findings().toString());
    }
}
