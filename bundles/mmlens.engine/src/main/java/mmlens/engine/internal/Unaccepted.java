package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.CostModel;
import mmlens.engine.VmEvent;

/**
 * Unaccepted memory (CONFIG_UNACCEPTED_MEMORY) of one machine and the strategy that accepts it,
 * chosen by the {@code unaccepted} knob. Which memory starts unaccepted is the EFI unaccepted
 * table's bitmap: one bit per 2 MiB unit (EFI_UNACCEPTED_UNIT_SIZE, {@link #UNIT_PAGES} pages),
 * indexed by {@code pfn >> 9}. {@link #acceptMemory} is drivers/firmware/efi/unaccepted_memory.c's
 * accept_memory(): it accepts whole units, one unit more when the range ends on a unit boundary
 * (the load_unaligned_zeropad() guard), and charges {@link CostModel.Op#ACCEPT_2M} per unit it
 * really accepts; {@link #rangeContainsUnaccepted} is range_contains_unaccepted_memory() with
 * the same guard. The allocator calls in at the places each design hooks:
 * <ul>
 * <li>{@link Strategy#ZONE_LIST} (Linux 6.18): __free_pages_core() queues MAX_PAGE_ORDER chunks
 * holding unaccepted memory on {@code zone->unaccepted_pages} (__free_unaccepted(), accounted as
 * free MOVABLE pages and NR_UNACCEPTED) and accepts smaller ones at once;
 * get_page_from_freelist() calls cond_accept_memory(), which accepts chunks
 * (try_to_accept_memory_one(), __accept_page()) until the accepted free pages reach the promo
 * watermark.</li>
 * <li>{@link Strategy#BUDDY_FLAG} (the v7 patch of seed 001): every page reaches the buddy
 * allocator; PageUnaccepted on a free block's head says it needs acceptance; __free_one_page()
 * carries the flag through merges (FPI_UNACCEPTED_SLOWPATH checks new memory at boot), expand()
 * copies it to split-off halves, post_alloc_hook() accepts (accept_page()).
 * {@link Strategy#BUDDY_FLAG_NO_MERGE_CARRY} leaves out the merge hunk, a deliberate gap.</li>
 * <li>{@link Strategy#EAGER}: accept_memory=eager (lazy_accept false): __free_pages_core()
 * accepts everything during boot.</li>
 * <li>{@link Strategy#BACKGROUND}: the zone list plus a thread accepting one chunk every
 * {@code accept_every} workload operations ({@link #tick}).</li>
 * </ul>
 * Acceptance during boot is charged like any other work and also summed in {@link #bootAcceptNs}.
 */
public final class Unaccepted {
    /** The strategies of the {@code unaccepted} knob. */
    public enum Strategy {
        ZONE_LIST("zone-list"), BUDDY_FLAG("buddy-flag"), BUDDY_FLAG_NO_MERGE_CARRY("buddy-flag-no-merge-carry"),
        EAGER("eager"), BACKGROUND("background");

        private final String knobValue;

        Strategy(String v) {
            this.knobValue = v;
        }

        public String knobValue() {
            return knobValue;
        }

        /** The strategy of a (normalised) {@code unaccepted} knob value. */
        public static Strategy of(String knobValue) {
            for (Strategy s : values()) {
                if (s.knobValue.equals(knobValue)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unaccepted = " + knobValue);
        }

        boolean buddyFlag() {
            return this == BUDDY_FLAG || this == BUDDY_FLAG_NO_MERGE_CARRY;
        }

        boolean zoneList() {
            return this == ZONE_LIST || this == BACKGROUND;
        }
    }

    /** EFI_UNACCEPTED_UNIT_SIZE (PMD_SIZE) in 4 KiB pages. */
    public static final int UNIT_PAGES = 512;
    /** log2 of {@link #UNIT_PAGES}. */
    public static final int UNIT_SHIFT = 9;
    /** MAX_ORDER_NR_PAGES */
    public static final int MAX_ORDER_NR_PAGES = 1 << MAX_PAGE_ORDER;
    /** Samples of accepted memory over the workload ({@link #tick}): at 0, 1/N, ..., (N-1)/N of the ops. */
    public static final int SAMPLES = 20;

    /** Per-zone state: zone->unaccepted_pages, NR_UNACCEPTED and the PageUnaccepted bits. */
    static final class ZoneState {
        final IntDeque list = new IntDeque(64);
        long nrUnaccepted;
        long[] pageUnaccepted;
    }

    private final EngineContext ctx;
    private final Engine engine;
    final Strategy strategy;
    private final BitSet bitmap = new BitSet();
    /** Units the bitmap covers: accept_memory() never runs past its end. */
    private int bitmapUnits;
    private final Map<Zone, ZoneState> zones = new IdentityHashMap<>();
    private final int acceptEvery;
    /** Boot in progress: frees are __free_pages_core() (FPI_UNACCEPTED_SLOWPATH in the v7 design). */
    boolean booting;
    private long bootAcceptNs;
    private long acceptNs;
    private long initialUnits;
    private long unitsAtBootEnd;
    private long boot4kPages;
    private final long[] samples = new long[SAMPLES];
    private int samplesTaken;

    /**
     * @param acceptEvery workload operations per chunk the background thread accepts (BACKGROUND)
     */
    public Unaccepted(Engine engine, Strategy strategy, int acceptEvery) {
        this.engine = engine;
        this.ctx = engine.ctx;
        this.strategy = strategy;
        this.acceptEvery = Math.max(1, acceptEvery);
        this.booting = true;
        for (Zone z : engine.allZones()) {
            if (z.mem != null) {
                ZoneState st = new ZoneState();
                if (strategy.buddyFlag()) {
                    st.pageUnaccepted = new long[(z.mem.slots + 63) >>> 6];
                }
                zones.put(z, st);
            }
        }
    }

    /**
     * Marks the firmware's unaccepted memory before the boot frees: {@code pages} 4 KiB pages taken
     * from the top of the present ranges downward (reserved pages at a range's start excluded).
     * Whole 2 MiB units become bits of the bitmap; the pieces of the region that do not fill a
     * unit are accepted at once, page by page, as the EFI stub does with unaccepted memory that is
     * not 2 MiB aligned ({@link CostModel.Op#ACCEPT_4K}).
     *
     * @param ranges present ranges as {start, end, reserved}
     */
    public void markUnaccepted(List<int[]> ranges, long pages) {
        int top = 0;
        for (int[] r : ranges) {
            top = Math.max(top, r[1]);
        }
        bitmapUnits = (top + UNIT_PAGES - 1) >>> UNIT_SHIFT;
        long left = pages;
        List<int[]> sorted = new java.util.ArrayList<>(ranges);
        sorted.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] r : sorted) {
            if (left <= 0) {
                break;
            }
            int lo = r[0] + r[2];
            int hi = r[1];
            if (hi <= lo) {
                continue;
            }
            int start = (int) Math.max(lo, hi - left);
            left -= hi - start;
            int firstUnit = (start + UNIT_PAGES - 1) >>> UNIT_SHIFT;
            int endUnit = hi >>> UNIT_SHIFT;
            if (endUnit > firstUnit) {
                bitmap.set(firstUnit, endUnit);
                boot4kPages += ((long) firstUnit << UNIT_SHIFT) - start + hi - ((long) endUnit << UNIT_SHIFT);
            } else {
                boot4kPages += hi - start;
            }
        }
        initialUnits = bitmap.cardinality();
        charge(CostModel.Op.ACCEPT_4K, boot4kPages);
    }

    /** Whether the bitmap has any unaccepted unit in {@code [pfn, pfn + n)} (no guard unit). */
    public boolean containsUnaccepted(int pfn, long n) {
        int u0 = pfn >>> UNIT_SHIFT;
        long u1 = (pfn + n - 1) >>> UNIT_SHIFT;
        int next = bitmap.nextSetBit(u0);
        return next >= 0 && next <= u1;
    }

    /** range_contains_unaccepted_memory(): also looks at the next unit when the range ends on a unit. */
    boolean rangeContainsUnaccepted(int pfn, long n) {
        long end = pfn + n;
        if ((end & (UNIT_PAGES - 1)) == 0) {
            end += UNIT_PAGES;
        }
        end = Math.min(end, (long) bitmapUnits << UNIT_SHIFT);
        return end > pfn && containsUnaccepted(pfn, end - pfn);
    }

    /** accept_memory(): accepts the units of {@code [pfn, pfn + n)} and the guard unit; returns units accepted. */
    long acceptMemory(int pfn, long n) {
        long end = pfn + n;
        if ((end & (UNIT_PAGES - 1)) == 0) {
            end += UNIT_PAGES;
        }
        end = Math.min(end, (long) bitmapUnits << UNIT_SHIFT);
        if (end <= pfn) {
            return 0;
        }
        int u0 = pfn >>> UNIT_SHIFT;
        int u1 = (int) ((end + UNIT_PAGES - 1) >>> UNIT_SHIFT);
        long units = 0;
        for (int u = bitmap.nextSetBit(u0); u >= 0 && u < u1; u = bitmap.nextSetBit(u + 1)) {
            bitmap.clear(u);
            units++;
        }
        charge(CostModel.Op.ACCEPT_2M, units);
        return units;
    }

    private void charge(CostModel.Op op, long amount) {
        if (amount == 0) {
            return;
        }
        long c = ctx.costModel.cost(op, amount);
        ctx.charge(op, amount);
        if (booting) {
            bootAcceptNs += c;
        } else {
            acceptNs += c;
        }
    }

    // --- boot: __free_pages_core() ---

    /**
     * __free_pages_core()'s unaccepted check for a chunk freed at boot: true when the chunk went on
     * the zone's unaccepted list instead of the free lists (the caller skips it).
     */
    public boolean freePagesCore(Zone z, int pfn, int order) {
        if (strategy.buddyFlag() || !rangeContainsUnaccepted(pfn, 1L << order)) {
            return false;
        }
        if (order == MAX_PAGE_ORDER && strategy.zoneList()) {
            freeUnaccepted(z, pfn);
            return true;
        }
        acceptMemory(pfn, 1L << order);
        return false;
    }

    /** Called when the boot frees are done. */
    public void bootDone() {
        booting = false;
        unitsAtBootEnd = bitmap.cardinality();
    }

    /** __free_unaccepted() */
    private void freeUnaccepted(Zone z, int pfn) {
        ZoneState st = zones.get(z);
        st.list.addLast(pfn);
        engine.buddy.accountFreepages(z, MAX_ORDER_NR_PAGES, ctx.movable);
        st.nrUnaccepted += MAX_ORDER_NR_PAGES;
        z.mem.setState(pfn - z.mem.base, ZoneMem.K_UNACCEPTED, MAX_PAGE_ORDER, false);
    }

    // --- zone list: cond_accept_memory() ---

    /** NR_UNACCEPTED of a zone. */
    public long nrUnaccepted(Zone z) {
        ZoneState st = zones.get(z);
        return st == null ? 0 : st.nrUnaccepted;
    }

    /** try_to_accept_memory_one(): false when the zone's list is empty. */
    boolean tryToAcceptMemoryOne(Zone z) {
        ZoneState st = zones.get(z);
        if (st == null || st.list.isEmpty()) {
            return false;
        }
        int pfn = st.list.pollFirst();
        // __accept_page()
        engine.buddy.accountFreepages(z, -MAX_ORDER_NR_PAGES, ctx.movable);
        st.nrUnaccepted -= MAX_ORDER_NR_PAGES;
        z.mem.setState(pfn - z.mem.base, ZoneMem.K_FREE_TAIL, 0, false);
        acceptMemory(pfn, MAX_ORDER_NR_PAGES);
        // __free_pages_ok(page, MAX_PAGE_ORDER, FPI_TO_TAIL): free_one_page() counts PGFREE
        engine.freePath.splitLargeBuddy(z, pfn, MAX_PAGE_ORDER, true);
        ctx.count(VmEvent.PGFREE, MAX_ORDER_NR_PAGES);
        return true;
    }

    /**
     * cond_accept_memory(): accepts chunks until the zone's accepted free pages reach the promo
     * watermark ({@code promo_wmark - (NR_FREE_PAGES - unusable_free(order, 0) - NR_UNACCEPTED)}),
     * one chunk when the watermarks are still 0; true when it accepted anything.
     */
    public boolean condAcceptMemory(Zone z, int order, int allocFlags) {
        ZoneState st = zones.get(z);
        if (st == null || st.list.isEmpty()) {
            return false;
        }
        long wmark = z.wmark(Zone.WMARK_PROMO);
        if (wmark == 0) {
            return tryToAcceptMemoryOne(z);
        }
        long toAccept = wmark - (z.nrFreePages - engine.wm.unusableFree(z, order, 0) - st.nrUnaccepted);
        boolean ret = false;
        while (toAccept > 0) {
            if (!tryToAcceptMemoryOne(z)) {
                break;
            }
            ret = true;
            toAccept -= MAX_ORDER_NR_PAGES;
        }
        return ret;
    }

    // --- buddy flag: PageUnaccepted ---

    private boolean flag(Zone z, int pfn) {
        long[] b = zones.get(z).pageUnaccepted;
        int s = pfn - z.mem.base;
        return (b[s >>> 6] & (1L << s)) != 0;
    }

    private void setFlag(Zone z, int pfn, boolean on) {
        long[] b = zones.get(z).pageUnaccepted;
        int s = pfn - z.mem.base;
        if (on) {
            b[s >>> 6] |= 1L << s;
        } else {
            b[s >>> 6] &= ~(1L << s);
        }
    }

    /** Whether pfn carries PageUnaccepted (always false outside the buddy-flag strategies). */
    public boolean pageUnaccepted(Zone z, int pfn) {
        return strategy.buddyFlag() && flag(z, pfn);
    }

    /** __free_one_page() entry: takes PageUnaccepted off the freed page; true when it had it. */
    boolean freeEntry(Zone z, int pfn) {
        if (!strategy.buddyFlag() || !flag(z, pfn)) {
            return false;
        }
        setFlag(z, pfn, false);
        return true;
    }

    /** A merge step of __free_one_page(): the merged-in buddy's PageUnaccepted moves to the result. */
    boolean mergeIn(Zone z, int buddyPfn) {
        if (strategy != Strategy.BUDDY_FLAG || !flag(z, buddyPfn)) {
            return false; // BUDDY_FLAG_NO_MERGE_CARRY: the flag stays where it was
        }
        setFlag(z, buddyPfn, false);
        return true;
    }

    /** done_merging: PageUnaccepted on the final head (at boot: page_contains_unaccepted()). */
    void doneMerging(Zone z, int pfn, int order, boolean needsAcceptance) {
        if (!strategy.buddyFlag()) {
            return;
        }
        if (!needsAcceptance && booting) {
            needsAcceptance = rangeContainsUnaccepted(pfn, 1L << order);
        }
        if (needsAcceptance) {
            setFlag(z, pfn, true);
        }
    }

    /** expand(): the split-off half at {@code half} gets PageUnaccepted when the head has it. */
    void expandHalf(Zone z, int head, int half) {
        if (strategy.buddyFlag() && flag(z, head)) {
            setFlag(z, half, true);
        }
    }

    /** post_alloc_hook() -> accept_page(page, order) of the v7 design. */
    public void postAlloc(Zone z, int pfn, int order) {
        if (strategy.buddyFlag() && flag(z, pfn)) {
            acceptMemory(pfn, 1L << order);
            setFlag(z, pfn, false);
        }
    }

    // --- background thread and sampling ---

    /**
     * One workload operation: records the accepted-memory samples and, for {@link Strategy#BACKGROUND},
     * lets the thread accept one chunk every {@code accept_every} operations (from the first zone,
     * in node and zone order, that still has a list).
     */
    public void tick(long op, long ops) {
        while (samplesTaken < SAMPLES && op >= samplesTaken * ops / SAMPLES) {
            samples[samplesTaken++] = acceptedSinceBootUnits();
        }
        if (strategy == Strategy.BACKGROUND && op % acceptEvery == 0) {
            for (Zone z : engine.allZones()) {
                if (tryToAcceptMemoryOne(z)) {
                    break;
                }
            }
        }
    }

    private long acceptedSinceBootUnits() {
        return unitsAtBootEnd - bitmap.cardinality();
    }

    /** Units still unaccepted. */
    public long unacceptedUnits() {
        return bitmap.cardinality();
    }

    /** Units unaccepted when the machine came out of firmware. */
    public long initialUnits() {
        return initialUnits;
    }

    /** Units accepted after boot. */
    public long acceptedSinceBoot() {
        return acceptedSinceBootUnits();
    }

    /** Cost (model units, ns) of acceptance during boot, 4 KiB pieces included. */
    public long bootAcceptNs() {
        return bootAcceptNs;
    }

    /** Cost (model units, ns) of acceptance after boot. */
    public long acceptNs() {
        return acceptNs;
    }

    /** 4 KiB pages accepted one by one at boot (unit-unaligned pieces). */
    public long boot4kPages() {
        return boot4kPages;
    }

    /** Accepted-since-boot units at the sample points taken so far (see {@link #SAMPLES}). */
    public long[] samples() {
        return java.util.Arrays.copyOf(samples, samplesTaken);
    }

    public Strategy strategy() {
        return strategy;
    }

    /** The zone's unaccepted list, first to be accepted first. */
    int[] list(Zone z) {
        IntDeque l = zones.get(z).list;
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return a;
    }

    /** The PageUnaccepted bits of a zone (slot-indexed), null outside the buddy-flag strategies. */
    long[] flags(Zone z) {
        return zones.get(z).pageUnaccepted;
    }
}
