package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

/**
 * An mm_struct: context id (mm-&gt;context.ctx_id), tlb_gen, mm_cpumask, VMAs, the PGD page-table
 * slot and the batched-unmap counter (mm-&gt;tlb_flush_batched).
 */
public final class MmStruct {
    /** ctx_id; 1 is init_mm, user mms start at 2 and ids are never reused. */
    public final int id;
    /** mm-&gt;context.tlb_gen; starts at 0 as init_new_context() sets it. */
    public long tlbGen;
    /** mm_cpumask bits. */
    final long[] cpumask;
    /** Page-table slot of the PGD page (-1 for init_mm). */
    int pgd = -1;
    final List<Vma> vmas = new ArrayList<>();
    /** tlb_flush_batched: pending in bits 0..14, flushed in bits 16..30 (mm/rmap.c). */
    int tlbFlushBatched;
    /** context.next_trim_cpumask in model jiffies. */
    long nextTrimCpumask;
    /** Resident pages and page-table pages (for reports). */
    long rssAnon;
    long ptPages;
    boolean dead;

    MmStruct(int id, int cpus) {
        this.id = id;
        this.cpumask = new long[(cpus + 63) >>> 6];
    }

    boolean inMask(int cpu) {
        return (cpumask[cpu >>> 6] & (1L << cpu)) != 0;
    }

    void setCpu(int cpu) {
        cpumask[cpu >>> 6] |= 1L << cpu;
    }

    void clearCpu(int cpu) {
        cpumask[cpu >>> 6] &= ~(1L << cpu);
    }

    /** cpumask_any_but(mm_cpumask(mm), cpu) &lt; nr_cpu_ids. */
    boolean anyBut(int cpu) {
        for (int w = 0; w < cpumask.length; w++) {
            long m = cpumask[w];
            if (w == cpu >>> 6) {
                m &= ~(1L << cpu);
            }
            if (m != 0) {
                return true;
            }
        }
        return false;
    }

    /** The VMA containing va, or null (find_vma + start check). */
    public Vma findVma(long va) {
        for (int i = 0, n = vmas.size(); i < n; i++) {
            Vma v = vmas.get(i);
            if (va >= v.start && va < v.end) {
                return v;
            }
        }
        return null;
    }

    public List<Vma> vmas() {
        return vmas;
    }

    public long rssAnonPages() {
        return rssAnon;
    }

    public long pageTablePages() {
        return ptPages;
    }
}
