package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import mmlens.engine.Machine;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Orders;
import mmlens.engine.internal.PerCpuPages;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;
import mmlens.engine.proc.ProcSnapshot;

/**
 * What /proc does not show of the per-cpu lists at a recorded run's start, inferred from the
 * trace for {@link FreeReplay} (README "Fidelity"): which pages sat on which list, in what order
 * ({@link #seed}), and each list's alloc_factor ({@link #inferAllocFactors}) and free_count
 * ({@link #inferFreeCounts}).
 */
final class PcpStartState {
    private final Machine m;
    private final Engine e;
    private final StartState start;
    private long seededPages;
    private long unseenPages;
    /** "nid/zone/cpu" to the alloc_factor inferred by {@link #inferAllocFactors}. */
    private final Map<String, Integer> allocFactors = new TreeMap<>();
    /** "nid/zone/cpu" to the free_count inferred by {@link #inferFreeCounts}. */
    private final Map<String, Integer> freeCounts = new TreeMap<>();

    PcpStartState(Machine m, StartState start) {
        this.m = m;
        this.e = m.engine();
        this.start = start;
    }

    /** Pages put on pcp lists, stand-ins included. */
    long seededPages() {
        return seededPages;
    }

    /** Of {@link #seededPages()}, the stand-ins for pages the window never names. */
    long unseenPages() {
        return unseenPages;
    }

    /** "nid/zone/cpu" to the inferred alloc_factor (the pcps it was inferred for). */
    Map<String, Integer> allocFactors() {
        return Collections.unmodifiableMap(allocFactors);
    }

    /** "nid/zone/cpu" to the inferred free_count (the pcps it was inferred for). */
    Map<String, Integer> freeCounts() {
        return Collections.unmodifiableMap(freeCounts);
    }

    /**
     * Seeds the per-cpu lists: pages allocated before any buddy take, or drained before any free,
     * were on a pcp list at the start, in the order the kernel used them; the rest of zoneinfo's
     * count is filled with stand-ins.
     */
    void seed(List<TraceEvent> window) {
        Map<Long, Boolean> seen = new HashMap<>();
        Map<String, List<Integer>> allocated = new LinkedHashMap<>();
        Map<String, List<Integer>> drained = new LinkedHashMap<>();
        Set<String> refilled = new HashSet<>();
        Set<String> refilledInZone = new HashSet<>();
        for (TraceEvent ev : window) {
            if (ev instanceof PageAllocZoneLocked && ((PageAllocZoneLocked) ev).pfn() >= 0) {
                PageAllocZoneLocked z = (PageAllocZoneLocked) ev;
                markSeen(seen, z.pfn(), z.order());
            } else if (ev instanceof PageAllocExtfrag) {
                PageAllocExtfrag x = (PageAllocExtfrag) ev;
                markSeen(seen, x.pfn(), x.allocOrder());
            } else if (ev instanceof PageFree) {
                PageFree f = (PageFree) ev;
                markSeen(seen, f.pfn(), f.order());
            } else if (ev instanceof PageAlloc && !((PageAlloc) ev).failed()) {
                PageAlloc a = (PageAlloc) ev;
                if ((a.order() <= FreeMapReplay.COSTLY_ORDER || a.order() == start.pageblockOrder())
                        && !seen.containsKey(a.pfn())) {
                    allocated.computeIfAbsent(a.header().cpu() + "/" + a.order() + "/" + a.migratetype(),
                            k -> new ArrayList<>()).add((int) a.pfn());
                }
                markSeen(seen, a.pfn(), a.order());
            } else if (ev instanceof PagePcpuDrain) {
                PagePcpuDrain d = (PagePcpuDrain) ev;
                if (!seen.containsKey(d.pfn())) {
                    int list = drainedList(d, refilled);
                    if (list >= 0) {
                        drained.computeIfAbsent(d.header().cpu() + "/" + d.order() + "/" + list,
                                k -> new ArrayList<>()).add((int) d.pfn());
                    }
                }
                markSeen(seen, d.pfn(), d.order());
            }
            if (ev instanceof PageAllocZoneLocked && ((PageAllocZoneLocked) ev).percpuRefill()) {
                PageAllocZoneLocked z = (PageAllocZoneLocked) ev;
                refilled.add(z.header().cpu() + "/" + z.order() + "/" + z.migratetype());
                Zone zone = e.zoneOf((int) z.pfn());
                if (zone != null) {
                    refilledInZone.add(zone.nid + "/" + zone.idx + "/" + z.header().cpu() + "/" + z.order() + "/"
                            + z.migratetype());
                }
            }
        }
        allocated.forEach((k, pfns) -> pfns.forEach(p -> seed(k, p, true)));
        // drained ones sat at the tails (free_pcppages_bulk() takes from there), behind the pages
        // the window never names: stand-ins go in first, counting the drained ones to come
        Map<String, Long> drainedPages = new HashMap<>();
        drained.forEach((k, pfns) -> pfns.forEach(p -> {
            Zone z = seedZone(k, p);
            if (z != null) {
                drainedPages.merge(z.nid + "/" + z.idx + "/" + cpuOf(k), 1L << orderOf(k), Long::sum);
            }
        }));
        seedUnseen(seen, refilledInZone, drainedPages);
        drained.forEach((k, pfns) -> {
            for (int i = pfns.size() - 1; i >= 0; i--) {
                seed(k, pfns.get(i), false);
            }
        });
    }

    /**
     * Sets each pcp's alloc_factor (not in /proc) from the kernel's first order-0 refill of it in
     * the window. nr_pcp_alloc() asks rmqueue_bulk() for {@code batch << alloc_factor} order-0
     * pages (then raises alloc_factor, up to CONFIG_PCP_BATCH_SCALE_MAX) and every
     * free_unref_page_commit() halves it; so when no page was freed on that cpu into that zone
     * before the refill, a refill of exactly {@code batch << k} pages means alloc_factor was k at
     * the start (a refill cut short by {@code high - count - batch} is taken as such only if it
     * happens to have that size). Other pcps keep 0.
     */
    void inferAllocFactors(List<TraceEvent> window) {
        Set<String> decided = new HashSet<>();
        Map<Integer, Zone> burstZone = new HashMap<>();
        Map<Integer, Integer> burstPages = new HashMap<>();
        Set<String> freedInto = new HashSet<>();
        for (TraceEvent ev : window) {
            int cpu = ev.header().cpu();
            if (ev instanceof PageAllocZoneLocked && ((PageAllocZoneLocked) ev).percpuRefill()
                    && ((PageAllocZoneLocked) ev).order() == 0 && ((PageAllocZoneLocked) ev).pfn() >= 0) {
                Zone z = e.zoneOf((int) ((PageAllocZoneLocked) ev).pfn());
                if (z != null && burstZone.get(cpu) == z) {
                    burstPages.merge(cpu, 1, Integer::sum);
                    continue;
                }
                endRefill(burstZone.remove(cpu), cpu, burstPages.remove(cpu), decided, freedInto);
                if (z != null) {
                    burstZone.put(cpu, z);
                    burstPages.put(cpu, 1);
                }
                continue;
            }
            endRefill(burstZone.remove(cpu), cpu, burstPages.remove(cpu), decided, freedInto);
            if (ev instanceof PageFree) {
                Zone z = e.zoneOf((int) ((PageFree) ev).pfn());
                if (z != null) {
                    freedInto.add(z.nid + "/" + z.idx + "/" + cpu);
                }
            }
        }
        for (Map.Entry<Integer, Zone> b : burstZone.entrySet()) {
            endRefill(b.getValue(), b.getKey(), burstPages.get(b.getKey()), decided, freedInto);
        }
    }

    /**
     * Sets each pcp's free_count (not in /proc) from the kernel's first drain of it by its own
     * free path. Every free_unref_page_commit() adds the freed pages to free_count (below
     * {@code batch << CONFIG_PCP_BATCH_SCALE_MAX}) and, at {@code count >= high}, frees
     * nr_pcp_free() pages: free_count clamped to [batch, high - batch]; rmqueue_pcplist() halves
     * it. So on a pcp that has not allocated in the window, a drain burst right after a commit
     * (same cpu and task) of d pages, more than batch, whose last page is order 0 (then d is the
     * request, not a larger page's overshoot), after k pages committed in the window, means
     * free_count was {@code d - k} at the start (the least value that fits when d is the upper
     * clamp). Commits are the trace's {@code mm_page_free_batched} for free_unref_folios() (its
     * {@code mm_page_free} came earlier, in the preparation loop; {@code batched} holds those) and
     * {@code mm_page_free} otherwise. Other pcps keep 0.
     *
     * @param events the window's events in trace order, {@code mm_page_free_batched} included
     * @param batched the {@code mm_page_free} events free_unref_folios() traced
     */
    void inferFreeCounts(List<TraceEvent> events, Set<TraceEvent> batched) {
        Set<String> decided = new HashSet<>();
        Map<String, Integer> committed = new HashMap<>();
        Map<Long, Integer> freedOrder = new HashMap<>();
        /* per cpu: the pcp key of the commit just made there, its pid, and the burst after it */
        Map<Integer, String> commitKey = new HashMap<>();
        Map<Integer, Integer> commitPid = new HashMap<>();
        Map<Integer, int[]> burst = new HashMap<>();
        for (TraceEvent ev : events) {
            int cpu = ev.header().cpu();
            if (ev instanceof PagePcpuDrain d) {
                String key = commitKey.get(cpu);
                if (key != null && commitPid.get(cpu) == ev.header().pid() && key.equals(pcpKey(d.pfn(), cpu))) {
                    int[] b = burst.computeIfAbsent(cpu, c -> new int[2]);
                    b[0] += 1 << d.order();
                    b[1] = d.order();
                } else {
                    commitKey.remove(cpu);
                }
                continue;
            }
            endBurst(commitKey.remove(cpu), burst.remove(cpu), committed, decided);
            if (ev instanceof PageFree f) {
                freedOrder.put(f.pfn(), f.order());
                if (!batched.contains(ev)) {
                    commit(cpu, ev.header().pid(), f.pfn(), f.order(), committed, commitKey, commitPid);
                }
            } else if (ev instanceof PageFreeBatched b) {
                commit(cpu, ev.header().pid(), b.pfn(), freedOrder.getOrDefault(b.pfn(), b.order()), committed,
                        commitKey, commitPid);
            } else if (ev instanceof PageAlloc a && !a.failed()
                    && (a.order() <= FreeMapReplay.COSTLY_ORDER || a.order() == start.pageblockOrder())) {
                // rmqueue_pcplist() halved free_count: later drains no longer tell the start value
                String key = pcpKey(a.pfn(), cpu);
                if (key != null) {
                    decided.add(key);
                }
            }
        }
        for (Map.Entry<Integer, String> c : commitKey.entrySet()) {
            endBurst(c.getValue(), burst.get(c.getKey()), committed, decided);
        }
    }

    private void commit(int cpu, int pid, long pfn, int order, Map<String, Integer> committed,
            Map<Integer, String> commitKey, Map<Integer, Integer> commitPid) {
        String key = pcpKey(pfn, cpu);
        if (key == null) {
            return;
        }
        committed.merge(key, 1 << order, Integer::sum);
        commitKey.put(cpu, key);
        commitPid.put(cpu, pid);
    }

    private void endBurst(String key, int[] b, Map<String, Integer> committed, Set<String> decided) {
        if (key == null || b == null || decided.contains(key)) {
            return;
        }
        String[] k = key.split("/");
        Zone z = null;
        for (Zone c : e.allZones()) {
            if (c.nid == Integer.parseInt(k[0]) && c.idx == Integer.parseInt(k[1])) {
                z = c;
            }
        }
        PerCpuPages pcp = z.pcp[Integer.parseInt(k[2])];
        if (b[1] != 0 || b[0] <= pcp.batch) {
            return;
        }
        decided.add(key);
        int fc = Math.max(0, Math.min(b[0] - committed.getOrDefault(key, 0),
                pcp.batch << Orders.PCP_BATCH_SCALE_MAX));
        pcp.freeCount = fc;
        freeCounts.put(key, fc);
    }

    /** "nid/zone/cpu" of the pcp a page of {@code pfn} goes to on {@code cpu}, or null. */
    private String pcpKey(long pfn, int cpu) {
        Zone z = e.zoneOf((int) pfn);
        if (z == null || cpu >= z.pcp.length) {
            return null;
        }
        return z.nid + "/" + z.idx + "/" + cpu;
    }

    private void endRefill(Zone z, int cpu, Integer pages, Set<String> decided,
            Set<String> freedInto) {
        if (z == null || pages == null || cpu >= z.pcp.length) {
            return;
        }
        String key = z.nid + "/" + z.idx + "/" + cpu;
        if (!decided.add(key) || freedInto.contains(key)) {
            return;
        }
        PerCpuPages pcp = z.pcp[cpu];
        for (int k = 0; k <= Orders.PCP_BATCH_SCALE_MAX; k++) {
            if (pages == pcp.batch << k) {
                pcp.allocFactor = k;
                allocFactors.put(key, k);
                return;
            }
        }
    }

    /**
     * Fills each pcp up to the count zoneinfo printed with order-0 stand-ins: allocated, non-LRU
     * pages the window never names, in pfn order, those in pageblocks of the list's type first.
     */
    private void seedUnseen(Map<Long, Boolean> seen, Set<String> refilledInZone,
            Map<String, Long> drainedPages) {
        for (ProcSnapshot.ZoneInfo zi : start.before().zones) {
            Zone z = zoneNamed(zi);
            if (z == null || z.mem == null) {
                continue;
            }
            for (int cpu = 0; cpu < Math.min(zi.pagesets.size(), z.pcp.length); cpu++) {
                PerCpuPages pcp = z.pcp[cpu];
                long missing = zi.pagesets.get(cpu)[0] - pcp.count
                        - drainedPages.getOrDefault(z.nid + "/" + z.idx + "/" + cpu, 0L);
                int mt = -1;
                for (int t = 0; t < e.ctx.pcpTypes && mt < 0; t++) {
                    if (!refilledInZone.contains(z.nid + "/" + z.idx + "/" + cpu + "/0/" + t)) {
                        mt = t;
                    }
                }
                if (missing <= 0 || mt < 0) {
                    continue;
                }
                String key = cpu + "/0/" + mt;
                for (int pass = 0; pass < 2 && missing > 0; pass++) {
                    for (int pfn = z.startPfn; pfn < z.endPfn() && missing > 0; pfn++) {
                        boolean ownType = z.blockMt(pfn, e.ctx.isolate) == mt;
                        if (ownType == (pass == 0) && !seen.containsKey((long) pfn) && !start.freeMap().isLru(pfn)
                                && z.mem.kind(pfn - z.mem.base) == ZoneMem.K_ALLOC) {
                            seed(key, pfn, false);
                            unseenPages++;
                            missing--;
                        }
                    }
                }
            }
        }
    }

    private Zone zoneNamed(ProcSnapshot.ZoneInfo zi) {
        for (Zone z : e.allZones()) {
            if (z.nid == zi.nid && z.type.kernelName().equals(zi.name)) {
                return z;
            }
        }
        return null;
    }

    /**
     * The list a page drained before any other use sat on: the drain prints its pageblock's type,
     * which is the list's unless the page was stolen for another type; a list the kernel refilled
     * before the drain cannot have held it (it would have been handed out first), so then the
     * first other pcp type whose list was not refilled; -1 when none fits.
     */
    private int drainedList(PagePcpuDrain d, Set<String> refilled) {
        String prefix = d.header().cpu() + "/" + d.order() + "/";
        if (!refilled.contains(prefix + d.migratetype())) {
            return d.migratetype();
        }
        for (int t = 0; t < e.ctx.pcpTypes; t++) {
            if (t != d.migratetype() && !refilled.contains(prefix + t)) {
                return t;
            }
        }
        return -1;
    }

    private static void markSeen(Map<Long, Boolean> seen, long pfn, int order) {
        for (long p = pfn; p < pfn + (1L << order); p++) {
            seen.put(p, Boolean.TRUE);
        }
    }

    private int cpuOf(String key) {
        return Math.min(Integer.parseInt(key.split("/")[0]), m.nrCpus() - 1);
    }

    private static int orderOf(String key) {
        return Integer.parseInt(key.split("/")[1]);
    }

    /** The zone of a page {@link #seed} would put on a pcp list ("cpu/order/mt" key), else null. */
    private Zone seedZone(String key, int pfn) {
        int order = orderOf(key);
        int mt = Integer.parseInt(key.split("/")[2]);
        Zone z = e.zoneOf(pfn);
        if (z == null || mt >= e.ctx.pcpTypes) {
            return null;
        }
        ZoneMem mem = z.mem;
        for (int p = pfn; p < pfn + (1 << order); p++) {
            if (mem.kind(p - mem.base) != ZoneMem.K_ALLOC) {
                return null;
            }
        }
        return z;
    }

    private void seed(String key, int pfn, boolean head) {
        int cpu = cpuOf(key);
        int order = orderOf(key);
        int mt = Integer.parseInt(key.split("/")[2]);
        Zone z = seedZone(key, pfn);
        if (z == null) {
            return;
        }
        ZoneMem mem = z.mem;
        mem.fillState(pfn - mem.base, 1 << order, ZoneMem.K_FREE_TAIL, 0, false);
        mem.setState(pfn - mem.base, ZoneMem.K_PCP, order, false);
        PerCpuPages pcp = z.pcp[cpu];
        int pindex = e.pcp.pindex(pcp, mt, order);
        pcp.lists[pindex].addLast(pfn);
        pcp.count += 1 << order;
        seededPages += 1L << order;
    }
}
