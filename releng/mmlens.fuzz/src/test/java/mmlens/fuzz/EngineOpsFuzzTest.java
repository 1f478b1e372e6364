package mmlens.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MachinePageSource;
import mmlens.engine.mmu.Mmu;

/**
 * The engine under fuzzed, invariant-checked operations: a machine shape (memory, cpus, nodes) and
 * a folio-order policy (order 0 only, PMD THP, every mTHP order 2..9) are chosen from the input,
 * then up to 3000 operations: mmap, faults (read/write), partial munmap (VMA splits), MADV_DONTNEED,
 * MADV_FREE, mprotect read-only, fork, exit, context switches, lazy TLB mode, and direct page
 * allocator allocations and frees. The allocator's invariants are checked every 64 operations
 * (DEBUG_VM mode throws) and at the end, and the MMU checker must find nothing (the mainline flush
 * policy is correct). Each input is one run; the count of runs is Jazzer's.
 */
class EngineOpsFuzzTest {
    private static final long[] POLICIES = {0, 1L << 9, 0x3FCL};

    @FuzzTest(maxDuration = "1m")
    void mmuOps(FuzzedDataProvider d) {
        int mib = d.pickValue(new int[] {64, 128, 256});
        int nodes = d.consumeInt(1, 2);
        int cpus = d.consumeInt(nodes, 4); // the machine wants at least one cpu per node
        long orders = POLICIES[d.consumeInt(0, POLICIES.length - 1)];
        MachineSpec spec = MachineSpec.x86(mib, cpus, nodes);
        Machine m = Machine.boot(spec);
        m.setDebugChecks(64);
        FolioOrderPolicy p = orders == 0 ? FolioOrderPolicy.NONE : FolioOrderPolicy.mainline(orders, 0);
        Mmu mmu = Mmu.boot(MachinePageSource.configFor(spec).folioOrders(p).build(), new MachinePageSource(m));
        mmu.markRunning();
        ProcOps ops = new ProcOps(mmu, cpus);
        List<int[]> pages = new ArrayList<>();
        for (int n = 0; n < 3000 && d.remainingBytes() > 0; n++) {
            int cpu = d.consumeInt(0, cpus - 1);
            int op = d.consumeInt(0, 11);
            ProcOps.Proc pr = ops.procs.isEmpty() ? null : ops.procs.get(d.consumeInt(0, ops.procs.size() - 1));
            int slot = d.consumeInt(0, ProcOps.SLOTS - 1);
            long off = (long) d.consumeInt(0, (int) (ProcOps.SLOT >>> 12) - 1) << 12;
            long[] r = ProcOps.range(slot, off, (long) d.consumeInt(1, (int) (ProcOps.SLOT >>> 12)) << 12);
            switch (op) {
                case 0 -> ops.newProc(cpu);
                case 1 -> {
                    if (pr != null && !pr.mapped[slot]) {
                        ops.mmap(pr, slot, d.consumeBoolean());
                    }
                }
                case 2, 3 -> ops.touch(cpu, r[0], r[1], op == 3);
                case 4 -> ops.munmap(cpu, pr, slot, off, r[1]);
                case 5 -> ops.dontneed(cpu, pr, r[0], r[1]);
                case 6 -> ops.free(cpu, pr, r[0], r[1]);
                case 7 -> ops.mprotect(cpu, pr, slot, true);
                case 8 -> ops.fork(cpu, pr);
                case 9 -> ops.exit(cpu, pr);
                case 10 -> ops.switchOrLazy(cpu, pr, pr == null || !d.consumeBoolean());
                default -> {
                    if (d.consumeBoolean() || pages.isEmpty()) {
                        int order = d.consumeInt(0, 10);
                        int gfp = d.consumeBoolean() ? Gfp.GFP_KERNEL : Gfp.GFP_HIGHUSER_MOVABLE;
                        int pfn = m.allocPages(cpu % m.nrCpus(), gfp, order);
                        if (pfn != Machine.NO_PAGE) {
                            pages.add(new int[] {pfn, order});
                        }
                    } else {
                        int[] pg = pages.remove(d.consumeInt(0, pages.size() - 1));
                        m.freePages(cpu % m.nrCpus(), pg[0], pg[1]);
                    }
                }
            }
        }
        assertEquals(List.of(), m.checkInvariants());
        assertEquals(0, mmu.findingTotal(), () -> "MMU findings: " + mmu.findings());
    }
}
