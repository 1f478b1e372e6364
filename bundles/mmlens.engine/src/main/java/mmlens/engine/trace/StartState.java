package mmlens.engine.trace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mmlens.engine.Machine;
import mmlens.engine.proc.ProcImporter;
import mmlens.engine.proc.ProcSnapshot;

/**
 * The state a replay starts from: a kernel's before /proc snapshot, its exact free map and a
 * migratetype for every pageblock. /proc gives only per-zone counts of pageblocks per type, so
 * the types are inferred:
 *
 * <pre>
 *   1. touched blocks   the first buddy-level event of the replayed window that touches the
 *                       pageblock names its type at the start:
 *                         extfrag                 fallback_migratetype (of every pageblock of the
 *                                                 fallback block)
 *                         zone_locked             migratetype (the free list = the block's type),
 *                                                 unless an extfrag of the same pfn follows (claim:
 *                                                 then the extfrag's fallback type)
 *                         pcpu_drain              migratetype (get_pfnblock_migratetype at drain)
 *   1b. recycled pages  a page freed to a per-cpu list and allocated again from it (no buddy
 *                       transition between) names its pageblock's type by the request's
 *                       migratetype (free_unref_page files pages under their block's type)
 *   2. free big blocks  untouched pageblocks inside a free block of order &gt;= pageblock_order take
 *                       the types pagetypeinfo lists for free blocks of that order, minus the
 *                       touched ones
 *   3. the rest         untouched pageblocks take the zone's leftover counts: those holding
 *                       the kernel's own allocations (kpageflags: allocated, not LRU, not
 *                       PG_reserved), most first, the non-movable types in migratetype order;
 *                       the others (boot reserves, LRU pages) in pfn order MOVABLE first
 * </pre>
 *
 * An order-10 free block gets one type for both of its pageblocks (the kernel merges only
 * equal-typed blocks). Inferred counts that exceed pagetypeinfo's are reported in
 * {@link #notes()}. Replays start after the {@code mmlens: before-end} marker when the trace has
 * one, else at its first event.
 */
public final class StartState {

    /** Opens the trace afresh (the start state reads it once, each replay once more). */
    @FunctionalInterface
    public interface TraceSource {
        TraceReader open() throws IOException;
    }

    private final ProcSnapshot before;
    private final FreeMap freeMap;
    /** The kernel's free map after the workload (kpageflags), null when the run has none. */
    private FreeMap afterFreeMap;
    private final int pageblockOrder;
    private final Map<Integer, Integer> blockType = new HashMap<>();
    private final Map<Long, Integer> onPcp = new HashMap<>();
    private final Map<Integer, Integer> hints = new HashMap<>();
    private int hinted;
    /** pfn of each buddy take in the window to the index of its first take. */
    private final java.util.TreeMap<Long, Long> firstTake = new java.util.TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final boolean hasBeforeMarker;
    private int touched;
    private long lateFreedPages;
    /** "nid/zone" of zones whose stat thresholds kswapd switches (see {@link #driftMarkedZones}). */
    private final java.util.Set<String> driftMarked = new java.util.TreeSet<>();

    private StartState(ProcSnapshot before, FreeMap freeMap, int pageblockOrder, boolean hasBeforeMarker) {
        this.before = before;
        this.freeMap = freeMap;
        this.pageblockOrder = pageblockOrder;
        this.hasBeforeMarker = hasBeforeMarker;
    }

    /** The start state of a recorded run. */
    public static StartState of(RecordedRun run) throws IOException {
        StartState s = infer(run.before(), run.beforeFreeMap(), run.pageblockOrder(), run::openTrace);
        String kb = run.property(LATE_FREED_KB);
        if (kb != null) {
            s.lateFreedPages = Long.parseLong(kb.strip()) / 4;
        }
        ProcSnapshot after = run.after();
        if (after != null && run.hasAfterKpageflags()) {
            s.afterFreeMap = run.afterFreeMap();
        }
        if (after != null) {
            for (ProcSnapshot.ZoneInfo b : run.before().zones) {
                for (ProcSnapshot.ZoneInfo a : after.zones) {
                    if (a.nid == b.nid && a.name.equals(b.name) && !a.thresholds.isEmpty()
                            && !a.thresholds.equals(b.thresholds)) {
                        s.driftMarked.add(b.nid + "/" + b.name);
                    }
                }
            }
        }
        return s;
    }

    /**
     * Zones ("nid/zone name") with a percpu_drift_mark: set at boot by refresh_zone_stat_thresholds()
     * when the cpus' stat thresholds could hide a breach of the min watermark, it lets kswapd switch
     * their thresholds to calculate_pressure_threshold() while it is awake
     * (set_pgdat_percpu_threshold() skips zones without it). /proc does not print it: a recorded
     * run's zone has it when its after snapshot shows other stat thresholds than its before one.
     */
    public java.util.Set<String> driftMarkedZones() {
        return java.util.Collections.unmodifiableSet(driftMarked);
    }

    /**
     * run.properties key: kB the guest's kernel freed to the page allocator late in boot, after
     * init_per_zone_wmark_min() had set the pcp high limits (free_initrd_mem(), free_initmem() and
     * the unused image gaps; the record script sums the "Freeing ..." lines of the kernel log that
     * follow the "Memory:" line). zoneinfo's managed count includes them, the limits do not.
     */
    public static final String LATE_FREED_KB = "kernel.boot.late_freed_kb";

    /**
     * Where those pages are: x86-64 loads the kernel image at 16 MiB (CONFIG_PHYSICAL_START with
     * nokaslr) and QEMU the initrd below 4 GiB, both in the zone holding this pfn (DMA32).
     */
    static final int LATE_FREED_PFN = 0x1000;

    /** Pages taken off the managed count of the kernel image's zone when deriving pcp high limits. */
    public long lateFreedPages() {
        return lateFreedPages;
    }

    /**
     * Infers pageblock types of {@code before} from a trace.
     *
     * @param pageblockOrder 9 on x86-64 (-1 is taken as 9)
     */
    public static StartState infer(ProcSnapshot before, FreeMap freeMap, int pageblockOrder, TraceSource trace)
            throws IOException {
        int pbo = pageblockOrder < 0 ? 9 : pageblockOrder;
        boolean marker;
        try (TraceReader r = trace.open()) {
            marker = r.stream().anyMatch(e -> e instanceof TraceMarker
                    && ((TraceMarker) e).text().startsWith(EventStats.BEFORE_END));
        }
        StartState s = new StartState(before, freeMap, pbo, marker);
        try (TraceReader r = trace.open()) {
            Window w = s.window();
            PageAllocZoneLocked[] pending = {null};
            r.forEach(e -> {
                if (!w.inside(e)) {
                    return;
                }
                if (pending[0] != null) {
                    PageAllocZoneLocked z = pending[0];
                    pending[0] = null;
                    if (e instanceof PageAllocExtfrag && ((PageAllocExtfrag) e).pfn() == z.pfn()) {
                        s.touch(z.pfn(), z.order(), ((PageAllocExtfrag) e).fallbackMigratetype());
                        return;
                    }
                    s.touch(z.pfn(), z.order(), z.migratetype());
                }
                s.recycleHint(e);
                if (e instanceof PageAllocZoneLocked && ((PageAllocZoneLocked) e).pfn() >= 0) {
                    pending[0] = (PageAllocZoneLocked) e;
                    s.firstTake.putIfAbsent(((PageAllocZoneLocked) e).pfn(), (long) s.firstTake.size());
                } else if (e instanceof PageAllocExtfrag) {
                    PageAllocExtfrag x = (PageAllocExtfrag) e;
                    s.firstTake.putIfAbsent(x.pfn(), (long) s.firstTake.size());
                    long head = x.pfn() & -(1L << x.fallbackOrder());
                    s.touch(head, x.fallbackOrder(), x.fallbackMigratetype());
                } else if (e instanceof PagePcpuDrain) {
                    PagePcpuDrain d = (PagePcpuDrain) e;
                    s.touch(d.pfn(), d.order(), d.migratetype());
                }
            });
            if (pending[0] != null) {
                s.touch(pending[0].pfn(), pending[0].order(), pending[0].migratetype());
            }
        }
        s.touched = s.blockType.size();
        s.hints.forEach((block, mt) -> {
            if (s.blockType.putIfAbsent(block, mt) == null) {
                s.hinted++;
            }
        });
        s.fillUntouched();
        return s;
    }

    /** Which events a replay applies: those after the before-end marker, or all without one. */
    Window window() {
        return new Window(hasBeforeMarker);
    }

    /** Tracks the replay window over a stream. */
    static final class Window {
        private boolean inside;

        Window(boolean marker) {
            this.inside = !marker;
        }

        /** True for events to apply; markers are never applied. */
        boolean inside(TraceEvent e) {
            if (e instanceof TraceMarker) {
                if (((TraceMarker) e).text().startsWith(EventStats.BEFORE_END)) {
                    inside = true;
                }
                return false;
            }
            return inside;
        }
    }

    /**
     * Second-tier evidence, used for pageblocks no buddy-level event touches: a page freed to a
     * per-cpu list (free_unref_page files it under its pageblock's type) and handed out again from
     * there, with no buddy take or drain in between, names its block's type by the request's
     * migratetype.
     */
    private void recycleHint(TraceEvent e) {
        if (e instanceof PageFree) {
            PageFree f = (PageFree) e;
            if (f.order() <= FreeMapReplay.COSTLY_ORDER || f.order() == pageblockOrder) {
                onPcp.put(f.pfn(), f.order());
            }
        } else if (e instanceof PagePcpuDrain) {
            onPcp.remove(((PagePcpuDrain) e).pfn());
        } else if (e instanceof PageAllocZoneLocked) {
            onPcp.remove(((PageAllocZoneLocked) e).pfn());
        } else if (e instanceof PageAlloc && !((PageAlloc) e).failed()) {
            PageAlloc a = (PageAlloc) e;
            Integer order = onPcp.remove(a.pfn());
            if (order != null && order == a.order() && a.migratetype() < 3) {
                hints.putIfAbsent((int) (a.pfn() & -(1L << pageblockOrder)), a.migratetype());
            }
        }
    }

    private void touch(long pfn, int order, int mt) {
        long blocks = order > pageblockOrder ? 1L << (order - pageblockOrder) : 1;
        long first = pfn >> pageblockOrder;
        for (long b = first; b < first + blocks; b++) {
            blockType.putIfAbsent((int) (b << pageblockOrder), mt);
        }
        // an order-10 free block at the start has one type for both pageblocks
        long pairSize = 1L << (pageblockOrder + 1);
        long pair = pfn & -pairSize;
        if (freeMap.freePages(pair, pair + pairSize) == pairSize) {
            blockType.putIfAbsent((int) pair, mt);
            blockType.putIfAbsent((int) (pair + (1L << pageblockOrder)), mt);
        }
    }

    private void fillUntouched() {
        int nb = 1 << pageblockOrder;
        for (ProcSnapshot.ZoneInfo zi : before.zones) {
            if (zi.startPfn < 0 || zi.spanned == 0) {
                continue;
            }
            String key = zi.nid + ":" + zi.name;
            long[] counts = before.blockCounts.get(key);
            if (counts == null) {
                continue;
            }
            long[] left = counts.clone();
            long start = zi.startPfn & -(long) nb;
            long end = zi.startPfn + zi.spanned;
            List<Integer> untouched = new ArrayList<>();
            for (long p = start; p < end; p += nb) {
                Integer t = blockType.get((int) p);
                if (t == null) {
                    untouched.add((int) p);
                } else if (t < left.length) {
                    left[t]--;
                }
            }
            for (int t = 0; t < left.length; t++) {
                if (left[t] < 0) {
                    notes.add(key + ": the trace touches " + (counts[t] - left[t]) + " pageblocks of type " + t
                            + ", pagetypeinfo counts " + counts[t]);
                    left[t] = 0;
                }
            }
            // 2. untouched pageblocks inside free blocks of order >= pageblock_order
            Map<String, long[]> byType = before.freeByType.get(key);
            if (byType != null) {
                for (int order = 10; order >= pageblockOrder; order--) {
                    long size = 1L << order;
                    long[] want = new long[left.length];
                    for (int t = 0; t < left.length && t < before.typeNames.size(); t++) {
                        long[] c = byType.get(before.typeNames.get(t));
                        want[t] = c != null && order < c.length ? Math.max(0, c[order]) : 0;
                    }
                    // free blocks of this order already typed by the trace
                    List<Long> freeUntyped = new ArrayList<>();
                    for (long p = zi.startPfn & -size; p + size <= end; p += size) {
                        if (p < zi.startPfn || freeMap.freePages(p, p + size) != size || isPartOfLarger(p, order, end)) {
                            continue;
                        }
                        Integer t = blockType.get((int) p);
                        if (t != null) {
                            if (t < want.length) {
                                want[t]--;
                            }
                        } else {
                            freeUntyped.add(p);
                        }
                    }
                    for (long p : freeUntyped) {
                        int t = 0;
                        while (t < want.length && (want[t] <= 0 || left[t] < size / nb)) {
                            t++;
                        }
                        if (t == want.length) {
                            break;
                        }
                        want[t]--;
                        for (long q = p; q < p + size; q += nb) {
                            blockType.put((int) q, t);
                            untouched.remove(Integer.valueOf((int) q));
                            left[t]--;
                        }
                    }
                }
            }
            // 3. untouched pageblocks holding smaller free blocks: types whose free-list counts match
            if (byType != null) {
                matchFreeCounts(key, byType, untouched, left);
            }
            // 4. the rest
            fillRest(untouched, left, nb);
        }
    }

    /**
     * Step 4: the untouched pageblocks left take the zone's leftover counts. Blocks holding the
     * kernel's own allocations (slab, page tables, vmalloc: {@link FreeMap#kernelPages}), most
     * first, take the non-movable types in migratetype order; the others (boot reserves, LRU
     * pages), in pfn order, take MOVABLE before any leftover non-movable type: every pageblock
     * is MOVABLE at boot (memmap_init_range()) and only a non-movable allocation's fallback
     * claims one.
     */
    private void fillRest(List<Integer> untouched, long[] left, int nb) {
        int movable = before.typeNames.indexOf("Movable");
        List<Integer> order = new ArrayList<>(untouched);
        Map<Integer, Long> kernelPages = new HashMap<>();
        for (int p : order) {
            kernelPages.put(p, freeMap.kernelPages(p, p + nb));
        }
        order.sort((x, y) -> Long.compare(kernelPages.get(y), kernelPages.get(x)));
        List<Integer> types = new ArrayList<>();
        for (int t = 0; t < left.length; t++) {
            if (t != movable) {
                types.add(t);
            }
        }
        for (int p : order) {
            int type = -1;
            if (kernelPages.get(p) == 0 && movable >= 0 && movable < left.length && left[movable] > 0) {
                type = movable;
            } else {
                for (int t : types) {
                    if (left[t] > 0) {
                        type = t;
                        break;
                    }
                }
                if (type < 0 && movable >= 0 && movable < left.length && left[movable] > 0) {
                    type = movable;
                }
            }
            if (type < 0) {
                blockType.put(p, 1);
            } else {
                blockType.put(p, type);
                left[type]--;
            }
        }
    }

    /**
     * Gives the untouched pageblocks that hold free blocks below pageblock_order the types that
     * make pagetypeinfo's free counts per type and order come out exactly (a depth-first search
     * with a node budget; when none is found, they are left to the pfn-order fill).
     */
    private void matchFreeCounts(String key, Map<String, long[]> byType, List<Integer> untouched, long[] left) {
        int nb = 1 << pageblockOrder;
        int types = left.length;
        long[][] need = new long[types][pageblockOrder];
        for (int t = 0; t < types && t < before.typeNames.size(); t++) {
            long[] c = byType.get(before.typeNames.get(t));
            for (int o = 0; c != null && o < pageblockOrder && o < c.length; o++) {
                need[t][o] = Math.max(0, c[o]);
            }
        }
        ProcSnapshot.ZoneInfo zi = Snapshots.zone(before, key);
        long zoneEnd = zi.startPfn + zi.spanned;
        List<Integer> partial = new ArrayList<>();
        List<long[]> signatures = new ArrayList<>();
        for (long p = zi.startPfn & -(long) nb; p < zoneEnd; p += nb) {
            long from = Math.max(p, zi.startPfn);
            long to = Math.min(p + nb, zoneEnd);
            long free = freeMap.freePages(from, to);
            if (free == 0 || free == nb) {
                continue;
            }
            long[] sig = freeMap.blocksPerOrder(from, to, pageblockOrder - 1);
            Integer t = blockType.get((int) p);
            if (t == null) {
                partial.add((int) p);
                signatures.add(sig);
            } else if (t < types) {
                for (int o = 0; o < sig.length; o++) {
                    need[t][o] -= sig[o];
                }
            }
        }
        int[] choice = new int[partial.size()];
        long[] budget = {200_000};
        long[] quota = left.clone();
        if (partial.isEmpty() || !search(0, signatures, need, quota, choice, budget)) {
            if (!partial.isEmpty()) {
                notes.add(key + ": no pageblock typing reproduces pagetypeinfo's free counts; "
                        + partial.size() + " partly free pageblocks typed in pfn order");
            }
            return;
        }
        for (int i = 0; i < partial.size(); i++) {
            blockType.put(partial.get(i), choice[i]);
            untouched.remove(partial.get(i));
            left[choice[i]]--;
        }
    }

    private static boolean search(int i, List<long[]> sigs, long[][] need, long[] quota, int[] choice, long[] budget) {
        if (i == sigs.size()) {
            for (long[] n : need) {
                for (long v : n) {
                    if (v != 0) {
                        return false;
                    }
                }
            }
            return true;
        }
        if (--budget[0] < 0) {
            return false;
        }
        long[] sig = sigs.get(i);
        for (int t = 0; t < need.length; t++) {
            if (quota[t] <= 0) {
                continue;
            }
            boolean fits = true;
            for (int o = 0; o < sig.length; o++) {
                if (need[t][o] < sig[o]) {
                    fits = false;
                    break;
                }
            }
            if (!fits) {
                continue;
            }
            for (int o = 0; o < sig.length; o++) {
                need[t][o] -= sig[o];
            }
            quota[t]--;
            choice[i] = t;
            if (search(i + 1, sigs, need, quota, choice, budget)) {
                return true;
            }
            quota[t]++;
            for (int o = 0; o < sig.length; o++) {
                need[t][o] += sig[o];
            }
        }
        return false;
    }

    /** True when the free block at p of this order is part of a free block of a higher order (up to 10). */
    private boolean isPartOfLarger(long p, int order, long end) {
        if (order >= 10) {
            return false;
        }
        long size = 1L << (order + 1);
        long q = p & -size;
        return q + size <= end && freeMap.freePages(q, q + size) == size;
    }

    /**
     * Free-list position of a free block at the start: the index of the first buddy take in the
     * window that falls inside it (the kernel took it from a list head then), else after all taken
     * blocks. Makes a free-mode replay's first takes come from the kernel's blocks.
     */
    long listRank(long head, long order) {
        java.util.SortedMap<Long, Long> inside = firstTake.subMap(head, head + (1L << order));
        long rank = Long.MAX_VALUE;
        for (long v : inside.values()) {
            rank = Math.min(rank, v);
        }
        return rank;
    }

    /** The inferred type of the pageblock holding pfn (MOVABLE, 1, outside every zone). */
    public int blockType(long pfn) {
        return blockType.getOrDefault((int) (pfn & -(1L << pageblockOrder)), 1);
    }

    /** Pageblocks whose type came from a trace event. */
    public int touchedBlocks() {
        return touched;
    }

    /** Pageblocks typed by per-cpu recycling (see {@link #recycleHint}). */
    public int hintedBlocks() {
        return hinted;
    }

    /** Pageblocks typed in all. */
    public int typedBlocks() {
        return blockType.size();
    }

    /** Where the inference disagreed with pagetypeinfo (empty when consistent). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public ProcSnapshot before() {
        return before;
    }

    public FreeMap freeMap() {
        return freeMap;
    }

    /**
     * The kernel's free map after the workload (the run's after/kpageflags), or null: what the
     * free replay reads of it is which pages untraced allocations still held at the end
     * ({@link UntracedAllocations}).
     */
    public FreeMap afterFreeMap() {
        return afterFreeMap;
    }

    public int pageblockOrder() {
        return pageblockOrder;
    }

    /**
     * A fresh engine machine in this state: the exact free map on the free lists of the inferred
     * pageblock types, LRU pages movable, holes absent, per-cpu lists empty.
     */
    public Machine newMachine() {
        return ProcImporter.fromExactState(before, freeMap.freeBits(), freeMap::isHole, freeMap::isLru,
                this::blockType, this::listRank, LATE_FREED_PFN, lateFreedPages);
    }
}
