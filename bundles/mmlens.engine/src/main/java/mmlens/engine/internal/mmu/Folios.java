package mmlens.engine.internal.mmu;

import java.util.ArrayDeque;
import java.util.Arrays;

import mmlens.engine.mmu.AnonOrderPolicy;
import mmlens.engine.mmu.FolioOrderPolicy;
import mmlens.engine.mmu.MmuStat;
import mmlens.engine.mmu.MthpStat;
import mmlens.engine.mmu.PageSource;

/**
 * Folio metadata in per-pfn arrays (no object per page). For every pfn: the order of the folio
 * containing it (-1 when the model does not own the page) and its PTE mapcount. At the head pfn:
 * flags, refcount, entire (PMD) mapcount, total mapcount (folio_mapcount()), anon_vma id and
 * index (first virtual page number). A pfn's head is {@code pfn & -(1 << order[pfn])}, as folios
 * are naturally aligned.
 */
public final class Folios {
    public static final int F_ANON = 1;
    public static final int F_ISOLATED = 2;
    /** On the deferred split queue (folio_test_partially_mapped / deferred_list). */
    public static final int F_DEFERRED = 4;
    public static final int F_PARTIAL = 8;
    /** The shared zero page / huge zero folio: never freed, never counted. */
    public static final int F_ZERO = 16;

    private final MmuCore core;
    final byte[] order;
    final byte[] flags;
    final int[] ref;
    final short[] mapcount;
    final int[] entire;
    final int[] total;
    final int[] anonVma;
    final int[] index;
    /** deferred_split_queue (head pfns, FIFO). */
    final ArrayDeque<Long> deferred = new ArrayDeque<>();
    /** Live anon folios per order (nr_anon) and pages owned. */
    long ownedPages;

    Folios(MmuCore core, long endPfn) {
        this.core = core;
        int n = (int) endPfn;
        order = new byte[n];
        Arrays.fill(order, (byte) -1);
        flags = new byte[n];
        ref = new int[n];
        mapcount = new short[n];
        entire = new int[n];
        total = new int[n];
        anonVma = new int[n];
        index = new int[n];
    }

    public static long head(long pfn, int order) {
        return pfn & -(1L << order);
    }

    /** Head pfn of the folio containing pfn, or -1 if the model does not own the page. */
    public long headOf(long pfn) {
        int o = order[(int) pfn];
        return o < 0 ? -1 : pfn & -(1L << o);
    }

    public int orderOf(long head) {
        return order[(int) head];
    }

    /** folio_alloc(): a new folio with refcount 1, or -1. */
    long alloc(int cpu, int o, int gfp, boolean anon) {
        long pfn = core.src.allocPages(cpu, o, gfp);
        core.stats.cycles += core.costs.pageAlloc;
        if (pfn == PageSource.NO_PAGE) {
            return -1;
        }
        int h = (int) pfn;
        int n = 1 << o;
        Arrays.fill(order, h, h + n, (byte) o);
        Arrays.fill(mapcount, h, h + n, (short) 0);
        flags[h] = (byte) (anon ? F_ANON : 0);
        ref[h] = 1;
        entire[h] = 0;
        total[h] = 0;
        anonVma[h] = 0;
        ownedPages += n;
        if (anon) {
            core.stats.mthp(o, MthpStat.NR_ANON, 1);
        }
        core.log.event(EventLog.ALLOC, cpu, pfn, o, 0);
        return pfn;
    }

    void get(long head, int n) {
        ref[(int) head] += n;
    }

    /** folio_put_refs(): frees the folio when the count drops to zero. */
    void put(int cpu, long head, int n) {
        int h = (int) head;
        if ((flags[h] & F_ZERO) != 0) {
            return;
        }
        ref[h] -= n;
        if (ref[h] < 0) {
            throw new IllegalStateException("folio refcount underflow at pfn " + head);
        }
        if (ref[h] == 0) {
            free(cpu, head);
        }
    }

    private void free(int cpu, long head) {
        int h = (int) head;
        int o = order[h];
        if (total[h] != 0) {
            throw new IllegalStateException("freeing mapped folio pfn " + head);
        }
        if ((flags[h] & F_DEFERRED) != 0) {
            deferred.remove(head);
            if ((flags[h] & F_PARTIAL) != 0) {
                core.stats.mthp(o, MthpStat.NR_ANON_PARTIALLY_MAPPED, -1);
            }
        }
        if ((flags[h] & F_ANON) != 0) {
            core.stats.mthp(o, MthpStat.NR_ANON, -1);
        }
        int n = 1 << o;
        Arrays.fill(order, h, h + n, (byte) -1);
        flags[h] = 0;
        ownedPages -= n;
        core.checker.onFree(cpu, head, o);
        core.log.event(EventLog.FREE, cpu, head, o, 0);
        core.src.freePages(cpu, head, o);
        core.stats.cycles += core.costs.pageAlloc + core.costs.folioRelease;
    }

    /** Marks a folio as the zero page / huge zero folio: pinned forever, never freed. */
    void makeZero(long head) {
        flags[(int) head] |= F_ZERO;
        ref[(int) head] = Integer.MAX_VALUE / 2;
    }

    boolean isZero(long head) {
        return (flags[(int) head] & F_ZERO) != 0;
    }

    public int refcount(long head) {
        return ref[(int) head];
    }

    /** folio_mapcount() */
    public int mapcount(long head) {
        return total[(int) head];
    }

    public int pageMapcount(long pfn) {
        return mapcount[(int) pfn];
    }

    public int entireMapcount(long head) {
        return entire[(int) head];
    }

    public int flags(long head) {
        return flags[(int) head];
    }

    /** PTE-maps page pfn of folio head (folio_add_anon_rmap_ptes for one page). */
    void addPteMap(long head, long pfn) {
        mapcount[(int) pfn]++;
        total[(int) head]++;
    }

    /**
     * Removes one PTE mapping (folio_remove_rmap_pte); queues a partially mapped large anon folio.
     * Under {@link AnonOrderPolicy#RFC_V1} (v6.3 page_remove_rmap()) only PMD-mappable folios are
     * queued.
     */
    void removePteMap(long head, long pfn) {
        int h = (int) head;
        mapcount[(int) pfn]--;
        total[h]--;
        int o = order[h];
        boolean queues = core.cfg.anonPolicy == AnonOrderPolicy.MAINLINE || o == FolioOrderPolicy.PMD_ORDER;
        if (o > 0 && (flags[h] & F_ANON) != 0 && total[h] > 0 && entire[h] == 0 && queues) {
            deferredSplitFolio(head, true);
        }
    }

    void addPmdMap(long head) {
        entire[(int) head]++;
        total[(int) head]++;
    }

    void removePmdMap(long head) {
        entire[(int) head]--;
        total[(int) head]--;
    }

    /**
     * deferred_split_folio(folio, partially_mapped): order &lt;= 1 folios are never queued, which is
     * why an order-1 anon folio cannot be reclaimed by splitting (the checker reports it).
     */
    void deferredSplitFolio(long head, boolean partiallyMapped) {
        int h = (int) head;
        int o = order[h];
        if (o <= 1) {
            if (o == 1 && (flags[h] & F_ANON) != 0) {
                core.checker.unsplittable(head, "partially mapped order-1 anon folio cannot be queued for deferred split");
            }
            return;
        }
        if ((flags[h] & F_PARTIAL) == 0 && partiallyMapped) {
            flags[h] |= F_PARTIAL;
            if (o == FolioOrderPolicy.PMD_ORDER) {
                core.stats.inc(MmuStat.THP_DEFERRED_SPLIT_PAGE);
            }
            core.stats.mthp(o, MthpStat.SPLIT_DEFERRED, 1);
            core.stats.mthp(o, MthpStat.NR_ANON_PARTIALLY_MAPPED, 1);
        }
        if ((flags[h] & F_DEFERRED) == 0) {
            flags[h] |= F_DEFERRED;
            deferred.add(head);
        }
    }

    /** Bytes of per-pfn folio state. */
    public long stateBytes() {
        long n = order.length;
        return n * (1 + 1 + 4 + 2 + 4 + 4 + 4 + 4);
    }

    public long ownedPages() {
        return ownedPages;
    }
}
