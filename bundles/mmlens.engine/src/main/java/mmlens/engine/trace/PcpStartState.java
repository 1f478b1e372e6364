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
 * ({@link #seed}), and each list's alloc_factor ({@link #inferAllocFactors}).
 */
final class PcpStartState {
    private final Machine m;
    private final Engine e;
    private final StartState start;
    private long seededPages;
    private long unseenPages;
    /** "nid/zone/cpu" to the alloc_factor inferred by {@link #inferAllocFactors}. */
    private final Map<String, Integer> allocFactors = new TreeMap<>();

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
