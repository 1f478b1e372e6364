package mmlens.fuzz;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.mmu.AddressSpace;
import mmlens.engine.mmu.Mmu;

/**
 * The process-level MMU operations the engine fuzz target and the soak both drive: up to four
 * processes, each with {@link #SLOTS} slots of {@link #SLOT} bytes at {@link #BASE} that hold a
 * mapping or not, and which process each cpu runs (null: lazy or idle). Each operation is a no-op
 * when it does not apply (no process, slot not mapped, cpu running nothing).
 */
final class ProcOps {
    static final long BASE = 0x40000000L;
    static final long SLOT = 4L << 20;
    static final int SLOTS = 8;
    static final int MAX_PROCS = 4;

    /** One process: its address space and which slots hold a mapping. */
    static final class Proc {
        final AddressSpace as;
        final boolean[] mapped = new boolean[SLOTS];

        Proc(AddressSpace as) {
            this.as = as;
        }
    }

    final Mmu mmu;
    final List<Proc> procs = new ArrayList<>();
    final Proc[] running;

    ProcOps(Mmu mmu, int cpus) {
        this.mmu = mmu;
        this.running = new Proc[cpus];
    }

    /** The process at {@code index} modulo the count, or null when there is none. */
    Proc pick(int index) {
        return procs.isEmpty() ? null : procs.get(Math.floorMod(index, procs.size()));
    }

    /** A range inside a slot: {@code [start, start + len)} clipped to the slot's end. */
    static long[] range(int slot, long off, long len) {
        long start = BASE + slot * SLOT + off;
        return new long[] {start, Math.min(len, BASE + (slot + 1) * SLOT - start)};
    }

    void newProc(int cpu) {
        if (procs.size() < MAX_PROCS) {
            procs.add(new Proc(mmu.newAddressSpace(cpu)));
        }
    }

    void mmap(Proc pr, int slot, boolean hugepage) {
        if (pr != null && !pr.mapped[slot]) {
            mmu.mmap(pr.as, BASE + slot * SLOT, SLOT, hugepage);
            pr.mapped[slot] = true;
        }
    }

    /** Up to 64 accesses, one per page from {@code start}, by the process the cpu runs. */
    void touch(int cpu, long start, long len, boolean write) {
        if (running[cpu] != null) {
            for (long va = start; va < start + Math.min(len, 64L << 12); va += 4096) {
                mmu.access(cpu, va, write);
            }
        }
    }

    void munmap(int cpu, Proc pr, int slot, long off, long len) {
        if (pr != null) {
            long[] r = range(slot, off, len);
            mmu.munmap(cpu, pr.as, r[0], r[1]);
            if (off == 0 && r[1] == SLOT) {
                pr.mapped[slot] = false;
            }
        }
    }

    void dontneed(int cpu, Proc pr, long start, long len) {
        if (pr != null) {
            mmu.madviseDontneed(cpu, pr.as, start, len);
        }
    }

    void free(int cpu, Proc pr, long start, long len) {
        if (pr != null) {
            mmu.madviseFree(cpu, pr.as, start, len);
        }
    }

    void mprotect(int cpu, Proc pr, int slot, boolean readOnly) {
        if (pr != null && pr.mapped[slot]) {
            if (readOnly) {
                mmu.mprotectReadOnly(cpu, pr.as, BASE + slot * SLOT, SLOT);
            } else {
                mmu.mprotectReadWrite(cpu, pr.as, BASE + slot * SLOT, SLOT);
            }
        }
    }

    void fork(int cpu, Proc pr) {
        if (pr != null && procs.size() < MAX_PROCS) {
            Proc child = new Proc(mmu.fork(cpu, pr.as));
            System.arraycopy(pr.mapped, 0, child.mapped, 0, SLOTS);
            procs.add(child);
        }
    }

    void exit(int cpu, Proc pr) {
        if (pr != null) {
            mmu.exit(cpu, pr.as);
            procs.remove(pr);
            for (int c = 0; c < running.length; c++) {
                if (running[c] == pr) {
                    running[c] = null;
                }
            }
        }
    }

    /** Switches the cpu to {@code pr}, or into lazy mode when {@code pr} is null or {@code lazy}. */
    void switchOrLazy(int cpu, Proc pr, boolean lazy) {
        if (pr != null && !lazy) {
            mmu.switchTo(cpu, pr.as);
            running[cpu] = pr;
        } else {
            mmu.enterLazy(cpu);
            running[cpu] = null;
        }
    }
}
