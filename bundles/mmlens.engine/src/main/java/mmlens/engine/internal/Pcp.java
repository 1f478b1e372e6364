package mmlens.engine.internal;

import static mmlens.engine.internal.ZoneMem.K_PCP;

import mmlens.engine.VmEvent;

/**
 * Per-cpu page lists of mm/page_alloc.c: rmqueue_bulk(), nr_pcp_alloc(), __rmqueue_pcplist(),
 * free_frozen_page_commit(), nr_pcp_free(), nr_pcp_high(), free_pcppages_bulk(), drain and decay.
 */
public final class Pcp {
    private final EngineContext ctx;
    private final Buddy buddy;
    private final Fallback fallback;
    private final Watermark wm;
    private final int[] mode = new int[1];

    public Pcp(EngineContext ctx, Buddy buddy, Fallback fallback, Watermark wm) {
        this.ctx = ctx;
        this.buddy = buddy;
        this.fallback = fallback;
        this.wm = wm;
    }

    public int pindex(PerCpuPages pcp, int mt, int order) {
        return pcp.pindex(mt, order, ctx.pcpTypes, mt == ctx.movable);
    }

    /** rmqueue_bulk(): moves up to count blocks to the tail of the list; returns blocks taken. */
    int rmqueueBulk(Zone z, int cpu, int order, int count, IntDeque list, int mt, int allocFlags) {
        mode[0] = Fallback.RMQUEUE_NORMAL;
        int i;
        for (i = 0; i < count; i++) {
            int page = fallback.rmqueue(z, order, mt, allocFlags, mode);
            if (page < 0) {
                break;
            }
            z.mem.setState(page - z.mem.base, K_PCP, order, false);
            list.addLast(page);
        }
        ctx.listener.pcpRefill(z.nid, z.idx, cpu, order, mt, i);
        return i;
    }

    /** nr_pcp_alloc() */
    int nrPcpAlloc(PerCpuPages pcp, Zone z, int order) {
        int baseBatch = pcp.batch;
        int highMin = pcp.highMin;
        int highMax = pcp.highMax;
        int high = pcp.high = clamp(pcp.high, highMin, highMax);
        if (high < baseBatch) {
            return 1;
        }
        int batch = order != 0 ? baseBatch : baseBatch << pcp.allocFactor;
        if (highMin != highMax && !z.testFlag(Zone.ZONE_BELOW_HIGH)) {
            high = pcp.high = Math.min(high + batch, highMax);
        }
        if (order == 0) {
            int maxNrAlloc = Math.max(high - pcp.count - baseBatch, baseBatch);
            if (batch <= maxNrAlloc && pcp.allocFactor < ctx.sysctl.pcpBatchScaleMax) {
                pcp.allocFactor++;
            }
            batch = Math.min(batch, maxNrAlloc);
        }
        if (batch > 1) {
            batch = Math.max(batch >> order, 2);
        }
        return batch;
    }

    /** rmqueue_pcplist() + __rmqueue_pcplist(): pfn or -1. */
    public int rmqueuePcplist(Zone z, int cpu, int order, int mt, int allocFlags) {
        PerCpuPages pcp = z.pcp[cpu];
        pcp.freeCount >>= 1;
        IntDeque list = pcp.lists[pindex(pcp, mt, order)];
        if (list.isEmpty()) {
            int batch = nrPcpAlloc(pcp, z, order);
            int alloced = rmqueueBulk(z, cpu, order, batch, list, mt, allocFlags);
            pcp.count += alloced << order;
            if (list.isEmpty()) {
                return -1;
            }
        }
        int page = list.pollFirst();
        pcp.count -= 1 << order;
        return page;
    }

    /** free_pcppages_bulk(): round-robin from pindex, taking from list tails. */
    void freePcppagesBulk(Zone z, int count, PerCpuPages pcp, int pindex) {
        count = Math.min(pcp.count, count);
        pindex = pindex - 1;
        int nrLists = pcp.lists.length;
        while (count > 0) {
            IntDeque list;
            do {
                if (++pindex > nrLists - 1) {
                    pindex = 0;
                }
                list = pcp.lists[pindex];
            } while (list.isEmpty());
            int order = pcp.orderOf(pindex, ctx.pcpTypes);
            int nrPages = 1 << order;
            do {
                int first = list.peekLast();
                if (order == 0) {
                    // order-0 pages freed in ascending or descending pfn order (an munmap's) come off
                    // the tail as aligned runs: each run is freed at once, with the same result as one
                    // by one; an ascending run starts at an even pfn, a descending one at an odd pfn
                    int step = (first & 1) == 0 ? 1 : -1;
                    int k = buddy.alignedRunOrder(z, step > 0 ? first : first + 1,
                            runAtTail(list, first, step, count));
                    if (k > 0) {
                        int n = 1 << k;
                        int base = step > 0 ? first : first + 1 - n;
                        int mt = z.blockMt(base, ctx.isolate);
                        list.truncate(list.size() - n);
                        count -= n;
                        pcp.count -= n;
                        buddy.freeAlignedRun(z, base, k, mt);
                        for (int i = 0; i < n; i++) {
                            ctx.listener.pcpDrain(first + i * step, 0, mt);
                        }
                        continue;
                    }
                }
                int pfn = list.pollLast();
                int mt = z.blockMt(pfn, ctx.isolate);
                count -= nrPages;
                pcp.count -= nrPages;
                buddy.freeOnePage(z, pfn, order, mt, false);
                ctx.listener.pcpDrain(pfn, order, mt);
            } while (count > 0 && !list.isEmpty());
        }
    }

    /**
     * How many of the list's last entries, read from the tail, are {@code first, first + step,
     * first + 2 * step, ...} (at most {@code limit} and at most a pageblock's worth).
     */
    private int runAtTail(IntDeque list, int first, int step, int limit) {
        int max = Math.min(Math.min(limit, list.size()), ctx.pageblockNrPages);
        int size = list.size();
        int n = 1;
        while (n < max && list.get(size - 1 - n) == first + n * step) {
            n++;
        }
        return n;
    }

    /** nr_pcp_free() */
    static int nrPcpFree(PerCpuPages pcp, int batch, int high, boolean freeHigh, int scaleMax) {
        if (freeHigh) {
            return Math.min(pcp.count, batch << scaleMax);
        }
        if (high < batch) {
            return 1;
        }
        int minNrFree = batch;
        int maxNrFree = high - batch;
        return clamp(pcp.freeCount, minNrFree, maxNrFree);
    }

    /** nr_pcp_high() */
    static int nrPcpHigh(PerCpuPages pcp, Zone z, int batch, boolean freeHigh, int scaleMax) {
        int highMin = pcp.highMin;
        int highMax = pcp.highMax;
        int high = pcp.high = clamp(pcp.high, highMin, highMax);
        if (high == 0) {
            return 0;
        }
        if (freeHigh) {
            pcp.high = Math.max(high - (batch << scaleMax), highMin);
            return 0;
        }
        if (z.testFlag(Zone.ZONE_RECLAIM_ACTIVE)) {
            int freeCount = Math.max(pcp.freeCount, batch);
            pcp.high = Math.max(high - freeCount, highMin);
            return Math.min(batch << 2, pcp.high);
        }
        if (highMin == highMax) {
            return high;
        }
        if (z.testFlag(Zone.ZONE_BELOW_HIGH)) {
            int freeCount = Math.max(pcp.freeCount, batch);
            pcp.high = Math.max(high - freeCount, highMin);
            high = Math.max(pcp.count, highMin);
        } else if (pcp.count >= high) {
            int needHigh = pcp.freeCount + batch;
            if (pcp.high < needHigh) {
                pcp.high = clamp(needHigh, highMin, highMax);
            }
        }
        return high;
    }

    /** free_frozen_page_commit() */
    public void freeCommit(Zone z, int cpu, int pfn, int mt, int order) {
        PerCpuPages pcp = z.pcp[cpu];
        pcp.allocFactor >>= 1;
        ctx.count(VmEvent.PGFREE, 1L << order);
        int pindex = pindex(pcp, mt, order);
        z.mem.setState(pfn - z.mem.base, K_PCP, order, false);
        pcp.lists[pindex].addFirst(pfn);
        pcp.count += 1 << order;
        int batch = pcp.batch;
        int scaleMax = ctx.sysctl.pcpBatchScaleMax;
        // an order-0 free with PCPF_PREV_FREE_HIGH_ORDER clear changes no flag and is never free_high
        boolean freeHigh = (order != 0 || (pcp.flags & PerCpuPages.PCPF_PREV_FREE_HIGH_ORDER) != 0)
                && freeHighFlags(pcp, order, batch);
        if (pcp.freeCount < (batch << scaleMax)) {
            pcp.freeCount += 1 << order;
        }
        int high = nrPcpHigh(pcp, z, batch, freeHigh, scaleMax);
        if (pcp.count < high) {
            return;
        }
        freePcppagesBulk(z, nrPcpFree(pcp, batch, high, freeHigh, scaleMax), pcp, pindex);
        if (z.testFlag(Zone.ZONE_BELOW_HIGH)) {
            clearBelowHigh(z);
        }
    }

    /**
     * free_frozen_page_commit()'s free_high test and its PCPF_PREV_FREE_HIGH_ORDER update for a free
     * of the given order (pcp.count already includes it).
     */
    private boolean freeHighFlags(PerCpuPages pcp, int order, int batch) {
        boolean freeHigh = false;
        if (order != 0 && order <= ctx.sysctl.costlyOrder) {
            freeHigh = pcp.freeCount >= freeHighThreshold(pcp, batch)
                    && (pcp.flags & PerCpuPages.PCPF_PREV_FREE_HIGH_ORDER) != 0
                    && ((pcp.flags & PerCpuPages.PCPF_FREE_HIGH_BATCH) == 0 || pcp.count >= batch);
            pcp.flags |= PerCpuPages.PCPF_PREV_FREE_HIGH_ORDER;
        } else if ((pcp.flags & PerCpuPages.PCPF_PREV_FREE_HIGH_ORDER) != 0) {
            pcp.flags &= ~PerCpuPages.PCPF_PREV_FREE_HIGH_ORDER;
        }
        return freeHigh;
    }

    /** After a drain of a ZONE_BELOW_HIGH zone: the flag goes once the high watermark is met. */
    private void clearBelowHigh(Zone z) {
        if (wm.zoneWatermarkOk(z, 0, z.wmark(Zone.WMARK_HIGH), mmlens.engine.ZoneType.MOVABLE.ordinal(), 0)) {
            z.setFlag(Zone.ZONE_BELOW_HIGH, false);
        }
    }

    /**
     * The free_count at which an order 1..costly free sets free_high: 6.18 waits for
     * {@code batch + high_min / 2}; with {@code pcp_free_high = v6.12} it is {@code batch}, as
     * before "mm: pcp: increase pcp->free_count threshold to trigger free_high".
     */
    private int freeHighThreshold(PerCpuPages pcp, int batch) {
        return ctx.sysctl.pcpFreeHighV612 ? batch : batch + pcp.highMin / 2;
    }

    /** drain_pages_zone(): empties one cpu's lists of a zone. */
    public void drainZone(Zone z, int cpu) {
        PerCpuPages pcp = z.pcp[cpu];
        while (pcp.count > 0) {
            int toDrain = Math.min(pcp.count, pcp.batch << ctx.sysctl.pcpBatchScaleMax);
            freePcppagesBulk(z, toDrain, pcp, 0);
        }
    }

    /** decay_pcp_high(): the periodic vmstat-refresh decay; returns the amount of remaining work. */
    public int decayPcpHigh(Zone z, int cpu) {
        PerCpuPages pcp = z.pcp[cpu];
        int todo = 0;
        int highMin = pcp.highMin;
        int batch = pcp.batch;
        if (pcp.high > highMin) {
            int scaleMax = ctx.sysctl.pcpBatchScaleMax;
            pcp.high = Math.max(
                    Math.max(pcp.count - (batch << scaleMax), pcp.high - (pcp.high >> ctx.sysctl.pcpDecayShift)),
                    highMin);
            if (pcp.high > highMin) {
                todo++;
            }
        }
        int toDrain = pcp.count - pcp.high;
        if (toDrain > 0) {
            freePcppagesBulk(z, toDrain, pcp, 0);
            todo++;
        }
        return todo;
    }

    /** clamp() / clamp_t(): min(max(v, lo), hi). */
    static int clamp(int v, int lo, int hi) {
        return Math.min(Math.max(v, lo), hi);
    }
}
