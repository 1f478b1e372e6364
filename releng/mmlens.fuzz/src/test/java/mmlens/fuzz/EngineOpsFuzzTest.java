package mmlens.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import mmlens.engine.Gfp;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.mmu.AddressSpace;
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
    private static final long BASE = 0x40000000L;
    private static final long SLOT = 4L << 20;
    private static final int SLOTS = 8;
    private static final long[] POLICIES = {0, 1L << 9, 0x3FCL};

    /** One process: its address space and which slots hold a mapping. */
    private static final class Proc {
        final AddressSpace as;
        final boolean[] mapped = new boolean[SLOTS];

        Proc(AddressSpace as) {
            this.as = as;
        }
    }

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
        List<Proc> procs = new ArrayList<>();
        Proc[] running = new Proc[cpus];
        List<int[]> pages = new ArrayList<>();
        for (int n = 0; n < 3000 && d.remainingBytes() > 0; n++) {
            int cpu = d.consumeInt(0, cpus - 1);
            int op = d.consumeInt(0, 11);
            Proc pr = procs.isEmpty() ? null : procs.get(d.consumeInt(0, procs.size() - 1));
            int slot = d.consumeInt(0, SLOTS - 1);
            long off = (long) d.consumeInt(0, (int) (SLOT >>> 12) - 1) << 12;
            long len = (long) d.consumeInt(1, (int) (SLOT >>> 12)) << 12;
            long start = BASE + slot * SLOT + off;
            len = Math.min(len, BASE + (slot + 1) * SLOT - start);
            switch (op) {
                case 0 -> {
                    if (procs.size() < 4) {
                        procs.add(new Proc(mmu.newAddressSpace(cpu)));
                    }
                }
                case 1 -> {
                    if (pr != null && !pr.mapped[slot]) {
                        mmu.mmap(pr.as, BASE + slot * SLOT, SLOT, d.consumeBoolean());
                        pr.mapped[slot] = true;
                    }
                }
                case 2, 3 -> {
                    if (running[cpu] != null) {
                        boolean write = op == 3;
                        for (long va = start; va < start + Math.min(len, 64L << 12); va += 4096) {
                            mmu.access(cpu, va, write);
                        }
                    }
                }
                case 4 -> {
                    if (pr != null) {
                        mmu.munmap(cpu, pr.as, start, len);
                        if (off == 0 && len == SLOT) {
                            pr.mapped[slot] = false;
                        }
                    }
                }
                case 5 -> {
                    if (pr != null) {
                        mmu.madviseDontneed(cpu, pr.as, start, len);
                    }
                }
                case 6 -> {
                    if (pr != null) {
                        mmu.madviseFree(cpu, pr.as, start, len);
                    }
                }
                case 7 -> {
                    if (pr != null && pr.mapped[slot]) {
                        mmu.mprotectReadOnly(cpu, pr.as, BASE + slot * SLOT, SLOT);
                    }
                }
                case 8 -> {
                    if (pr != null && procs.size() < 4) {
                        Proc child = new Proc(mmu.fork(cpu, pr.as));
                        System.arraycopy(pr.mapped, 0, child.mapped, 0, SLOTS);
                        procs.add(child);
                    }
                }
                case 9 -> {
                    if (pr != null) {
                        mmu.exit(cpu, pr.as);
                        procs.remove(pr);
                        for (int c = 0; c < cpus; c++) {
                            if (running[c] == pr) {
                                running[c] = null;
                            }
                        }
                    }
                }
                case 10 -> {
                    if (pr != null && d.consumeBoolean()) {
                        mmu.switchTo(cpu, pr.as);
                        running[cpu] = pr;
                    } else {
                        mmu.enterLazy(cpu);
                        running[cpu] = null;
                    }
                }
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
