package mmlens.engine.internal.mmu;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.mmu.MmuConfig;

/**
 * Builds the direct map the way init_mem_mapping() (arch/x86/mm/init.c) does on x86-64: the ISA
 * range first, then memory_map_top_down() in growing steps, each step through
 * init_range_memory_mapping() -&gt; init_memory_mapping() -&gt; split_mem_range() +
 * adjust_range_page_size_mask() -&gt; kernel_physical_mapping_init() (phys_pud_init /
 * phys_pmd_init / phys_pte_init in arch/x86/mm/init_64.c), including their update_page_count()
 * accounting. Boot page-table pages come from brk/memblock, not from the page source.
 *
 * All arithmetic is in pfns; PMD = 512 pfns, PUD = 262144 pfns.
 */
final class DirectMapBoot {
    private static final long PMD_PFNS = 512;
    private static final long PUD_PFNS = 1L << 18;
    private static final long ISA_END_PFN = 0x100000 >> 12;
    private static final int M2 = 1 << DirectMapTable.L2M;
    private static final int G1 = 1 << DirectMapTable.L1G;

    private record MapRange(long start, long end, int mask) {
    }

    private final DirectMapTable t;
    private final List<MmuConfig.Ram> ram;
    private final int pageSizeMask;
    private final int prot;

    private DirectMapBoot(DirectMapTable t, MmuConfig cfg) {
        this.t = t;
        this.ram = merged(cfg.ram);
        // probe_page_size_mask(): PSE always (no debug_pagealloc); 1G when direct_gbpages && GBPAGES
        this.pageSizeMask = M2 | (cfg.gbpages ? G1 : 0);
        this.prot = Prot.pageKernel(cfg.pti, cfg.memEncrypt);
    }

    /** memblock keeps adjacent memory regions merged; so does the model's RAM list. */
    private static List<MmuConfig.Ram> merged(List<MmuConfig.Ram> in) {
        List<MmuConfig.Ram> sorted = new ArrayList<>(in);
        sorted.sort((a, b) -> Long.compare(a.startPfn(), b.startPfn()));
        List<MmuConfig.Ram> out = new ArrayList<>();
        for (MmuConfig.Ram r : sorted) {
            int last = out.size() - 1;
            if (last >= 0 && r.startPfn() <= out.get(last).endPfn()) {
                MmuConfig.Ram p = out.get(last);
                out.set(last, new MmuConfig.Ram(p.startPfn(), Math.max(p.endPfn(), r.endPfn())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    static void initMemMapping(DirectMapTable t, MmuConfig cfg) {
        new DirectMapBoot(t, cfg).run(cfg.maxPfn());
    }

    private void run(long maxPfn) {
        initMemoryMapping(0, ISA_END_PFN);
        memoryMapTopDown(ISA_END_PFN, maxPfn);
    }

    /** memory_map_top_down(): real_end is the top PMD-aligned 2M block memblock would hand out. */
    private void memoryMapTopDown(long mapStart, long mapEnd) {
        long realEnd = topPmdBlockEnd(mapStart, mapEnd);
        long step = PMD_PFNS;
        long mapped = 0;
        long lastStart = realEnd;
        while (lastStart > mapStart) {
            long start;
            if (lastStart > step) {
                start = roundDown(lastStart - 1, step);
                if (start < mapStart) {
                    start = mapStart;
                }
            } else {
                start = mapStart;
            }
            mapped += initRangeMemoryMapping(start, lastStart);
            lastStart = start;
            if (mapped >= step) {
                step = step << (21 - 12 - 1); // get_new_step_size()
            }
        }
        if (realEnd < mapEnd) {
            initRangeMemoryMapping(realEnd, mapEnd);
        }
    }

    private long topPmdBlockEnd(long mapStart, long mapEnd) {
        for (int i = ram.size() - 1; i >= 0; i--) {
            MmuConfig.Ram r = ram.get(i);
            long hi = roundDown(Math.min(r.endPfn(), mapEnd), PMD_PFNS);
            if (hi - PMD_PFNS >= Math.max(r.startPfn(), mapStart)) {
                return hi;
            }
        }
        return Math.max(mapStart, roundDown(mapEnd, PMD_PFNS));
    }

    private long initRangeMemoryMapping(long rStart, long rEnd) {
        long size = 0;
        for (MmuConfig.Ram r : ram) {
            long s = Math.min(Math.max(r.startPfn(), rStart), rEnd);
            long e = Math.min(Math.max(r.endPfn(), rStart), rEnd);
            if (s >= e) {
                continue;
            }
            initMemoryMapping(s, e);
            size += e - s;
        }
        return size;
    }

    private void initMemoryMapping(long start, long end) {
        for (MapRange mr : splitMemRange(start, end)) {
            kernelPhysicalMappingInit(mr.start, mr.end, mr.mask);
        }
    }

    /** split_mem_range() for CONFIG_X86_64, with adjust_range_page_size_mask() and the merge loop. */
    private List<MapRange> splitMemRange(long startPfn0, long limitPfn) {
        List<MapRange> mr = new ArrayList<>();
        long pfn = startPfn0;
        long endPfn = Math.min(roundUp(pfn, PMD_PFNS), limitPfn);
        if (startPfn0 < endPfn) {
            mr.add(new MapRange(startPfn0, endPfn, 0));
            pfn = endPfn;
        }
        long startPfn = roundUp(pfn, PMD_PFNS);
        endPfn = roundUp(pfn, PUD_PFNS);
        if (endPfn > roundDown(limitPfn, PMD_PFNS)) {
            endPfn = roundDown(limitPfn, PMD_PFNS);
        }
        if (startPfn < endPfn) {
            mr.add(new MapRange(startPfn, endPfn, pageSizeMask & M2));
            pfn = endPfn;
        }
        startPfn = roundUp(pfn, PUD_PFNS);
        endPfn = roundDown(limitPfn, PUD_PFNS);
        if (startPfn < endPfn) {
            mr.add(new MapRange(startPfn, endPfn, pageSizeMask & (M2 | G1)));
            pfn = endPfn;
        }
        startPfn = roundUp(pfn, PMD_PFNS);
        endPfn = roundDown(limitPfn, PMD_PFNS);
        if (startPfn < endPfn) {
            mr.add(new MapRange(startPfn, endPfn, pageSizeMask & M2));
            pfn = endPfn;
        }
        mr.add(new MapRange(pfn, limitPfn, 0));
        for (int i = 0; i < mr.size(); i++) {
            MapRange r = mr.get(i);
            int m = r.mask;
            if ((pageSizeMask & M2) != 0 && (m & M2) == 0
                    && isRegionMemory(roundDown(r.start, PMD_PFNS), roundUp(r.end, PMD_PFNS))) {
                m |= M2;
            }
            if ((pageSizeMask & G1) != 0 && (m & G1) == 0
                    && isRegionMemory(roundDown(r.start, PUD_PFNS), roundUp(r.end, PUD_PFNS))) {
                m |= G1;
            }
            mr.set(i, new MapRange(r.start, r.end, m));
        }
        for (int i = 0; mr.size() > 1 && i < mr.size() - 1; i++) {
            MapRange a = mr.get(i);
            MapRange b = mr.get(i + 1);
            if (a.end != b.start || a.mask != b.mask) {
                continue;
            }
            mr.set(i, new MapRange(a.start, b.end, a.mask));
            mr.remove(i + 1);
            i--;
        }
        mr.removeIf(r -> r.start >= r.end);
        return mr;
    }

    /** memblock_is_region_memory(): the whole range lies inside one memory range. */
    private boolean isRegionMemory(long s, long e) {
        for (MmuConfig.Ram r : ram) {
            if (s >= r.startPfn() && e <= r.endPfn()) {
                return true;
            }
        }
        return false;
    }

    /** e820__mapped_any(E820_TYPE_RAM). */
    private boolean anyRam(long s, long e) {
        for (MmuConfig.Ram r : ram) {
            if (r.startPfn() < e && s < r.endPfn()) {
                return true;
            }
        }
        return false;
    }

    private void kernelPhysicalMappingInit(long start, long end, int mask) {
        // PGD/P4D levels always exist in the model; walk one PUD page per 512 GiB is implicit.
        long p = start;
        while (p < end) {
            long next = Math.min(roundDown(p, PUD_PFNS << 9) + (PUD_PFNS << 9), end);
            physPudInit(p, end, mask);
            p = next;
        }
    }

    private void physPudInit(long paddr, long paddrEnd, int mask) {
        long pages = 0;
        int i = (int) (paddr >>> 18);
        int last = (int) ((roundDown(paddr, PUD_PFNS << 9) >>> 18) + 511);
        for (; i <= last && i < t.pud.length; i++, paddr = (long) i << 18) {
            long next = ((long) i + 1) << 18;
            int e = t.pud[i];
            if (paddr >= paddrEnd) {
                if (!anyRam((long) i << 18, next)) {
                    t.pud[i] = 0;
                }
                continue;
            }
            int pr = prot;
            if (!DirectMapTable.isNone(e)) {
                if (DirectMapTable.isTable(e)) {
                    physPmdInit(DirectMapTable.tableIndex(e), paddr, paddrEnd, mask, pr);
                    continue;
                }
                if ((mask & G1) != 0) {
                    pages++;
                    continue;
                }
                pr = DirectMapTable.prot(e) & ~Prot.PSE;
            }
            if ((mask & G1) != 0) {
                pages++;
                t.pud[i] = DirectMapTable.leaf(pr | Prot.PSE);
                continue;
            }
            int pmd = t.newPmdTable(-1);
            physPmdInit(pmd, paddr, paddrEnd, mask, pr);
            t.pud[i] = DirectMapTable.TABLE | pmd;
        }
        t.directPagesCount[DirectMapTable.L1G] += pages;
    }

    private void physPmdInit(int table, long paddr, long paddrEnd, int mask, int pr0) {
        long pages = 0;
        long base = roundDown(paddr, PUD_PFNS);
        for (int i = (int) ((paddr >>> 9) & 511); i < 512; i++, paddr = base + ((long) i << 9)) {
            long start = base + ((long) i << 9);
            int pos = table * 512 + i;
            int e = t.pmd.entries[pos];
            if (paddr >= paddrEnd) {
                if (!anyRam(start, start + PMD_PFNS)) {
                    t.pmd.entries[pos] = 0;
                }
                continue;
            }
            int pr = pr0;
            if (!DirectMapTable.isNone(e)) {
                if (DirectMapTable.isTable(e)) {
                    physPteInit(DirectMapTable.tableIndex(e), paddr, paddrEnd, pr);
                    continue;
                }
                if ((mask & M2) != 0) {
                    pages++;
                    continue;
                }
                pr = DirectMapTable.prot(e) & ~Prot.PSE;
            }
            if ((mask & M2) != 0) {
                pages++;
                t.pmd.entries[pos] = DirectMapTable.leaf(pr | Prot.PSE);
                continue;
            }
            int pte = t.newPteTable(-1);
            physPteInit(pte, paddr, paddrEnd, pr);
            t.pmd.entries[pos] = DirectMapTable.TABLE | pte;
        }
        t.directPagesCount[DirectMapTable.L2M] += pages;
    }

    private void physPteInit(int table, long paddr, long paddrEnd, int pr) {
        long pages = 0;
        long base = roundDown(paddr, PMD_PFNS);
        for (int i = (int) (paddr & 511); i < 512; i++) {
            long p = base + i;
            int pos = table * 512 + i;
            if (p >= paddrEnd) {
                if (!anyRam(p, p + 1)) {
                    t.pte.entries[pos] = 0;
                }
                continue;
            }
            if (!DirectMapTable.isNone(t.pte.entries[pos])) {
                pages++;
                continue;
            }
            pages++;
            t.pte.entries[pos] = DirectMapTable.leaf(pr);
        }
        t.directPagesCount[DirectMapTable.L4K] += pages;
    }

    static long roundDown(long x, long a) {
        return x & -a;
    }

    static long roundUp(long x, long a) {
        return (x + a - 1) & -a;
    }
}
