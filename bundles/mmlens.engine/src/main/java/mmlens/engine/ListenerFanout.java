package mmlens.engine;

import java.util.List;

/** Forwards engine events to the listeners registered on a {@link Machine}, in registration order. */
final class ListenerFanout implements EngineListener {
    private final List<EngineListener> list;
    /** Snapshot of {@link #list}, refreshed by {@link #refresh()} after every change (no iterator per event). */
    private EngineListener[] ls;

    ListenerFanout(List<EngineListener> list) {
        this.list = list;
        refresh();
    }

    /** Takes the listeners' current order; call after adding or removing one. */
    void refresh() {
        ls = list.toArray(new EngineListener[0]);
    }

    @Override
    public void pageAlloc(int pfn, int order, int gfp, int migratetype) {
        for (EngineListener l : ls) {
            l.pageAlloc(pfn, order, gfp, migratetype);
        }
    }

    @Override
    public void pageFree(int pfn, int order) {
        for (EngineListener l : ls) {
            l.pageFree(pfn, order);
        }
    }

    @Override
    public void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt, boolean fragmenting,
            boolean changeOwnership) {
        for (EngineListener l : ls) {
            l.extfrag(pfn, allocOrder, fallbackOrder, allocMt, fallbackMt, fragmenting, changeOwnership);
        }
    }

    @Override
    public void pcpDrain(int pfn, int order, int migratetype) {
        for (EngineListener l : ls) {
            l.pcpDrain(pfn, order, migratetype);
        }
    }

    @Override
    public void pcpRefill(int nid, int zoneIdx, int cpu, int order, int migratetype, int count) {
        for (EngineListener l : ls) {
            l.pcpRefill(nid, zoneIdx, cpu, order, migratetype, count);
        }
    }

    @Override
    public void migrate(int oldPfn, int newPfn, int order) {
        for (EngineListener l : ls) {
            l.migrate(oldPfn, newPfn, order);
        }
    }

    @Override
    public void reclaimed(int pfn, int order) {
        for (EngineListener l : ls) {
            l.reclaimed(pfn, order);
        }
    }

    @Override
    public void allocFailed(int order, int gfp, AllocFailure reason) {
        for (EngineListener l : ls) {
            l.allocFailed(order, gfp, reason);
        }
    }
}
