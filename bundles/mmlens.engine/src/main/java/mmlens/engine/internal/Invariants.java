package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.NR_PAGE_ORDERS;
import static mmlens.engine.internal.ZoneMem.NIL;

import java.util.ArrayList;
import java.util.List;

/**
 * DEBUG_VM-style consistency checks (the spirit of VM_BUG_ON_PAGE in __free_one_page, the
 * VM_WARN_ONCE in __add_to_free_list, and bad_range()). Cost is O(pages); run every N operations.
 */
public final class Invariants {
    private static final int MAX_REPORTS = 50;

    private Invariants() {
    }

    public static List<String> check(Engine e) {
        List<String> v = new ArrayList<>();
        for (Zone z : e.allZones()) {
            if (z.mem != null) {
                checkZone(e, z, v);
                if (e.ctx.asi != null) {
                    e.ctx.asi.check(z, msg -> report(v, z, msg));
                }
                if (e.ctx.unaccepted != null) {
                    UnacceptedCheck.check(e.ctx.unaccepted, z, v, (l, msg) -> report(l, z, msg));
                }
            }
            if (v.size() >= MAX_REPORTS) {
                break;
            }
        }
        return v;
    }

    private static void report(List<String> v, Zone z, String msg) {
        if (v.size() < MAX_REPORTS) {
            v.add("node " + z.nid + " zone " + z.type.kernelName() + ": " + msg);
        }
    }

    private static void checkZone(Engine e, Zone z, List<String> v) {
        EngineContext ctx = e.ctx;
        ZoneMem m = z.mem;
        int nrMt = ctx.types.count();
        long[][] walkFree = new long[NR_PAGE_ORDERS][nrMt];
        long filePages = 0;
        long pcpHeads = 0;
        int pfn = m.base;
        int end = m.base + m.slots;
        while (pfn < end) {
            int s = pfn - m.base;
            int k = m.kind(s);
            int o = m.order(s);
            boolean inZone = z.spans(pfn);
            if (!inZone && k != ZoneMem.K_ABSENT) {
                report(v, z, "pfn " + pfn + " outside span has kind " + k);
            }
            if (k == ZoneMem.K_FREE_TAIL) {
                report(v, z, "orphan tail at head position pfn " + pfn);
                pfn++;
                continue;
            }
            int step = Buddy.blockStep(m, s);
            if ((pfn & (step - 1)) != 0) {
                report(v, z, "block at pfn " + pfn + " order " + o + " misaligned");
            }
            if ((k == ZoneMem.K_ABSENT || k == ZoneMem.K_RESERVED) && o != 0) {
                report(v, z, "single page at pfn " + pfn + " has order " + o);
            }
            if (step > 1 && (!z.spans(pfn) || !z.spans(pfn + step - 1))) {
                report(v, z, "block at pfn " + pfn + " order " + o + " crosses the zone boundary");
            }
            for (int i = 1; i < step && pfn + i < end; i++) {
                if (m.kind(s + i) != ZoneMem.K_FREE_TAIL) {
                    report(v, z, "block at pfn " + pfn + " order " + o + " overlaps head kind " + m.kind(s + i)
                            + " at pfn " + (pfn + i));
                    break;
                }
            }
            if (k == ZoneMem.K_BUDDY) {
                int mt = z.blockMt(pfn, ctx.isolate);
                walkFree[o][mt]++;
                for (int p = pfn + ctx.pageblockNrPages; p < pfn + step; p += ctx.pageblockNrPages) {
                    if (z.blockMt(p, ctx.isolate) != mt) {
                        report(v, z, "free block " + pfn + " order " + o + " spans pageblocks of different types");
                    }
                }
                // Below pageblock_order merging is never blocked. At or above it mainline can leave free
                // buddies unmerged when a block's type changes after the free (e.g.
                // unreserve_highatomic_pageblock() moving a free order-9 block to a mergeable type).
                if (o < ctx.pageblockOrder) {
                    int b = pfn ^ (1 << o);
                    int bs = b - m.base;
                    if (z.spans(b) && m.kind(bs) == ZoneMem.K_BUDDY && m.order(bs) == o) {
                        report(v, z, "unmerged free buddies at " + pfn + " and " + b + " order " + o);
                    }
                }
            } else if (k == ZoneMem.K_CACHE) {
                filePages += step;
            } else if (k == ZoneMem.K_PCP) {
                pcpHeads++;
            }
            pfn += step;
        }
        checkLists(ctx, z, walkFree, v);
        checkPcp(ctx, z, pcpHeads, v);
        if (filePages != z.nrFilePages) {
            report(v, z, "nr_file_pages " + z.nrFilePages + " but page-cache heads cover " + filePages);
        }
        for (int w = 1; w < 4; w++) {
            if (z.watermark[w] < z.watermark[w - 1]) {
                report(v, z, "watermark " + w + " below watermark " + (w - 1));
            }
        }
        if (z.nrReservedHighatomic < 0) {
            report(v, z, "nr_reserved_highatomic negative");
        }
    }

    private static void checkLists(EngineContext ctx, Zone z, long[][] walkFree, List<String> v) {
        ZoneMem m = z.mem;
        long free = 0;
        long blocks = 0;
        long highatomic = 0;
        long cma = 0;
        for (int o = 0; o < NR_PAGE_ORDERS; o++) {
            long perOrder = 0;
            for (int mt = 0; mt < ctx.types.count(); mt++) {
                long n = 0;
                int prev = NIL;
                for (int s = m.first(o, mt); s != NIL; s = m.nextInList(s)) {
                    int pfn = s + m.base;
                    if (m.kind(s) != ZoneMem.K_BUDDY || m.order(s) != o) {
                        report(v, z, "list " + o + "/" + ctx.types.name(mt) + " holds non-buddy pfn " + pfn);
                        break;
                    }
                    if (z.blockMt(pfn, ctx.isolate) != mt) {
                        report(v, z, "pfn " + pfn + " on " + ctx.types.name(mt) + " list but pageblock is "
                                + ctx.types.name(z.blockMt(pfn, ctx.isolate)));
                    }
                    prev = s;
                    if (++n > m.slots) {
                        report(v, z, "cycle in list " + o + "/" + mt);
                        break;
                    }
                }
                if (prev != m.last(o, mt)) {
                    report(v, z, "tail pointer of list " + o + "/" + ctx.types.name(mt) + " is stale");
                }
                if (n != m.listLength(o, mt)) {
                    report(v, z, "list " + o + "/" + ctx.types.name(mt) + " length " + m.listLength(o, mt)
                            + " but holds " + n);
                }
                if (n != walkFree[o][mt]) {
                    report(v, z, "list " + o + "/" + ctx.types.name(mt) + " holds " + n + " but memmap walk found "
                            + walkFree[o][mt]);
                }
                perOrder += n;
                if (mt != ctx.isolate) {
                    free += n << o;
                    if (o >= ctx.pageblockOrder) {
                        blocks += n << o;
                    }
                }
                if (mt == ctx.highatomic) {
                    highatomic += n << o;
                }
                if (mt == ctx.cma) {
                    cma += n << o;
                }
            }
            if (perOrder != m.nrFree[o]) {
                report(v, z, "nr_free[" + o + "] " + m.nrFree[o] + " but lists hold " + perOrder);
            }
        }
        long unaccepted = ctx.unaccepted == null ? 0 : ctx.unaccepted.nrUnaccepted(z);
        if (free + unaccepted != z.nrFreePages) {
            report(v, z, "NR_FREE_PAGES " + z.nrFreePages + " but lists hold " + free
                    + (unaccepted == 0 ? "" : " and the unaccepted list " + unaccepted));
        }
        if (blocks != z.nrFreePagesBlocks) {
            report(v, z, "NR_FREE_PAGES_BLOCKS " + z.nrFreePagesBlocks + " but lists hold " + blocks);
        }
        if (highatomic != z.nrFreeHighatomic) {
            report(v, z, "nr_free_highatomic " + z.nrFreeHighatomic + " but lists hold " + highatomic);
        }
        if (cma != z.nrFreeCma) {
            report(v, z, "NR_FREE_CMA_PAGES " + z.nrFreeCma + " but lists hold " + cma);
        }
    }

    private static void checkPcp(EngineContext ctx, Zone z, long pcpHeads, List<String> v) {
        ZoneMem m = z.mem;
        long entries = 0;
        for (int c = 0; c < z.pcp.length; c++) {
            PerCpuPages p = z.pcp[c];
            long pages = 0;
            for (int i = 0; i < p.lists.length; i++) {
                int order = p.orderOf(i, ctx.pcpTypes);
                IntDeque l = p.lists[i];
                for (int j = 0; j < l.size(); j++) {
                    int pfn = l.get(j);
                    if (!z.spans(pfn) || m.kind(pfn - m.base) != ZoneMem.K_PCP || m.order(pfn - m.base) != order) {
                        report(v, z, "cpu " + c + " pcp list " + i + " holds bad pfn " + pfn);
                    }
                    pages += 1L << order;
                }
                entries += l.size();
            }
            if (pages != p.count) {
                report(v, z, "cpu " + c + " pcp count " + p.count + " but lists hold " + pages);
            }
        }
        if (entries != pcpHeads) {
            report(v, z, "pcp lists hold " + entries + " blocks but memmap has " + pcpHeads + " pcp heads");
        }
    }
}
