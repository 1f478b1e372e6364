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
        if (!moved.isEmpty()) {
            moved.clear();
        }
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
        if (old >= f.order.length() || f.order.get((int) old) != order || f.headOf(old) != old || f.isZero(old)) {
            return;
        }
        int cpu = core.curCpu;
        int n = 1 << order;
        int o = (int) old;
        int w = (int) nw;
        var maps = core.rmap.walk(old);
        for (int i = 0; i < n; i++) {
            f.order.set(w + i, f.order.get(o + i));
            f.mapcount.set(w + i, f.mapcount.get(o + i));
        }
        f.flags.set(w, f.flags.get(o));
        f.ref.set(w, f.ref.get(o));
        f.entire.set(w, f.entire.get(o));
        f.total.set(w, f.total.get(o));
        f.anonVma.set(w, f.anonVma.get(o));
        f.index.set(w, f.index.get(o));
        f.order.fill(o, o + n, -1);
        f.flags.set(o, 0);
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
