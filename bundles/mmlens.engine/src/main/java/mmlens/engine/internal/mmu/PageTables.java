package mmlens.engine.internal.mmu;

import java.util.Arrays;

import mmlens.engine.Gfp;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.PageSource;

/**
 * User page tables: 4 levels (PGD, PUD, PMD, PTE) of 512 {@code long} entries per table page,
 * each table backed by a page-source page (GFP_PGTABLE_USER). Tables live in one pool indexed by
 * slot. Entry encoding:
 *
 * <pre>
 *   0                          none
 *   TABLE | slot               next-level table
 *   pfn &lt;&lt; 12 | prot          leaf (PTE, or PMD with PSE), prot bits of {@link Prot}
 *   MIGRATION | pfn &lt;&lt; 12 | RW  non-present migration entry (RW = was writable)
 * </pre>
 *
 * A position ("pos") is {@code slot << 9 | index}.
 */
public final class PageTables {
    static final long TABLE = 1L << 62;
    static final long MIGRATION = 1L << 61;
    private static final long PFN_MASK = ((1L << 40) - 1) << 12;
    /** GFP_PGTABLE_USER = GFP_KERNEL | __GFP_ZERO | __GFP_ACCOUNT */
    static final int GFP_PGTABLE_USER = Gfp.GFP_KERNEL | Gfp.ZERO | Gfp.ACCOUNT;

    private final MmuCore core;
    long[][] tables = new long[64][];
    long[] backing = new long[64];
    int[] owner = new int[64];
    int slots;
    private final IntStack free = new IntStack();
    int live;
    /**
     * Walk cache: the PMD table slot of the last 1 GiB region walked (mm id, va &gt;&gt;&gt; 30), valid while
     * {@link #walkGen} is unchanged. Bumped whenever a PGD or PUD entry may stop pointing where it
     * did (a table freed, an entry cleared); PMD entries are always read from the table itself.
     */
    private int cacheMm = -1;
    private long cacheTag;
    private int cachePmd;
    private int cacheGen;
    private int walkGen;

    PageTables(MmuCore core) {
        this.core = core;
    }

    static long leaf(long pfn, int prot) {
        return pfn << 12 | (prot & 0xFFF);
    }

    static long pfnOf(long e) {
        return (e & PFN_MASK) >>> 12;
    }

    static boolean isTable(long e) {
        return (e & TABLE) != 0;
    }

    static boolean isMigration(long e) {
        return (e & MIGRATION) != 0;
    }

    static boolean isPresentLeaf(long e) {
        return e != 0 && !isTable(e) && (e & Prot.PRESENT) != 0;
    }

    static int slotOf(long e) {
        return (int) (e & 0xFFFFFFFL);
    }

    /** The pfn va maps to through leaf e (a PMD leaf maps 512 pages). */
    static long pfnAt(long e, long va, boolean pmd) {
        long p = pfnOf(e);
        return pmd ? p + ((va >>> 12) & 511) : p;
    }

    static String describe(long e) {
        if (e == 0) {
            return "none";
        }
        if (isMigration(e)) {
            return "migration entry for pfn 0x" + Long.toHexString(pfnOf(e));
        }
        return "pfn 0x" + Long.toHexString(pfnOf(e)) + " " + Prot.describe((int) (e & 0xFFF));
    }

    /** pte_alloc_one()/pmd_alloc_one(): a zeroed table page; -1 when the page source is empty. */
    int allocTable(int cpu, MmStruct mm) {
        long pfn = core.src.allocPages(cpu, 0, GFP_PGTABLE_USER);
        if (pfn == PageSource.NO_PAGE) {
            return -1;
        }
        int s = free.isEmpty() ? slots++ : free.pop();
        if (s >= tables.length) {
            tables = Arrays.copyOf(tables, s * 2);
            backing = Arrays.copyOf(backing, s * 2);
            owner = Arrays.copyOf(owner, s * 2);
        }
        if (tables[s] == null) {
            tables[s] = new long[512];
        } else {
            Arrays.fill(tables[s], 0);
        }
        backing[s] = pfn;
        owner[s] = mm.id;
        live++;
        mm.ptPages++;
        core.stats.inc(MmuStat.PGTABLE_ALLOC);
        core.stats.cycles += core.costs.pageAlloc;
        return s;
    }

    /** Frees a table page (after the flush that covered it: tlb_remove_table semantics). */
    void freeTable(int cpu, int s) {
        walkGen++;
        MmStruct mm = core.mm(owner[s]);
        mm.ptPages--;
        live--;
        free.push(s);
        core.checker.onFree(cpu, backing[s], 0);
        core.src.freePages(cpu, backing[s], 0);
        core.stats.inc(MmuStat.PGTABLE_FREE);
    }

    /** Forgets the cached PGD/PUD walk (call when clearing a PGD or PUD entry). */
    void invalidateWalkCache() {
        walkGen++;
    }

    /**
     * The PMD table slot for va in mm when the PGD and PUD entries exist, else -1; never allocates.
     * Served by the walk cache when it holds va's region.
     */
    private int pmdSlot(MmStruct mm, long va) {
        long tag = va >>> 30;
        if (tag == cacheTag && mm.id == cacheMm && cacheGen == walkGen) {
            return cachePmd;
        }
        long g = tables[mm.pgd][idx(va, 39)];
        if (g == 0) {
            return -1;
        }
        long u = tables[slotOf(g)][idx(va, 30)];
        if (u == 0) {
            return -1;
        }
        int s = slotOf(u);
        cacheTag = tag;
        cacheMm = mm.id;
        cacheGen = walkGen;
        cachePmd = s;
        return s;
    }

    long read(long pos) {
        return tables[(int) (pos >>> 9)][(int) (pos & 511)];
    }

    void write(long pos, long e) {
        tables[(int) (pos >>> 9)][(int) (pos & 511)] = e;
        if (e != 0) {
            core.stats.inc(MmuStat.PTES_SET);
        }
    }

    static int idx(long va, int shift) {
        return (int) ((va >>> shift) & 511);
    }

    /**
     * Position of the PMD entry for va, allocating PUD/PMD tables when {@code alloc}.
     *
     * @return position, or -1 if absent (or allocation failed)
     */
    long pmdPos(int cpu, MmStruct mm, long va, boolean alloc) {
        int cached = pmdSlot(mm, va);
        if (cached >= 0) {
            return (long) cached << 9 | idx(va, 21);
        }
        long[] pgd = tables[mm.pgd];
        int gi = idx(va, 39);
        if (pgd[gi] == 0) {
            if (!alloc) {
                return -1;
            }
            int s = allocTable(cpu, mm);
            if (s < 0) {
                return -1;
            }
            pgd[gi] = TABLE | s;
        }
        long[] pud = tables[slotOf(pgd[gi])];
        int ui = idx(va, 30);
        if (pud[ui] == 0) {
            if (!alloc) {
                return -1;
            }
            int s = allocTable(cpu, mm);
            if (s < 0) {
                return -1;
            }
            pud[ui] = TABLE | s;
        }
        return (long) slotOf(pud[ui]) << 9 | idx(va, 21);
    }

    /**
     * Position of the PTE for va, allocating a PTE table when {@code alloc} and the PMD is none.
     *
     * @return position, -1 if absent, -2 if the PMD is a leaf (huge) or a migration entry
     */
    long ptePos(int cpu, MmStruct mm, long va, boolean alloc) {
        long mp = pmdPos(cpu, mm, va, alloc);
        if (mp < 0) {
            return -1;
        }
        return ptePosAt(cpu, mm, mp, va, alloc);
    }

    /** {@link #ptePos} for a caller that already holds va's PMD position {@code mp}. */
    long ptePosAt(int cpu, MmStruct mm, long mp, long va, boolean alloc) {
        long m = read(mp);
        if (m == 0) {
            if (!alloc) {
                return -1;
            }
            int s = allocTable(cpu, mm);
            if (s < 0) {
                return -1;
            }
            m = TABLE | s;
            write(mp, m);
        }
        if (!isTable(m)) {
            return -2;
        }
        return (long) slotOf(m) << 9 | idx(va, 12);
    }

    /**
     * A hardware walk: the leaf entry for va, or 0. Sets {@link #lastWalkPmd} when the leaf is a
     * PMD. Counts the levels read into {@link #lastWalkLevels}.
     */
    long walk(MmStruct mm, long va) {
        lastWalkPmd = false;
        int ps = pmdSlot(mm, va);
        if (ps < 0) {
            // the walk stopped at the PGD (1 level read) or the PUD (2)
            lastWalkLevels = tables[mm.pgd][idx(va, 39)] == 0 ? 1 : 2;
            return 0;
        }
        lastWalkLevels = 3;
        long m = tables[ps][idx(va, 21)];
        if (m == 0) {
            return 0;
        }
        if (!isTable(m)) {
            lastWalkPmd = true;
            return m;
        }
        lastWalkLevels++;
        return tables[slotOf(m)][idx(va, 12)];
    }

    boolean lastWalkPmd;
    int lastWalkLevels;

    public int liveTables() {
        return live;
    }

    /** Bytes of user page-table state (the table arrays themselves plus slot bookkeeping). */
    public long stateBytes() {
        return (long) live * 512 * 8 + slots * 12L;
    }
}
