package mmlens.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Forwards engine events to the listeners registered on a {@link Machine}, in registration order.
 * Per event it keeps the listeners that override that event's method: the others would run the
 * interface's empty default, so skipping them changes nothing but the time taken.
 */
final class ListenerFanout implements EngineListener {
    private final List<EngineListener> list;
    private EngineListener[] alloc;
    private EngineListener[] free;
    private EngineListener[] extfrag;
    private EngineListener[] drain;
    private EngineListener[] refill;
    private EngineListener[] migrate;
    private EngineListener[] reclaimed;
    private EngineListener[] failed;

    ListenerFanout(List<EngineListener> list) {
        this.list = list;
        refresh();
    }

    /** Takes the listeners' current order; call after adding or removing one. */
    void refresh() {
        alloc = overriding("pageAlloc", int.class, int.class, int.class, int.class);
        free = overriding("pageFree", int.class, int.class);
        extfrag = overriding("extfrag", int.class, int.class, int.class, int.class, int.class, boolean.class,
                boolean.class);
        drain = overriding("pcpDrain", int.class, int.class, int.class);
        refill = overriding("pcpRefill", int.class, int.class, int.class, int.class, int.class, int.class);
        migrate = overriding("migrate", int.class, int.class, int.class);
        reclaimed = overriding("reclaimed", int.class, int.class);
        failed = overriding("allocFailed", int.class, int.class, AllocFailure.class);
    }

    /** The listeners, in order, whose class does not inherit the named method's empty default. */
    private EngineListener[] overriding(String name, Class<?>... params) {
        List<EngineListener> out = new ArrayList<>();
        for (EngineListener l : list) {
            if (overrides(l, name, params)) {
                out.add(l);
            }
        }
        return out.toArray(new EngineListener[0]);
    }

    static boolean overrides(EngineListener l, String name, Class<?>... params) {
        try {
            return l.getClass().getMethod(name, params).getDeclaringClass() != EngineListener.class;
        } catch (NoSuchMethodException | SecurityException e) {
            return true;
        }
    }

    @Override
    public void pageAlloc(int pfn, int order, int gfp, int migratetype) {
        for (EngineListener l : alloc) {
            l.pageAlloc(pfn, order, gfp, migratetype);
        }
    }

    @Override
    public void pageFree(int pfn, int order) {
        for (EngineListener l : free) {
            l.pageFree(pfn, order);
        }
    }

    @Override
    public void extfrag(int pfn, int allocOrder, int fallbackOrder, int allocMt, int fallbackMt, boolean fragmenting,
            boolean changeOwnership) {
        for (EngineListener l : extfrag) {
            l.extfrag(pfn, allocOrder, fallbackOrder, allocMt, fallbackMt, fragmenting, changeOwnership);
        }
    }

    @Override
    public void pcpDrain(int pfn, int order, int migratetype) {
        for (EngineListener l : drain) {
            l.pcpDrain(pfn, order, migratetype);
        }
    }

    @Override
    public void pcpRefill(int nid, int zoneIdx, int cpu, int order, int migratetype, int count) {
        for (EngineListener l : refill) {
            l.pcpRefill(nid, zoneIdx, cpu, order, migratetype, count);
        }
    }

    @Override
    public void migrate(int oldPfn, int newPfn, int order) {
        for (EngineListener l : migrate) {
            l.migrate(oldPfn, newPfn, order);
        }
    }

    @Override
    public void reclaimed(int pfn, int order) {
        for (EngineListener l : reclaimed) {
            l.reclaimed(pfn, order);
        }
    }

    @Override
    public void allocFailed(int order, int gfp, AllocFailure reason) {
        for (EngineListener l : failed) {
            l.allocFailed(order, gfp, reason);
        }
    }
}
