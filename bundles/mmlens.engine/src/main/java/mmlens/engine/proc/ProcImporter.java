package mmlens.engine.proc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.MigrateTypes;
import mmlens.engine.ZoneType;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.EngineBuilder;
import mmlens.engine.internal.ImportLayout;
import mmlens.engine.internal.Orders;
import mmlens.engine.internal.PerCpuPages;
import mmlens.engine.internal.Sysctl;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;

/**
 * Builds a machine whose buddyinfo and pagetypeinfo re-print identically to a /proc snapshot:
 * zone spans, managed/present, watermarks, lowmem reserves and pcp settings come from zoneinfo;
 * free blocks are laid out by {@link ImportLayout}; pcp counts are filled with order-0 pages;
 * unmodelled counters are kept as bases so vmstat and zoneinfo print the imported values.
 */
public final class ProcImporter {
    private ProcImporter() {
    }

    public static Machine fromDirectory(Path dir) {
        return fromSnapshot(ProcSnapshot.read(dir));
    }

    public static Machine fromSnapshot(ProcSnapshot s) {
        MigrateTypes types = s.typeNames.contains("CMA") ? MigrateTypes.mainlineWithCma() : MigrateTypes.mainline();
        if (!s.typeNames.isEmpty() && !s.typeNames.equals(types.names())) {
            throw new IllegalArgumentException("unsupported migratetypes " + s.typeNames);
        }
        int nodes = 0;
        int cpus = 1;
        List<MachineSpec.ZoneSpan> spans = new ArrayList<>();
        for (ProcSnapshot.ZoneInfo zi : s.zones) {
            nodes = Math.max(nodes, zi.nid + 1);
            if (zi.startPfn >= 0 && zi.spanned > 0) {
                spans.add(new MachineSpec.ZoneSpan(zi.nid, ZoneType.fromKernelName(zi.name), (int) zi.startPfn,
                        (int) zi.spanned));
                cpus = Math.max(cpus, zi.pagesets.size());
            }
        }
        cpus = Math.max(cpus, nodes);
        Sysctl sysctl = new Sysctl();
        Engine e = EngineBuilder.skeleton(nodes, cpus, types, spans, sysctl);
        long minPages = 0;
        for (ProcSnapshot.ZoneInfo zi : s.zones) {
            Zone z = e.zone(zi.nid, ZoneType.fromKernelName(zi.name));
            applyZoneinfo(z, zi);
            if (z.type != ZoneType.MOVABLE) {
                minPages += z.watermark[Zone.WMARK_MIN];
            }
            if (z.mem != null) {
                layout(e, z, s);
                fillPcp(e, z, zi);
            }
        }
        sysctl.minFreeKbytes = minPages * 4;
        for (Map.Entry<Integer, Map<String, Long>> ns : s.nodeStats.entrySet()) {
            e.nodes[ns.getKey()].statBase.putAll(ns.getValue());
        }
        for (ProcSnapshot.ZoneInfo zi : s.zones) {
            e.nodes[zi.nid].nodeUnreclaimable |= zi.nodeUnreclaimable;
        }
        e.vmstatBase.putAll(s.vmstat);
        EngineBuilder.buildZonelists(e);
        return Machine.wrap(e);
    }

    private static void applyZoneinfo(Zone z, ProcSnapshot.ZoneInfo zi) {
        z.presentPages = zi.present;
        z.managedPages = zi.managed;
        z.watermarkBoost = zi.boost;
        for (int w = 0; w < 4; w++) {
            z.watermark[w] = zi.wmark[w] - zi.boost;
        }
        for (int i = 0; i < Math.min(zi.protection.length, z.lowmemReserve.length); i++) {
            z.lowmemReserve[i] = zi.protection[i];
        }
        z.statBase.putAll(zi.stats);
        for (int c = 0; c < Math.min(zi.pagesets.size(), z.pcp.length); c++) {
            long[] p = zi.pagesets.get(c);
            PerCpuPages pcp = z.pcp[c];
            pcp.high = (int) p[1];
            pcp.batch = (int) p[2];
            pcp.highMin = (int) p[3];
            pcp.highMax = (int) p[4];
            if (c < zi.thresholds.size()) {
                pcp.statThreshold = zi.thresholds.get(c);
            }
        }
    }

    private static void layout(Engine e, Zone z, ProcSnapshot s) {
        String key = z.nid + ":" + z.type.kernelName();
        MigrateTypes t = e.ctx.types;
        long[][] demand = new long[t.count()][Orders.NR_PAGE_ORDERS];
        Map<String, long[]> byType = s.freeByType.get(key);
        long[] buddy = s.buddy.get(key);
        if (byType != null) {
            for (int mt = 0; mt < t.count(); mt++) {
                long[] c = byType.get(t.name(mt));
                if (c != null) {
                    System.arraycopy(c, 0, demand[mt], 0, Math.min(c.length, Orders.NR_PAGE_ORDERS));
                }
            }
            resolveOverflow(demand, buddy);
        } else if (buddy != null) {
            System.arraycopy(buddy, 0, demand[t.movable()], 0, Orders.NR_PAGE_ORDERS);
        }
        long[] blocks = s.blockCounts.get(key);
        if (blocks == null) {
            blocks = new long[t.count()];
            blocks[t.movable()] = (z.spannedPages + Orders.PAGEBLOCK_NR_PAGES - 1) / Orders.PAGEBLOCK_NR_PAGES;
        }
        long online = 0;
        for (long b : blocks) {
            online += b;
        }
        long capacity = Math.min(online * Orders.PAGEBLOCK_NR_PAGES, z.spannedPages);
        long reserved = Math.max(0, capacity - z.managedPages);
        new ImportLayout(e, z, demand, reserved).place(blocks);
    }

    /** "&gt;100000" entries: whatever buddyinfo's total leaves after the other types. */
    private static void resolveOverflow(long[][] demand, long[] buddy) {
        for (int o = 0; o < Orders.NR_PAGE_ORDERS; o++) {
            int unknown = -1;
            long known = 0;
            for (int mt = 0; mt < demand.length; mt++) {
                if (demand[mt][o] < 0) {
                    unknown = mt;
                } else {
                    known += demand[mt][o];
                }
            }
            if (unknown >= 0) {
                demand[unknown][o] = buddy == null ? 100000 : Math.max(100000, buddy[o] - known);
            }
        }
    }

    /** Puts {@code count} order-0 pages on each cpu's MOVABLE pcp list, taken from allocated pages. */
    private static void fillPcp(Engine e, Zone z, ProcSnapshot.ZoneInfo zi) {
        ZoneMem m = z.mem;
        int slot = m.slots - 1;
        for (int c = 0; c < Math.min(zi.pagesets.size(), z.pcp.length); c++) {
            long want = zi.pagesets.get(c)[0];
            PerCpuPages pcp = z.pcp[c];
            int pindex = pcp.pindex(e.ctx.movable, 0, e.ctx.pcpTypes, true);
            while (want > 0 && slot >= 0) {
                int pfn = slot + m.base;
                if (m.kind(slot) == ZoneMem.K_ALLOC && m.order(slot) == 0 && m.movable(slot)) {
                    m.setState(slot, ZoneMem.K_PCP, 0, false);
                    pcp.lists[pindex].addLast(pfn);
                    pcp.count++;
                    want--;
                }
                slot--;
            }
        }
    }
}
