package mmlens.engine.internal;

import mmlens.engine.ZoneType;
import mmlens.engine.ZoneView;

/** Read-only adapter from {@link Zone} to the public {@link ZoneView}. */
final class ZoneViewImpl implements ZoneView {
    private final Zone z;
    private final Engine e;

    ZoneViewImpl(Zone z, Engine e) {
        this.z = z;
        this.e = e;
    }

    @Override
    public int nid() {
        return z.nid;
    }

    @Override
    public ZoneType type() {
        return z.type;
    }

    @Override
    public int startPfn() {
        return z.startPfn;
    }

    @Override
    public long spannedPages() {
        return z.spannedPages;
    }

    @Override
    public long presentPages() {
        return z.presentPages;
    }

    @Override
    public long managedPages() {
        return z.managedPages;
    }

    @Override
    public long freePages() {
        return z.nrFreePages;
    }

    @Override
    public long freePagesBlocks() {
        return z.nrFreePagesBlocks;
    }

    @Override
    public long nrFree(int order) {
        return z.mem == null ? 0 : z.mem.nrFree[order];
    }

    @Override
    public long nrFree(int order, int migratetype) {
        return z.mem == null ? 0 : z.mem.listLength(order, migratetype);
    }

    @Override
    public long watermark(int w) {
        return z.wmark(w);
    }

    @Override
    public long watermarkBoost() {
        return z.watermarkBoost;
    }

    @Override
    public long lowmemReserve(int zoneIdx) {
        return z.lowmemReserve[zoneIdx];
    }

    @Override
    public long nrReservedHighatomic() {
        return z.nrReservedHighatomic;
    }

    @Override
    public int pageblockMigratetype(int pfn) {
        return z.blockMt(pfn, e.ctx.isolate);
    }

    /** pagetypeinfo_showblockcount_print(): blocks whose first pfn is present and in this zone. */
    @Override
    public long[] pageblockCounts() {
        long[] c = new long[e.ctx.types.count()];
        if (z.mem == null) {
            return c;
        }
        for (long pfn = z.startPfn; pfn < z.endPfn(); pfn += z.pbPages) {
            int p = (int) pfn;
            if (z.mem.kind(p - z.mem.base) == ZoneMem.K_ABSENT) {
                continue;
            }
            c[z.blockMt(p, e.ctx.isolate)]++;
        }
        return c;
    }

    @Override
    public int nrCpus() {
        return z.pcp.length;
    }

    @Override
    public int[] pcpStats(int cpu) {
        PerCpuPages p = z.pcp[cpu];
        return new int[] {p.count, p.high, p.batch, p.highMin, p.highMax};
    }

    @Override
    public int statThreshold(int cpu) {
        return z.pcp[cpu].statThreshold;
    }
}
