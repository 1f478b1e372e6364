package mmlens.engine.proc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.function.LongBinaryOperator;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.MigrateTypes;
import mmlens.engine.ZoneType;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.EngineBuilder;
import mmlens.engine.internal.ImportLayout;
import mmlens.engine.internal.IntDeque;
import mmlens.engine.internal.Orders;
import mmlens.engine.internal.PerCpuPages;
import mmlens.engine.internal.Sysctl;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;
import mmlens.engine.internal.ZoneSetup;

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

    /**
     * Builds a machine from a snapshot whose exact per-pfn state is known (the kernel oracle reads
     * it from /proc/kpageflags). Zones, watermarks, lowmem reserves and pcp settings come from
     * zoneinfo as in {@link #fromSnapshot}; then in every populated zone:
     *
     * <pre>
     *   pageblock at pfn p       type blockType(p) (a Zone's pageblock flags)
     *   free pfns (free.get)     cut into maximal naturally aligned runs, largest first, each put on
     *                            its pageblock's free list (an order-10 run whose two pageblocks
     *                            differ in type is cut into two order-9 blocks)
     *   hole(p)                  absent
     *   every other pfn          an allocated order-0 page, movable when movable(p)
     * </pre>
     *
     * Per-cpu lists start empty; counters are imported as by {@link #fromSnapshot}. Each free
     * list holds its blocks in increasing {@code listRank(head pfn, order)} (then pfn) from head to
     * tail: /proc does not show list order, a caller that knows which blocks the kernel took first
     * ranks them first.
     */
    public static Machine fromExactState(ProcSnapshot s, BitSet free, IntPredicate hole, IntPredicate movable,
            IntUnaryOperator blockType, LongBinaryOperator listRank) {
        return fromExactState(s, free, hole, movable, blockType, listRank, -1, 0);
    }

    /**
     * As {@link #fromExactState(ProcSnapshot, BitSet, IntPredicate, IntPredicate, IntUnaryOperator,
     * LongBinaryOperator)}, for a kernel whose zone holding {@code lateFreedPfn} gained
     * {@code lateFreedPages} managed pages after its pcp high limits were computed (see
     * {@link #deriveHighLimits}); used only where zoneinfo prints no high_min/high_max.
     */
    public static Machine fromExactState(ProcSnapshot s, BitSet free, IntPredicate hole, IntPredicate movable,
            IntUnaryOperator blockType, LongBinaryOperator listRank, int lateFreedPfn, long lateFreedPages) {
        Machine m = fromSnapshot(s);
        Engine e = m.engine();
        for (Zone z : e.allZones()) {
            if (z.mem == null) {
                continue;
            }
            boolean late = lateFreedPfn >= z.startPfn && lateFreedPfn < z.endPfn();
            deriveHighLimits(e, z, late ? lateFreedPages : 0);
            ZoneMem mem = z.mem;
            for (int mt = 0; mt < e.ctx.types.count(); mt++) {
                for (int o = 0; o < Orders.NR_PAGE_ORDERS; o++) {
                    while (mem.first(o, mt) != ZoneMem.NIL) {
                        e.buddy.delFromFreeListAccount(z, mem.first(o, mt) + mem.base, o, mt);
                    }
                }
            }
            for (PerCpuPages pcp : z.pcp) {
                for (IntDeque l : pcp.lists) {
                    l.clear();
                }
                pcp.count = 0;
            }
            z.nrReservedHighatomic = 0;
            for (int pfn = Zone.pageblockStart(z.startPfn); pfn < z.endPfn(); pfn += Orders.PAGEBLOCK_NR_PAGES) {
                int mt = blockType.applyAsInt(pfn);
                z.pageblock[(pfn - mem.base) >> Orders.PAGEBLOCK_ORDER] = (byte) mt;
                if (mt == e.ctx.highatomic) {
                    z.nrReservedHighatomic += Orders.PAGEBLOCK_NR_PAGES;
                }
            }
            for (int pfn = z.startPfn; pfn < z.endPfn(); pfn++) {
                int kind = free.get(pfn) ? ZoneMem.K_FREE_TAIL : hole.test(pfn) ? ZoneMem.K_ABSENT : ZoneMem.K_ALLOC;
                mem.setState(pfn - mem.base, kind, 0, kind == ZoneMem.K_ALLOC && movable.test(pfn));
            }
            List<long[]> blocks = new ArrayList<>();
            int pfn = free.nextSetBit(z.startPfn);
            while (pfn >= 0 && pfn < z.endPfn()) {
                int runEnd = Math.min(free.nextClearBit(pfn), z.endPfn());
                while (pfn < runEnd) {
                    int order = Orders.MAX_PAGE_ORDER;
                    while (order > 0 && ((pfn & ((1 << order) - 1)) != 0 || pfn + (1 << order) > runEnd)) {
                        order--;
                    }
                    if (order > Orders.PAGEBLOCK_ORDER
                            && z.blockMt(pfn, e.ctx.isolate) != z.blockMt(pfn + Orders.PAGEBLOCK_NR_PAGES, e.ctx.isolate)) {
                        order = Orders.PAGEBLOCK_ORDER;
                    }
                    blocks.add(new long[] {listRank.applyAsLong(pfn, order), pfn, order});
                    pfn += 1 << order;
                }
                pfn = runEnd >= z.endPfn() ? -1 : free.nextSetBit(runEnd);
            }
            blocks.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
            for (long[] b : blocks) {
                int head = (int) b[1];
                int mt = z.blockMt(head, e.ctx.isolate);
                e.buddy.addToFreeList(z, head, (int) b[2], mt, true);
                e.buddy.accountFreepages(z, 1L << b[2], mt);
            }
        }
        return m;
    }

    /**
     * zoneinfo before 6.7 (and 6.12's, which prints only count, high and batch) gives no
     * high_min/high_max; an engine pcp with both 0 would clamp high to 0 and drain every free.
     * Derives them as zone_set_pageset_high_and_batch() does, keeping the printed batch and high.
     * The kernel last ran it at boot (init_per_zone_wmark_min(), with the watermarks zoneinfo
     * prints); pages freed into the zone afterwards (free_initrd_mem(), free_initmem(): only
     * adjust_managed_page_count()) are in the printed managed count but not in high_max, so
     * {@code lateFreedPages} of them are taken off the managed count here.
     */
    private static void deriveHighLimits(Engine e, Zone z, long lateFreedPages) {
        if (z.pcp.length == 0 || z.pcp[0].highMin != 0 || z.pcp[0].highMax != 0 || z.managedPages == 0) {
            return;
        }
        int[] batch = new int[z.pcp.length];
        int[] high = new int[z.pcp.length];
        for (int c = 0; c < z.pcp.length; c++) {
            batch[c] = z.pcp[c].batch;
            high[c] = z.pcp[c].high;
        }
        long managed = Math.max(z.managedPages - lateFreedPages, 1);
        ZoneSetup.setPagesetHighAndBatch(z, managed, e.nodes[z.nid].nrCpus, e.nrCpus(),
                e.ctx.sysctl.percpuPagelistHighFraction);
        for (int c = 0; c < z.pcp.length; c++) {
            if (batch[c] > 0) {
                z.pcp[c].batch = batch[c];
            }
            z.pcp[c].high = high[c];
        }
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
