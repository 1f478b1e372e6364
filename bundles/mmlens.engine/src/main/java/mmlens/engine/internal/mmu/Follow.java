package mmlens.engine.internal.mmu;

import java.util.HashMap;
import java.util.Map;

/**
 * Keeps the model in step when the page allocator itself migrates a folio (compaction's
 * migrate_pages() in the buddy engine, reported as EngineListener.migrate): the folio metadata
 * moves to the new pfn, every mapping is rewritten through rmap, the cpus that may cache the old
 * translations are flushed with one batched flush, and the checker learns that the old pfn was
 * copied and freed. Moves can happen inside any page-source allocation, so callers that hold a
 * pfn across an allocation re-resolve it with {@link #fwd}.
 */
final class Follow {
    private final MmuCore core;
    /** Moves seen during the current operation: old head -&gt; {new head, order}. */
    private final Map<Long, long[]> moved = new HashMap<>();
    /** Bumped on every followed move. */
    int epoch;

    Follow(MmuCore core) {
        this.core = core;
    }

    void beginOp() {
        moved.clear();
    }

    /** Where pfn lives now, following the moves of this operation. */
    long fwd(long pfn) {
        if (pfn < 0 || moved.isEmpty()) {
            return pfn;
        }
        for (int guard = 0; guard < 16; guard++) {
            boolean hit = false;
            for (int o = 0; o <= 10; o++) {
                long[] to = moved.get(pfn & -(1L << o));
                if (to != null && to[1] == o) {
                    pfn = to[0] + (pfn - (pfn & -(1L << o)));
                    hit = true;
                    break;
                }
            }
            if (!hit) {
                return pfn;
            }
        }
        return pfn;
    }

    /** The allocator moved the block at old to nw. Ignored unless it is a folio head the model owns. */
    void onMove(long old, long nw, int order) {
        Folios f = core.folios;
        if (old >= f.order.length || f.order[(int) old] != order || f.headOf(old) != old || f.isZero(old)) {
            return;
        }
        int cpu = core.curCpu;
        int n = 1 << order;
        int o = (int) old;
        int w = (int) nw;
        var maps = core.rmap.walk(old);
        System.arraycopy(f.order, o, f.order, w, n);
        System.arraycopy(f.mapcount, o, f.mapcount, w, n);
        f.flags[w] = f.flags[o];
        f.ref[w] = f.ref[o];
        f.entire[w] = f.entire[o];
        f.total[w] = f.total[o];
        f.anonVma[w] = f.anonVma[o];
        f.index[w] = f.index[o];
        java.util.Arrays.fill(f.order, o, o + n, (byte) -1);
        f.flags[o] = 0;
        if (f.deferred.remove(old)) {
            f.deferred.add(nw);
        }
        for (Rmap.Mapping mp : maps) {
            long e = core.pt.read(mp.pos());
            long np = nw + (PageTables.pfnOf(e) - old);
            long ne = (e & ~(((1L << 40) - 1) << 12)) | (np << 12);
            core.pt.write(mp.pos(), ne);
            if (mp.pmd()) {
                core.flush.flushTlbMmRange(cpu, mp.vma().mm, mp.va(), mp.va() + (1L << 21), 21, false);
            } else {
                core.unmap.flushOrDefer(cpu, mp.vma().mm, mp.va(), (e & Prot.DIRTY) != 0, true);
            }
        }
        core.flush.tryToUnmapFlush(cpu);
        core.checker.onCopy(old, order);
        core.checker.onFree(cpu, old, order);
        core.log.event(EventLog.MIGRATE, cpu, old, order, nw);
        core.migrc.allocatorMoved(cpu, old, nw, order);
        moved.put(old, new long[] {nw, order});
        core.stats.inc(mmlens.engine.mmu.MmuStat.ALLOCATOR_MOVES_FOLLOWED);
        epoch++;
    }
}
