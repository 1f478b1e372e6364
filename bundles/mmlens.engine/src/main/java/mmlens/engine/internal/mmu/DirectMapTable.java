package mmlens.engine.internal.mmu;

/**
 * The kernel direct map (PAGE_OFFSET + pa) as a 3-level table over physical memory: one PUD entry
 * per GiB, PMD tables of 512 entries per GiB, PTE tables of 512 entries per 2 MiB. The direct map
 * is an identity map, so entries store only protections; the pfn is implied by the position.
 *
 * <pre>
 *  pud[pfn &gt;&gt; 18] --TABLE--&gt; pmd.entries[t*512 + ((pfn &gt;&gt; 9) &amp; 511)] --TABLE--&gt; pte.entries[t*512 + (pfn &amp; 511)]
 *        \--leaf (1G)                  \--leaf (2M)                              \--leaf (4K)
 * </pre>
 *
 * Entry encoding (int): 0 = none; negative = {@code TABLE | tableIndex}; otherwise a leaf
 * {@code MAPPED | prot} (a leaf may be non-present, e.g. after set_memory_np, and is still not
 * none, as the kernel's entry keeps its pfn). Levels are the kernel's PG_LEVEL_4K=1, 2M=2, 1G=3.
 */
public final class DirectMapTable {
    public static final int L4K = 1;
    public static final int L2M = 2;
    public static final int L1G = 3;
    static final int TABLE = 1 << 31;
    static final int MAPPED = 1 << 20;
    public static final int PTRS = 512;

    final int[] pud;
    /** PMD tables (one per GiB that is not a 1G leaf) and PTE tables (one per 2M not a 2M leaf). */
    final TablePool pmd = new TablePool();
    final TablePool pte = new TablePool();
    /** direct_pages_count[PG_LEVEL_*]: entries (not pages) per level, as arch_report_meminfo() prints. */
    public final long[] directPagesCount = new long[4];

    public DirectMapTable(long maxPfn) {
        pud = new int[(int) ((maxPfn + (1L << 18) - 1) >>> 18)];
    }

    public static boolean isTable(int e) {
        return e < 0;
    }

    public static boolean isNone(int e) {
        return e == 0;
    }

    public static int leaf(int prot) {
        return MAPPED | prot;
    }

    public static int prot(int e) {
        return e & ~MAPPED;
    }

    public static int tableIndex(int e) {
        return e & ~TABLE;
    }

    /** A new zeroed PMD table backed by page-table page {@code pfn} (-1 for boot/brk pages). */
    int newPmdTable(long pfn) {
        return pmd.alloc(pfn);
    }

    int newPteTable(long pfn) {
        return pte.alloc(pfn);
    }

    /** Releases a PMD table slot; returns the backing pfn (-1 for boot pages). */
    long releasePmdTable(int t) {
        return pmd.release(t);
    }

    long releasePteTable(int t) {
        return pte.release(t);
    }

    /** Live table pages (PMD + PTE tables) below the PUD level. */
    public int liveTables() {
        return pmd.live() + pte.live();
    }

    /**
     * lookup_address() for the direct-map address of {@code pfn}: the level of the entry that maps
     * it (or would: a none entry at the level where the walk stopped), packed with its position.
     *
     * @return {@code level << 40 | position}; position indexes {@link #pud}, {@code pmd.entries} or
     *         {@code pte.entries} for levels 3, 2, 1
     */
    public long lookup(long pfn) {
        int pi = (int) (pfn >>> 18);
        if (pi >= pud.length) {
            return ((long) L1G << 40) | -1L & 0xFFFFFFFFFFL;
        }
        int e = pud[pi];
        if (!isTable(e)) {
            return ((long) L1G << 40) | pi;
        }
        int mpos = tableIndex(e) * PTRS + (int) ((pfn >>> 9) & 511);
        int m = pmd.entries[mpos];
        if (!isTable(m)) {
            return ((long) L2M << 40) | mpos;
        }
        return ((long) L4K << 40) | (tableIndex(m) * PTRS + (int) (pfn & 511));
    }

    public static int level(long handle) {
        return (int) (handle >>> 40);
    }

    public static int position(long handle) {
        return (int) (handle & 0xFFFFFFFFFFL);
    }

    public int read(long handle) {
        int pos = position(handle);
        switch (level(handle)) {
            case L1G:
                return pos < 0 || pos >= pud.length ? 0 : pud[pos];
            case L2M:
                return pmd.entries[pos];
            default:
                return pte.entries[pos];
        }
    }

    public void write(long handle, int e) {
        int pos = position(handle);
        switch (level(handle)) {
            case L1G:
                pud[pos] = e;
                break;
            case L2M:
                pmd.entries[pos] = e;
                break;
            default:
                pte.entries[pos] = e;
        }
    }

    /** Effective protection of the leaf mapping pfn, or 0 if none. */
    public int protOf(long pfn) {
        // the walk of lookup() + read(), without packing and unpacking the handle (a check per freed page)
        int pi = (int) (pfn >>> 18);
        if (pi >= pud.length) {
            return 0;
        }
        int e = pud[pi];
        if (isTable(e)) {
            e = pmd.entries[tableIndex(e) * PTRS + (int) ((pfn >>> 9) & 511)];
            if (isTable(e)) {
                e = pte.entries[tableIndex(e) * PTRS + (int) (pfn & 511)];
            }
        }
        return isNone(e) || isTable(e) ? 0 : prot(e);
    }

    /** Page size level of the leaf mapping pfn (1, 2, 3), or 0 when unmapped. */
    public int levelOf(long pfn) {
        long h = lookup(pfn);
        return isNone(read(h)) ? 0 : level(h);
    }

    /** Bytes of model state for the direct map (entries + backing-pfn arrays). */
    public long stateBytes() {
        return pud.length * 4L + pmd.entries.length * 4L + pte.entries.length * 4L + pmd.pfn.length * 8L + pte.pfn.length * 8L;
    }
}
