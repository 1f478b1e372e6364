package mmlens.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * kcompactd paced by its caller (as a replay follows the kernel's own kcompactd) must do exactly
 * the work of a run to completion, only in portions; migration sources are freed to the per-cpu
 * lists and drained as compact_zone() does when the migrate scanner leaves a block.
 */
class KcompactdPacingTest {

    /** 128 MiB filled with movable pages until an allocation fails, every other one freed. */
    private static Machine fragmented(EngineListener l) {
        Machine m = Machine.boot(MachineSpec.x86(128, 1, 1));
        m.addListener(l);
        int[] pfns = new int[40_000];
        int n = 0;
        while (n < pfns.length) {
            int pfn = m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE | Gfp.NORETRY, 0);
            if (pfn == Machine.NO_PAGE) {
                break;
            }
            pfns[n++] = pfn;
        }
        for (int i = 0; i < n; i += 2) {
            m.freePages(0, pfns[i], 0);
        }
        m.drainAllPages();
        return m;
    }

    private static final class Drains implements EngineListener {
        long drains;
        long migrations;

        @Override
        public void pcpDrain(int pfn, int order, int migratetype) {
            drains++;
        }

        @Override
        public void migrate(int oldPfn, int newPfn, int order) {
            migrations++;
        }
    }

    @Test
    void pacedRunsDoTheWorkOfOneRun() {
        Drains whole = new Drains();
        Machine a = fragmented(whole);
        long drainsBefore = whole.drains;
        a.wakeupKcompactd(0, 9);
        assertFalse(a.kcompactdWoken(), "an unpaced kcompactd runs at once");
        long migrated = a.event(VmEvent.PGMIGRATE_SUCCESS);
        assertTrue(migrated > 100, "kcompactd migrated " + migrated);
        assertEquals(migrated, whole.migrations);
        assertTrue(whole.drains > drainsBefore, "the freed sources were drained from the per-cpu lists");

        Drains parts = new Drains();
        Machine b = fragmented(parts);
        b.setKcompactdPaced(true);
        b.wakeupKcompactd(0, 9);
        assertTrue(b.kcompactdWoken());
        assertEquals(0, b.event(VmEvent.PGMIGRATE_SUCCESS), "a paced kcompactd waits for work");
        int steps = 0;
        while (b.kcompactdWoken()) {
            long done = b.runKcompactd(7);
            assertTrue(done <= 7, "a step migrates at most its budget: " + done);
            steps++;
            assertTrue(steps < 100_000);
        }
        assertTrue(steps > migrated / 7, steps + " steps");
        assertEquals(migrated, b.event(VmEvent.PGMIGRATE_SUCCESS));
        assertEquals(a.buddyFreePfns(), b.buddyFreePfns());
        assertEquals(a.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED), b.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED));
        assertEquals(a.event(VmEvent.COMPACT_MIGRATE_SCANNED), a.event(VmEvent.COMPACT_DAEMON_MIGRATE_SCANNED),
                "kcompactd's scans are part of all compaction scans");
        assertEquals(whole.drains, parts.drains);
        assertEquals(List.of(), b.checkInvariants());
    }
}
