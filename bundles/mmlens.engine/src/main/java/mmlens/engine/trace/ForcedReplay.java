package mmlens.engine.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import mmlens.engine.Machine;
import mmlens.engine.internal.Buddy;
import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Zone;
import mmlens.engine.internal.ZoneMem;

/**
 * Forced replay: applies a trace's buddy-level events, pfn for pfn, to an engine {@link Machine}
 * through the engine's own free-list code, so that the after-state (buddyinfo, pagetypeinfo, free
 * map) checks the engine's bookkeeping against the kernel's.
 *
 * <pre>
 *   event (6.12)                          engine operation
 *   zone_locked pfn order mt              Buddy.takeFreeBlock(pfn, order): the covering free
 *                                         block leaves its list, the other halves go back
 *   zone_locked + extfrag, same pfn       claim: move_freepages_block + set_pageblock_migratetype
 *     (change_ownership=1)                of the pfn's pageblock to alloc_migratetype, then take
 *   extfrag alone, fallback_order         whole-block take: take at pfn, halves to the
 *     &gt;= pageblock_order                  alloc_migratetype lists, change_pageblock_range
 *   extfrag alone, smaller                single-page steal: take, halves stay on the block's list
 *   pcpu_drain pfn order                  Buddy.freeOnePage (the engine's __free_one_page merges)
 *   mm_page_free, order not pcp-able      FreePath.splitLargeBuddy (free_one_page)
 *   anything else                         nothing (between owners and pcp lists)
 * </pre>
 *
 * A take of pages that are not free, or a give of pages already free, is a {@link Conflict}: the
 * trace lacks a buddy transition (compaction's {@code __isolate_free_page} of migration targets is
 * untraced). Takes with conflicts are skipped; a give of partly free pages frees only the pages
 * still in use, one page at a time.
 */
public final class ForcedReplay implements Consumer<TraceEvent> {

    /** One event that did not fit the replayed state. */
    public record Conflict(long line, String event, long pfn, int order, String problem) {
    }

    private final Machine machine;
    private final Engine e;
    private final int pageblockOrder;
    private final List<Conflict> conflicts = new ArrayList<>();
    private long conflictCount;
    private long conflictPages;
    private long applied;
    private long claims;
    private long drainTypeMismatches;
    private PageAllocZoneLocked pending;

    public ForcedReplay(Machine machine, int pageblockOrder) {
        this.machine = machine;
        this.e = machine.engine();
        this.pageblockOrder = pageblockOrder;
    }

    @Override
    public void accept(TraceEvent ev) {
        if (pending != null) {
            PageAllocZoneLocked z = pending;
            pending = null;
            if (ev instanceof PageAllocExtfrag && ((PageAllocExtfrag) ev).pfn() == z.pfn()) {
                PageAllocExtfrag x = (PageAllocExtfrag) ev;
                Zone zone = e.zoneOf((int) z.pfn());
                if (x.changeOwnership() && zone != null) {
                    int start = Zone.pageblockStart((int) x.pfn());
                    int old = zone.blockMt(start, e.ctx.isolate);
                    if (old != x.allocMigratetype()) {
                        e.buddy.moveFreepagesBlock(zone, start, old, x.allocMigratetype());
                        zone.setBlockMt(start, x.allocMigratetype());
                    }
                    claims++;
                }
                take(z, z.pfn(), z.order(), -1);
                return;
            }
            take(z, z.pfn(), z.order(), -1);
        }
        if (ev instanceof PageAllocZoneLocked) {
            if (((PageAllocZoneLocked) ev).pfn() >= 0) {
                pending = (PageAllocZoneLocked) ev;
            }
        } else if (ev instanceof PageAllocExtfrag) {
            PageAllocExtfrag x = (PageAllocExtfrag) ev;
            if (x.fallbackOrder() >= pageblockOrder) {
                if (take(ev, x.pfn(), x.allocOrder(), x.allocMigratetype())) {
                    Zone zone = e.zoneOf((int) x.pfn());
                    int head = (int) (x.pfn() & -(1L << x.fallbackOrder()));
                    e.buddy.changePageblockRange(zone, head, x.fallbackOrder(), x.allocMigratetype());
                }
            } else {
                take(ev, x.pfn(), x.allocOrder(), -1);
            }
        } else if (ev instanceof PagePcpuDrain) {
            PagePcpuDrain d = (PagePcpuDrain) ev;
            Zone zone = e.zoneOf((int) d.pfn());
            if (zone != null && zone.blockMt((int) d.pfn(), e.ctx.isolate) != d.migratetype()) {
                drainTypeMismatches++;
            }
            give(ev, d.pfn(), d.order(), false);
        } else if (ev instanceof PageFree) {
            PageFree f = (PageFree) ev;
            if (f.order() > FreeMapReplay.COSTLY_ORDER && f.order() != pageblockOrder) {
                give(ev, f.pfn(), f.order(), true);
            }
        }
    }

    /** Applies a zone_locked still waiting for a possible extfrag (call at the end of the stream). */
    public void finish() {
        if (pending != null) {
            PageAllocZoneLocked z = pending;
            pending = null;
            take(z, z.pfn(), z.order(), -1);
        }
    }

    /** expandMt -1: the block's own type. */
    private boolean take(TraceEvent ev, long pfn, int order, int expandMt) {
        applied++;
        Zone z = e.zoneOf((int) pfn);
        if (z == null) {
            conflict(ev, pfn, order, 1L << order, "pfn in no zone");
            return false;
        }
        ZoneMem m = z.mem;
        int p = (int) pfn;
        int mt = expandMt >= 0 ? expandMt : z.blockMt(p, e.ctx.isolate);
        if (e.buddy.takeFreeBlock(z, p, order, mt) < 0) {
            long notFree = 0;
            for (int q = p; q < p + (1 << order); q++) {
                if (Buddy.freeHeadCovering(m, q) < 0) {
                    notFree++;
                }
            }
            conflict(ev, pfn, order, notFree, notFree + " pages were not free");
            return false;
        }
        m.setState(p - m.base, ZoneMem.K_ALLOC, order, false);
        return true;
    }

    private void give(TraceEvent ev, long pfn, int order, boolean direct) {
        applied++;
        Zone z = e.zoneOf((int) pfn);
        if (z == null) {
            conflict(ev, pfn, order, 1L << order, "pfn in no zone");
            return;
        }
        ZoneMem m = z.mem;
        int p = (int) pfn;
        int n = 1 << order;
        int alreadyFree = 0;
        for (int q = p; q < p + n; q++) {
            if (Buddy.freeHeadCovering(m, q) >= 0) {
                alreadyFree++;
            }
        }
        if (alreadyFree == 0) {
            m.fillState(p - m.base, n, ZoneMem.K_FREE_TAIL, 0, false);
            if (direct) {
                e.freePath.splitLargeBuddy(z, p, order, false);
            } else {
                e.buddy.freeOnePage(z, p, order, z.blockMt(p, e.ctx.isolate), false);
            }
            return;
        }
        conflict(ev, pfn, order, alreadyFree, alreadyFree + " pages were already free");
        for (int q = p; q < p + n; q++) {
            if (Buddy.freeHeadCovering(m, q) < 0) {
                m.setState(q - m.base, ZoneMem.K_FREE_TAIL, 0, false);
                e.buddy.freeOnePage(z, q, 0, z.blockMt(q, e.ctx.isolate), false);
            }
        }
    }

    private void conflict(TraceEvent ev, long pfn, int order, long pages, String problem) {
        conflictCount++;
        conflictPages += pages;
        if (conflicts.size() < 1000) {
            conflicts.add(new Conflict(ev.header().line(), ev.getClass().getSimpleName(), pfn, order, problem));
        }
    }

    public Machine machine() {
        return machine;
    }

    /** Buddy-level events applied (takes and gives, conflicting ones included). */
    public long applied() {
        return applied;
    }

    /** Claims (zone_locked + extfrag with change_ownership) applied. */
    public long claims() {
        return claims;
    }

    /** Drains whose traced migratetype differed from the replayed pageblock type. */
    public long drainTypeMismatches() {
        return drainTypeMismatches;
    }

    /** The first 1000 conflicts. */
    public List<Conflict> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    public long conflictCount() {
        return conflictCount;
    }

    /** Pages involved in conflicts (not free for a take, already free for a give). */
    public long conflictPages() {
        return conflictPages;
    }
}
