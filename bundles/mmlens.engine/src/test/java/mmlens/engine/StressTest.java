package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import mmlens.engine.proc.ProcImporter;
import mmlens.engine.scenario.LiveSet;

/**
 * Seeded random operation mixes (allocations of every order and GFP class, frees, page cache growth
 * and truncation, kswapd, pcp decay and drains, pageblock isolation) on several machine shapes with
 * the invariant checker run every {@link #CHECK_EVERY} operations. Totals are printed for the report.
 */
class StressTest {
    private static final int CHECK_EVERY = 5_000;
    private static final int[] GFPS = {Gfp.GFP_KERNEL, Gfp.GFP_HIGHUSER_MOVABLE, Gfp.GFP_KERNEL | Gfp.RECLAIMABLE,
        Gfp.GFP_ATOMIC, Gfp.GFP_NOWAIT, Gfp.GFP_TRANSHUGE_LIGHT, Gfp.GFP_KERNEL | Gfp.DMA32,
        Gfp.GFP_HIGHUSER_MOVABLE | Gfp.RETRY_MAYFAIL, Gfp.GFP_KERNEL | Gfp.NORETRY | Gfp.COMP};

    /** Result of one run: operations, failures, invariant checks. */
    record Run(long ops, long allocFailures, long checks, List<String> violations) {
    }

    static Run run(Machine m, long seed, int ops) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LiveSet live = new LiveSet(false);
        LiveSet cache = new LiveSet(true);
        m.addListener(live);
        m.addListener(cache);
        List<Integer> isolated = new ArrayList<>();
        List<ZoneView> zones = m.zones().stream().filter(z -> z.presentPages() > 0).toList();
        long fails = 0;
        long checks = 0;
        long managed = zones.stream().mapToLong(ZoneView::managedPages).sum();
        for (int i = 1; i <= ops; i++) {
            int cpu = rnd.nextInt(m.nrCpus());
            int op = rnd.nextInt(1000);
            boolean pressure = live.pages() + cache.pages() > managed * 3 / 4;
            if (op < 430 && !(pressure && op < 200)) {
                int order = order(rnd);
                int gfp = GFPS[rnd.nextInt(GFPS.length)];
                int pfn = m.allocPages(cpu, gfp, order);
                if (pfn >= 0) {
                    live.add(pfn, order);
                } else {
                    fails++;
                }
            } else if (op < 800 && live.size() > 0) {
                int idx = live.randomIndex(rnd);
                m.freePages(cpu, live.pfnAt(idx), live.orderAt(idx));
                live.removeAt(idx);
            } else if (op < 930) {
                int order = rnd.nextInt(10) == 0 ? 9 : rnd.nextInt(3);
                int pfn = m.allocPageCache(cpu, Gfp.GFP_HIGHUSER_MOVABLE, order);
                if (pfn >= 0) {
                    cache.add(pfn, order);
                } else {
                    fails++;
                }
            } else if (op < 975 && cache.size() > 0) {
                int idx = cache.randomIndex(rnd);
                m.freePages(cpu, cache.pfnAt(idx), cache.orderAt(idx));
                cache.removeAt(idx);
            } else if (op < 985) {
                m.runKswapd();
            } else if (op < 992) {
                m.vmstatRefresh();
            } else if (op < 994) {
                m.drainAllPages();
            } else if (op < 997) {
                ZoneView z = zones.get(rnd.nextInt(zones.size()));
                int pfn = z.startPfn() + rnd.nextInt((int) z.spannedPages());
                if (m.setPageblockIsolate(pfn, true)) {
                    isolated.add(pfn);
                }
            } else if (!isolated.isEmpty()) {
                m.setPageblockIsolate(isolated.remove(rnd.nextInt(isolated.size())), false);
            }
            if (i % CHECK_EVERY == 0) {
                checks++;
                List<String> v = m.checkInvariants();
                if (!v.isEmpty()) {
                    return new Run(i, fails, checks, v);
                }
            }
        }
        for (int pfn : isolated) {
            m.setPageblockIsolate(pfn, false);
        }
        while (live.size() > 0) {
            m.freePages(0, live.pfnAt(0), live.orderAt(0));
            live.removeAt(0);
        }
        while (cache.size() > 0) {
            m.freePages(0, cache.pfnAt(0), cache.orderAt(0));
            cache.removeAt(0);
        }
        m.drainAllPages();
        checks++;
        return new Run(ops, fails, checks, m.checkInvariants());
    }

    private static int order(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (r < 60) {
            return 0;
        }
        if (r < 85) {
            return 1 + rnd.nextInt(3);
        }
        if (r < 95) {
            return 4 + rnd.nextInt(5);
        }
        return 9 + rnd.nextInt(2);
    }

    private static void assertClean(String shape, Machine m, Run r, boolean allFreeAtEnd) {
        System.out.printf("stress %-28s ops=%d allocFailures=%d checks=%d compact_stall=%d pgmigrate=%d "
                + "pgsteal=%d%n", shape, r.ops(), r.allocFailures(), r.checks(), m.event(VmEvent.COMPACT_STALL),
                m.event(VmEvent.PGMIGRATE_SUCCESS), m.event(VmEvent.PGSTEAL_DIRECT) + m.event(VmEvent.PGSTEAL_KSWAPD));
        assertEquals(List.of(), r.violations(), shape);
        if (allFreeAtEnd) {
            for (ZoneView z : m.zones()) {
                assertEquals(z.managedPages(), z.freePages(), shape + " " + z.type() + " all memory back");
            }
        }
    }

    @Test
    void smallSingleNodeMachine() {
        Machine m = Machine.boot(MachineSpec.x86(128, 2, 1));
        assertClean("128MiB/2cpu/1node", m, run(m, 1, 700_000), true);
    }

    @Test
    void twoNodeMachine() {
        Machine m = Machine.boot(MachineSpec.x86(256, 4, 2));
        assertClean("256MiB/4cpu/2node", m, run(m, 2, 600_000), true);
    }

    @Test
    void largerMachineFewerOps() {
        Machine m = Machine.boot(MachineSpec.x86(1024, 8, 1));
        assertClean("1GiB/8cpu/1node", m, run(m, 3, 400_000), true);
    }

    @Test
    void importedSampleMachine() {
        Machine m = ProcImporter.fromDirectory(SharedSamples.sampleDir("vm-6.18-a"));
        Run r = run(m, 4, 300_000);
        assertClean("imported vm-6.18-a", m, r, false);
        assertTrue(r.ops() == 300_000);
    }
}
