package mmlens.engine.internal;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.MigrateTypes;
import mmlens.engine.ZoneType;

/**
 * Wiring of one simulated machine: nodes, zones and the allocator components. Built by
 * {@link EngineBuilder}; used through {@code mmlens.engine.Machine}.
 */
public final class Engine {
    public final EngineContext ctx;
    public final Node[] nodes;
    public final int[] cpuNode;
    public final Buddy buddy;
    public final Fallback fallback;
    public final Watermark wm;
    public final Pcp pcp;
    public final FreePath freePath;
    public final Highatomic highatomic;
    public final Reclaim reclaim;
    public final Compaction compaction;
    public final AllocPath alloc;
    public final Isolation isolation;
    /** Imported /proc/vmstat values; engine counters are added on top when printed. */
    public final java.util.Map<String, Long> vmstatBase = new java.util.HashMap<>();

    Engine(MigrateTypes types, Sysctl sysctl, Node[] nodes, int[] cpuNode) {
        this.ctx = new EngineContext(types, sysctl);
        this.nodes = nodes;
        this.cpuNode = cpuNode;
        for (int c = cpuNode.length - 1; c >= 0; c--) {
            nodes[cpuNode[c]].firstCpu = c;
        }
        this.buddy = new Buddy(ctx);
        this.fallback = new Fallback(ctx, buddy);
        this.wm = new Watermark(ctx);
        this.pcp = new Pcp(ctx, buddy, fallback, wm);
        this.freePath = new FreePath(ctx, buddy, pcp, nodes);
        this.highatomic = new Highatomic(ctx, buddy);
        this.reclaim = new Reclaim(ctx, nodes, wm);
        CompactZone walker = new CompactZone(ctx, buddy, wm, nodes);
        this.compaction = new Compaction(ctx, wm, fallback, walker, nodes);
        walker.wire(freePath);
        reclaim.wire(freePath, compaction);
        this.alloc = new AllocPath(ctx, nodes, cpuNode, buddy, fallback, pcp, wm, highatomic, reclaim, compaction);
        this.isolation = new Isolation(ctx, buddy, freePath);
    }

    /** All zones, node-major, in zone_type order (including unpopulated ones). */
    public List<Zone> allZones() {
        List<Zone> l = new ArrayList<>();
        for (Node n : nodes) {
            for (Zone z : n.zones) {
                l.add(z);
            }
        }
        return l;
    }

    public int nrCpus() {
        return cpuNode.length;
    }

    /** Last zone {@link #zoneOf} returned, reused while zones' spans do not overlap. */
    private Zone lastZone;
    /** 0 not yet known, 1 the populated zones' spans are pairwise disjoint, -1 they overlap. */
    private int disjoint;

    /** Zone holding pfn, or null (the first in node, zone order whose span holds it). */
    public Zone zoneOf(int pfn) {
        Zone last = lastZone;
        if (last != null && last.spans(pfn) && disjoint > 0) {
            return last;
        }
        Zone z = zoneOfScan(pfn);
        if (z != null) {
            if (disjoint == 0) {
                disjoint = spansDisjoint() ? 1 : -1;
            }
            lastZone = z;
        }
        return z;
    }

    private boolean spansDisjoint() {
        List<Zone> l = new ArrayList<>();
        for (Zone z : allZones()) {
            if (z.mem != null) {
                l.add(z);
            }
        }
        for (int i = 0; i < l.size(); i++) {
            for (int j = i + 1; j < l.size(); j++) {
                Zone a = l.get(i);
                Zone b = l.get(j);
                if (a.startPfn < b.endPfn() && b.startPfn < a.endPfn()) {
                    return false;
                }
            }
        }
        return true;
    }

    private Zone zoneOfScan(int pfn) {
        for (Node n : nodes) {
            for (Zone z : n.zones) {
                if (z.mem != null && z.spans(pfn)) {
                    return z;
                }
            }
        }
        return null;
    }

    /** Bytes of per-page state (packed page store plus pageblock flags) summed over zones. */
    public long stateBytes() {
        long b = 0;
        for (Node n : nodes) {
            for (Zone z : n.zones) {
                if (z.mem != null) {
                    b += z.mem.stateBytes() + z.pageblock.length;
                }
            }
        }
        return b;
    }

    /** Pages that the state covers (sum of zone spans). */
    public long spannedPages() {
        long p = 0;
        for (Node n : nodes) {
            for (Zone z : n.zones) {
                p += z.spannedPages;
            }
        }
        return p;
    }

    public Zone zone(int nid, ZoneType t) {
        return nodes[nid].zones[t.ordinal()];
    }
}
