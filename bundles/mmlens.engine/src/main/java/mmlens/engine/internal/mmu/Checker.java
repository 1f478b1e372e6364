package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.mmu.Finding;

/**
 * The correctness checker. It keeps, per pfn, the clock stamp of the last free and of the last
 * content copy (migration, CoW); a TLB entry carries the stamp of its fill. A hit through an entry
 * older than the pfn's last free is a use-after-free through a stale translation; a write through
 * a writable entry older than the last copy, or whose PTE is no longer a writable mapping of that
 * pfn, is a lost write. Only the first {@link #KEEP} findings per kind are kept with traces; all
 * are counted.
 */
public final class Checker {
    static final int KEEP = 16;

    private final MmuCore core;
    private final boolean on;
    /** Clock stamp of each pfn's last free; chunked, first-touch (null with the checker off). */
    final PfnInts lastFree;
    /** Clock stamp of each pfn's last content copy; chunked, first-touch (null with the checker off). */
    final PfnInts lastCopy;
    private final List<Finding> kept = new ArrayList<>();
    private final Map<Finding.Kind, Long> counts = new EnumMap<>(Finding.Kind.class);
    /** Protection bits a freed page's direct-map entry must share with PAGE_KERNEL. */
    private static final int FREE_PROT_MASK = Prot.PRESENT | Prot.RW | Prot.NX | Prot.ENC;
    /** PAGE_KERNEL of this configuration (pti and memory encryption are fixed at boot). */
    private final int pageKernel;
    /** The 2 MiB region (pfn &gt;&gt; 9) whose direct-map leaf protection is {@link #regionProt}, or -1. */
    private long protRegion = -1;
    private int regionProt;

    Checker(MmuCore core, long endPfn) {
        this.core = core;
        this.on = core.cfg.checker;
        this.pageKernel = Prot.pageKernel(core.cfg.pti, core.cfg.memEncrypt);
        // without the checker the stamps are never read: no per-pfn state at all
        lastFree = on ? new PfnInts(endPfn, 0) : null;
        lastCopy = on ? new PfnInts(endPfn, 0) : null;
    }

    /** A folio of 2^order pages at head goes back to the page source. */
    void onFree(int cpu, long head, int order) {
        if (!on) {
            return;
        }
        if (order == 0) {
            lastFree.set((int) head, core.clock + 1);
            checkFreedProt(cpu, head);
            return;
        }
        onFreeLarge(cpu, head, order);
    }

    /** Whether the checker is on (with it off, {@link #onFree} does nothing). */
    boolean on() {
        return on;
    }

    /**
     * The chunk of last-free stamps holding pfn (index {@code pfn & (PfnInts.CHUNK - 1)}), or null
     * while it is not allocated or the checker is off: a free path that keeps it may stamp a freed
     * order-0 page itself ({@code core.clock + 1}, as {@link #onFree} does) and then call
     * {@link #checkFreedProt}.
     */
    int[] lastFreeChunk(int pfn) {
        return on ? lastFree.chunkOf(pfn) : null;
    }

    /**
     * Starts a run of {@link #freedProtOkInRun} calls during which the direct map does not change
     * (the put loop of an mmu_gather's folios: only folio state, the event log and the page source
     * are touched).
     */
    void beginFreeRun() {
        protRegion = -1;
    }

    /**
     * The test of {@link #checkFreedProt} inside a run begun by {@link #beginFreeRun}, without the
     * report: false when {@link #checkFreedProt} of pfn would report a finding (the caller then calls
     * it, so the log is cut where it stands). The protection of a 2M or 1G direct-map leaf is looked
     * up once per 2 MiB region (a 4K leaf's region is looked up per page).
     */
    boolean freedProtOkInRun(long pfn) {
        long r = pfn >>> 9;
        int p = regionProt;
        if (r != protRegion) {
            p = core.dm.protOf(pfn);
            regionProt = p;
            protRegion = core.dm.levelOf(pfn) >= DirectMapTable.L2M ? r : -1;
        }
        p &= ~Prot.PSE;
        return p == 0 || (p & FREE_PROT_MASK) == (pageKernel & FREE_PROT_MASK);
    }

    /** The direct-map check of {@link #onFree} for one freed page pfn (its stamp already set). */
    void checkFreedProt(int cpu, long pfn) {
        int p = core.dm.protOf(pfn) & ~Prot.PSE;
        if (p != 0 && (p & FREE_PROT_MASK) != (pageKernel & FREE_PROT_MASK)) {
            freedWithPerms(cpu, pfn, p);
        }
    }

    /** {@link #onFree} of a folio of order &gt; 0: every page's stamp, the first page with wrong protections reported. */
    private void onFreeLarge(int cpu, long head, int order) {
        int n = 1 << order;
        int now = core.clock + 1;
        lastFree.fill((int) head, (int) head + n, now);
        for (int i = 0; i < n; i += 1) {
            int p = core.dm.protOf(head + i) & ~Prot.PSE;
            if (p != 0 && (p & FREE_PROT_MASK) != (pageKernel & FREE_PROT_MASK)) {
                freedWithPerms(cpu, head + i, p);
                break;
            }
        }
    }

    /** A page was freed while its direct-map entry lacks PAGE_KERNEL's bits (out of line: rare). */
    private void freedWithPerms(int cpu, long pfn, int p) {
        report(Finding.Kind.FREED_WITH_DIRECT_MAP_PERMS, cpu, Cpa.va(pfn), pfn, 0,
                "freed page has direct-map protections " + Prot.describe(p) + " instead of "
                        + Prot.describe(pageKernel) + " (vm_reset_perms missing?)");
    }

    void onCopy(long head, int order) {
        if (!on) {
            return;
        }
        int n = 1 << order;
        int now = core.clock + 1;
        lastCopy.fill((int) head, (int) head + n, now);
    }

    /**
     * A user access hit the TLB.
     *
     * @param currentPte the PTE/PMD value a walk sees now (0 if none)
     */
    void onUserHit(int cpu, MmStruct mm, long va, long pfn, int stamp, boolean writableEntry, boolean write,
            long currentPte, boolean ptePmd) {
        if (!on) {
            return;
        }
        if (lastFree.get((int) pfn) > stamp) {
            report(Finding.Kind.STALE_TLB_FREED_PFN, cpu, va, pfn, stamp,
                    "cpu" + cpu + " " + (write ? "wrote" : "read") + " pfn 0x" + Long.toHexString(pfn)
                            + " through a TLB entry filled @" + stamp + "; the pfn was freed @" + lastFree.get((int) pfn));
            return;
        }
        if (!write && lastCopy.get((int) pfn) > stamp && PageTables.isPresentLeaf(currentPte)
                && (currentPte & Prot.RW) != 0 && PageTables.pfnAt(currentPte, va, ptePmd) != pfn) {
            report(Finding.Kind.STALE_WRITABLE_TLB, cpu, va, pfn, stamp, "cpu" + cpu + " read pfn 0x"
                    + Long.toHexString(pfn) + " through a read-only TLB entry filled @" + stamp + "; the page was copied @"
                    + lastCopy.get((int) pfn) + " and va now maps pfn 0x"
                    + Long.toHexString(PageTables.pfnAt(currentPte, va, ptePmd))
                    + " writable: reads miss the writes to the copy");
            return;
        }
        if (write && writableEntry) {
            if (lastCopy.get((int) pfn) > stamp) {
                report(Finding.Kind.STALE_WRITABLE_TLB, cpu, va, pfn, stamp, "write through a writable TLB entry filled @"
                        + stamp + " after the page was copied @" + lastCopy.get((int) pfn) + ": the write is lost");
                return;
            }
            boolean ok = (currentPte & Prot.PRESENT) != 0 && (currentPte & Prot.RW) != 0
                    && PageTables.pfnAt(currentPte, va, ptePmd) == pfn;
            if (!ok) {
                report(Finding.Kind.STALE_WRITABLE_TLB, cpu, va, pfn, stamp,
                        "write through a writable TLB entry filled @" + stamp + " but the PTE is now "
                                + PageTables.describe(currentPte));
            }
        }
    }

    /** Whether pfn was copied after a TLB fill stamped {@code stamp} (the hit needs the current PTE). */
    boolean copiedSince(long pfn, int stamp) {
        return on && lastCopy.get((int) pfn) > stamp;
    }

    /** A kernel write to the direct map through a TLB entry that allowed it. */
    void onKernelWriteHit(int cpu, long pfn, int stamp) {
        if (!on) {
            return;
        }
        int p = core.dm.protOf(pfn);
        if ((p & Prot.RW) == 0 || (p & Prot.PRESENT) == 0) {
            report(Finding.Kind.STALE_KERNEL_WRITABLE, cpu, Cpa.va(pfn), pfn, stamp,
                    "kernel write through a stale writable direct-map entry; the direct map now says "
                            + Prot.describe(p));
        }
    }

    /** A kernel mapping (vmalloc alias) and the direct map disagree on a page. */
    void aliasMismatch(int cpu, long va, long pfn, String what) {
        if (on) {
            report(Finding.Kind.DIRECT_MAP_ALIAS_MISMATCH, cpu, va, pfn, 0, what);
        }
    }

    void unsplittable(long head, String what) {
        if (on) {
            report(Finding.Kind.UNSPLITTABLE_FOLIO, -1, ((long) core.folios.index.get((int) head)) << 12, head, 0, what);
        }
    }

    /**
     * split_folio() of an order-1 anon folio: folio-&gt;_deferred_list is a field of the folio's third
     * struct page, which a two-page folio does not own. split_huge_page_to_list() reads it
     * (list_empty()) and, as it is not empty, list_del()s through whatever that page holds: the
     * corruption of adjacent struct pages the RFC's oopses showed. Reported as
     * {@link Finding.Kind#UNSPLITTABLE_FOLIO}; the trace holds the events of the folio and of the
     * third page.
     */
    void deferredListOutside(int cpu, long head) {
        if (!on) {
            return;
        }
        long third = head + 2;
        long owner = third < core.folios.order.length() ? core.folios.headOf(third) : -1;
        String what = owner < 0 ? "a page the model does not own (free or kernel memory)"
                : "page " + (third - owner) + " of the order-" + core.folios.orderOf(owner) + " folio at pfn 0x"
                        + Long.toHexString(owner);
        report(Finding.Kind.UNSPLITTABLE_FOLIO, cpu, ((long) core.folios.index.get((int) head)) << 12, head, 0,
                "split of an order-1 anon folio: its _deferred_list lives in the third struct page (pfn 0x"
                        + Long.toHexString(third) + "), outside the two-page folio; that struct page is " + what
                        + ", and list_empty()/list_del() on it corrupt it");
        if (counts.get(Finding.Kind.UNSPLITTABLE_FOLIO) <= KEEP && third < core.folios.order.length()) {
            Finding f = kept.remove(kept.size() - 1);
            List<String> t = new ArrayList<>(f.trace());
            t.addAll(core.log.cut(0, cpu, 0, -1, third));
            t.sort(java.util.Comparator.comparingInt(Checker::stampOf));
            kept.add(new Finding(f.kind(), f.cpu(), f.va(), f.pfn(), f.message(),
                    List.copyOf(new java.util.LinkedHashSet<>(t))));
        }
    }

    private static int stampOf(String traceLine) {
        int sp = traceLine.indexOf(' ');
        try {
            return Integer.parseInt(traceLine.substring(1, sp < 0 ? traceLine.length() : sp));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    private void report(Finding.Kind kind, int cpu, long va, long pfn, int since, String msg) {
        long c = counts.merge(kind, 1L, Long::sum);
        if (c > KEEP) {
            return;
        }
        int mm = cpu >= 0 ? core.cpus.loadedMm[cpu] : 0;
        List<String> trace = core.log.cut(Math.max(0, since - 1), cpu, mm, va, pfn);
        kept.add(new Finding(kind, cpu, va, pfn, msg, List.copyOf(trace)));
    }

    public List<Finding> findings() {
        return List.copyOf(kept);
    }

    public long count(Finding.Kind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public long total() {
        long t = 0;
        for (long v : counts.values()) {
            t += v;
        }
        return t;
    }

    /** Heap bytes of the two stamp arrays (allocated chunks and chunk directories); 0 with the checker off. */
    public long stateBytes() {
        return on ? lastFree.stateBytes() + lastCopy.stateBytes() : 0;
    }
}
