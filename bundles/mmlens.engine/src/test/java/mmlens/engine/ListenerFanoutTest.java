package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The fan-out skips only listeners that inherit an event's empty default; order stays registration order. */
class ListenerFanoutTest {
    /** Overrides pageFree only. */
    private static class Frees implements EngineListener {
        final List<String> log;
        final String name;

        Frees(List<String> log, String name) {
            this.log = log;
            this.name = name;
        }

        @Override
        public void pageFree(int pfn, int order) {
            log.add(name + " free " + pfn + "/" + order);
        }
    }

    /** Inherits Frees' pageFree and adds pageAlloc. */
    private static final class FreesAndAllocs extends Frees {
        FreesAndAllocs(List<String> log, String name) {
            super(log, name);
        }

        @Override
        public void pageAlloc(int pfn, int order, int gfp, int migratetype) {
            log.add(name + " alloc " + pfn + "/" + order);
        }
    }

    @Test
    void overridesAreFoundThroughSubclassesAndDefaultsAreNot() {
        List<String> log = new ArrayList<>();
        assertTrue(ListenerFanout.overrides(new FreesAndAllocs(log, "b"), "pageFree", int.class, int.class));
        assertTrue(ListenerFanout.overrides(new FreesAndAllocs(log, "b"), "pageAlloc", int.class, int.class,
                int.class, int.class));
        assertFalse(ListenerFanout.overrides(new Frees(log, "a"), "pageAlloc", int.class, int.class, int.class,
                int.class));
        assertFalse(ListenerFanout.overrides(new EngineListener() {
        }, "pageFree", int.class, int.class));
    }

    @Test
    void eventsReachTheOverridingListenersInRegistrationOrder() {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 1));
        List<String> log = new ArrayList<>();
        m.addListener(new Frees(log, "a"));
        m.addListener(new EngineListener() {
        });
        FreesAndAllocs b = new FreesAndAllocs(log, "b");
        m.addListener(b);
        int pfn = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        m.freePages(0, pfn, 0);
        assertEquals(List.of("b alloc " + pfn + "/0", "a free " + pfn + "/0", "b free " + pfn + "/0"), log);
        m.removeListener(b);
        log.clear();
        pfn = m.allocPages(0, Gfp.GFP_KERNEL, 0);
        m.freePages(0, pfn, 0);
        assertEquals(List.of("a free " + pfn + "/0"), log);
    }
}
