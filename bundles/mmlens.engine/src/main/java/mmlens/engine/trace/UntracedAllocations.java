package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Allocations the kernel made without an {@code mm_page_alloc} event, recognised from their later
 * frees: a free of a page that was free (at the start, per kpageflags, or after its last free or
 * drain in the window) and that no traced allocation took since. Two kinds are placed:
 *
 * <ul>
 * <li>direct compaction's migration targets ({@code __isolate_free_page()}): the kernel took the
 * page while an allocation of a costly order was in its slow path, where the same task freed
 * migration sources (frees without {@code mm_page_free_batched}, between its previous allocation
 * request and the costly one). The page is taken at the first such source free after it was last
 * free; several at one point in descending pfn order, as the free scanner walks down the zone;</li>
 * <li>bulk allocations ({@code alloc_pages_bulk()}, e.g. vmalloc'ed thread stacks): the page's
 * last event before the free is a per-cpu refill ({@code mm_page_alloc_zone_locked} with
 * percpu_refill) that no {@code mm_page_alloc} followed: the bulk allocation took it from the
 * per-cpu list it had refilled; the engine allocates a page there, through its own per-cpu
 * lists, at the refill, and frees that page where the kernel freed its one.</li>
 * </ul>
 *
 * A page whose first migration after it was last free is kcompactd's (its frees are all
 * migration sources) is left to {@link FreeReplay}'s kcompactd pairing; the rest are counted as
 * not placed.
 */
final class UntracedAllocations {

    /**
     * A page to take: at window index {@code at}, the kernel's pfn and order; a bulk allocation
     * is made by the engine on {@code cpu} with {@code migratetype} (through its per-cpu lists, as
     * alloc_pages_bulk() takes them), a compaction target is taken at the kernel's pfn.
     */
    record Take(int at, long pfn, int order, boolean bulk, int cpu, int migratetype) {
    }

    /** MIGRATE_MOVABLE */
    private static final int MOVABLE = 1;
    private final Map<Integer, List<Take>> byIndex = new HashMap<>();
    private int compactionTargets;
    private int heldTargets;
    private int heldNotPlaced;
    private int bulk;
    private int notPlaced;
    private int kcompactdTargets;
    private int sourceFrees;
    private final java.util.Set<Integer> sourceSet = new java.util.HashSet<>();

    /**
     * @param window the replay's window events (without mm_page_free_batched)
     * @param batchedFrees window indexes of mm_page_free events that free_unref_folios() also
     *        traced as mm_page_free_batched
     * @param freeAtStart whether a pfn range holds a page free at the start (kpageflags)
     */
    UntracedAllocations(List<TraceEvent> window, Set<Integer> batchedFrees, FreeMap freeAtStart) {
        this(window, batchedFrees, freeAtStart, null);
    }

    /**
     * As {@link #UntracedAllocations(List, Set, FreeMap)}, and with the kernel's free map at the
     * end ({@code freeAtEnd}, null for none) also direct compaction's targets the window never
     * frees: a page free in the buddy after its last event in the window (a pcp drain, or free at
     * the start and never named) that the end state shows allocated was taken untraced; it is
     * taken at the first direct-compaction source free after that event, as above (none when the
     * first migration after it was kcompactd's, or none followed).
     */
    UntracedAllocations(List<TraceEvent> window, Set<Integer> batchedFrees, FreeMap freeAtStart, FreeMap freeAtEnd) {
        this(window, batchedFrees, freeAtStart, freeAtEnd, null);
    }

    /**
     * As {@link #UntracedAllocations(List, Set, FreeMap, FreeMap)}; with {@code blocks} (null for
     * none) a direct compaction target is taken at the first source free after it was last free
     * whose compaction could isolate it: its pageblock MOVABLE there (suitable_migration_target()
     * without ignore_block_suitable, which only MIN_COMPACT_PRIORITY sets and a THP fault's
     * compaction never reaches); at the first source free as before when none is.
     */
    UntracedAllocations(List<TraceEvent> window, Set<Integer> batchedFrees, FreeMap freeAtStart, FreeMap freeAtEnd,
            PageblockTimeline blocks) {
        // index of the last event that touched each pfn (free, drain, refill, traced allocation)
        Map<Long, Integer> lastTouch = new HashMap<>();
        Map<Long, Boolean> lastWasRefill = new HashMap<>();
        BitSet drainedLast = new BitSet();
        TreeMap<Long, long[]> live = new TreeMap<>(); // traced allocation head -> {order}
        BitSet touched = new BitSet();
        Map<Integer, Integer> lastAllocOfPid = new HashMap<>();
        Map<Integer, List<Integer>> pendingFreesOfPid = new HashMap<>();
        List<Integer> sources = new ArrayList<>();
        java.util.Set<Integer> kcompactdSources = new java.util.HashSet<>();
        List<Untraced> untraced = new ArrayList<>();
        for (int i = 0; i < window.size(); i++) {
            TraceEvent ev = window.get(i);
            int pid = ev.header().pid();
            if (ev instanceof PageAlloc a) {
                if (a.order() > FreeMapReplay.COSTLY_ORDER) {
                    List<Integer> frees = pendingFreesOfPid.get(pid);
                    if (frees != null) {
                        for (int f : frees) {
                            if (!batchedFrees.contains(f)) {
                                sources.add(f);
                            }
                        }
                    }
                }
                pendingFreesOfPid.remove(pid);
                lastAllocOfPid.put(pid, i);
                if (!a.failed()) {
                    live.put(a.pfn(), new long[] {a.order()});
                    mark(lastTouch, lastWasRefill, touched, drainedLast, a.pfn(), a.order(), i, false);
                }
            } else if (ev instanceof PageFree f) {
                String task = ev.header().task();
                if (task.startsWith("kcompactd")) {
                    kcompactdSources.add(i);
                } else if (!task.startsWith("kswapd")) {
                    pendingFreesOfPid.computeIfAbsent(pid, k -> new ArrayList<>()).add(i);
                }
                Map.Entry<Long, long[]> owner = live.floorEntry(f.pfn());
                boolean traced = owner != null && f.pfn() < owner.getKey() + (1L << owner.getValue()[0]);
                if (traced) {
                    if (owner.getKey() == f.pfn() && owner.getValue()[0] == f.order()) {
                        live.remove(owner.getKey());
                    }
                } else {
                    long from = f.pfn();
                    long to = from + (1L << f.order());
                    if (freeAtStart.freePages(from, to) > 0 || touched.get((int) from, (int) to).cardinality() > 0) {
                        Integer last = lastTouch.get(from);
                        untraced.add(new Untraced(i, from, f.order(), last == null ? -1 : last,
                                Boolean.TRUE.equals(lastWasRefill.get(from)), false));
                    }
                }
                mark(lastTouch, lastWasRefill, touched, drainedLast, f.pfn(), f.order(), i, false);
            } else if (ev instanceof PagePcpuDrain d) {
                mark(lastTouch, lastWasRefill, touched, drainedLast, d.pfn(), d.order(), i, false);
                drainedLast.set((int) d.pfn(), (int) (d.pfn() + (1L << d.order())));
            } else if (ev instanceof PageAllocZoneLocked z && z.pfn() >= 0) {
                mark(lastTouch, lastWasRefill, touched, drainedLast, z.pfn(), z.order(), i, z.percpuRefill());
            }
        }
        sourceFrees = sources.size();
        if (freeAtEnd != null) {
            // pages in the buddy after their last event that the end state shows allocated
            for (long p = 0; p < Math.min(freeAtStart.pfnCount(), freeAtEnd.pfnCount()); p++) {
                if (freeAtEnd.isFree(p) || freeAtEnd.isHole(p)) {
                    continue;
                }
                boolean wasTouched = touched.get((int) p);
                if (wasTouched ? !drainedLast.get((int) p) : !freeAtStart.isFree(p)) {
                    continue;
                }
                Integer last = lastTouch.get(p);
                untraced.add(new Untraced(Integer.MAX_VALUE, p, 0, last == null ? -1 : last, false, true));
            }
        }
        sourceSet.addAll(sources);
        sources.addAll(kcompactdSources);
        java.util.Collections.sort(sources);
        for (Untraced u : untraced) {
            int freeAt = u.freeAt();
            int last = u.lastTouch();
            int idx = java.util.Collections.binarySearch(sources, last + 1);
            int s = idx >= 0 ? idx : -idx - 1;
            if (s < sources.size() && sources.get(s) < freeAt && kcompactdSources.contains(sources.get(s))) {
                if (u.held()) {
                    heldNotPlaced++; // kcompactd's target: the engine's kcompactd takes its own
                } else {
                    kcompactdTargets++; // the first migration after it was kcompactd's: FreeReplay pairs those
                }
            } else if (s < sources.size() && sources.get(s) < freeAt) {
                int at = sources.get(s);
                if (blocks != null && blocks.typeAt(u.pfn(), at) != MOVABLE) {
                    for (int t = s + 1; t < sources.size() && sources.get(t) < freeAt; t++) {
                        int c = sources.get(t);
                        if (!kcompactdSources.contains(c) && blocks.typeAt(u.pfn(), c) == MOVABLE) {
                            at = c;
                            break;
                        }
                    }
                }
                add(new Take(at, u.pfn(), u.order(), false, 0, -1));
                if (u.held()) {
                    heldTargets++;
                } else {
                    compactionTargets++;
                }
            } else if (u.held()) {
                heldNotPlaced++;
            } else if (u.lastWasRefill() && last >= 0) {
                PageAllocZoneLocked refill = (PageAllocZoneLocked) window.get(last);
                add(new Take(last, u.pfn(), u.order(), true, refill.header().cpu(), refill.migratetype()));
                bulk++;
            } else {
                notPlaced++;
            }
        }
        for (List<Take> l : byIndex.values()) {
            l.sort((x, y) -> x.bulk() ? Long.compare(x.pfn(), y.pfn()) : Long.compare(y.pfn(), x.pfn()));
        }
    }

    /**
     * A page taken without a trace event: freed at window index {@code freeAt} (MAX_VALUE: held at
     * the end), last touched at {@code lastTouch} (-1: never), that touch a per-cpu refill, and
     * whether it was found from the end state (held, never freed in the window).
     */
    private record Untraced(int freeAt, long pfn, int order, int lastTouch, boolean lastWasRefill, boolean held) {
    }

    private static void mark(Map<Long, Integer> lastTouch, Map<Long, Boolean> refill, BitSet touched,
            BitSet drainedLast, long pfn, int order, int i, boolean isRefill) {
        drainedLast.clear((int) pfn, (int) (pfn + (1L << order)));
        for (long p = pfn; p < pfn + (1L << order); p++) {
            lastTouch.put(p, i);
            refill.put(p, isRefill);
        }
        touched.set((int) pfn, (int) (pfn + (1L << order)));
    }

    private void add(Take t) {
        byIndex.computeIfAbsent(t.at(), k -> new ArrayList<>()).add(t);
    }

    /** The pages to take just before window event {@code index} (empty when none). */
    List<Take> at(int index) {
        return byIndex.getOrDefault(index, List.of());
    }

    /** Frees of pages direct compaction took as migration targets, placed at a source free. */
    int compactionTargets() {
        return compactionTargets;
    }

    /** Direct compaction targets still held at the end (never freed in the window), placed at a source free. */
    int heldTargets() {
        return heldTargets;
    }

    /** Pages held untraced at the end that no direct compaction could have taken (kcompactd's, or none). */
    int heldNotPlaced() {
        return heldNotPlaced;
    }

    /** Frees of pages a bulk allocation took from a per-cpu list right after a refill. */
    int bulk() {
        return bulk;
    }

    /** Frees of untraced pages whose first migration after they were free was kcompactd's. */
    int kcompactdTargets() {
        return kcompactdTargets;
    }

    /** Frees of untraced pages placed no way (no migration or refill where they could have been taken). */
    int notPlaced() {
        return notPlaced;
    }

    /** Whether window event {@code index} is a free of one of direct compaction's migration sources. */
    boolean isSource(int index) {
        return sourceSet.contains(index);
    }

    /** Frees recognised as direct compaction's migration sources. */
    int sourceFrees() {
        return sourceFrees;
    }
}
