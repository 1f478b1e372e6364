package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.MigrateTypes;

/** The fallbacks[] initialiser rebuilt from a hunk. */
class FallbackTableReaderTest {

    private static final String PA = "mm/page_alloc.c";
    private static final String HEADER = "static int fallbacks[MIGRATE_PCPTYPES][MIGRATE_PCPTYPES - 1] = {";

    @Test
    void reorderedRowGivesTheFullTable() {
        List<KnobChange> c = Hunks.knobs(Hunks.diff(PA, HEADER,
                " \t[MIGRATE_UNMOVABLE]   = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE   },",
                "-\t[MIGRATE_MOVABLE]     = { MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE },",
                "+\t[MIGRATE_MOVABLE]     = { MIGRATE_UNMOVABLE, MIGRATE_RECLAIMABLE },",
                " \t[MIGRATE_RECLAIMABLE] = { MIGRATE_UNMOVABLE,   MIGRATE_MOVABLE   },", " };"));
        assertEquals(1, c.size(), c.toString());
        KnobChange k = c.get(0);
        assertEquals("fallbacks", k.knob());
        assertEquals(Knobs.info("fallbacks").defaultValue(), k.oldValue());
        assertEquals("Unmovable:Reclaimable,Movable;Movable:Unmovable,Reclaimable;Reclaimable:Unmovable,Movable",
                k.newValue());
        assertEquals(7, k.line());
        assertEquals(1.0, k.confidence());
        int[][] t = Knobs.mainline().with("fallbacks", k.newValue()).fallbacks(MigrateTypes.mainline());
        assertEquals(0, t[1][0]);
    }

    @Test
    void rowsOutsideTheHunkKeepTheirDefaultAndReverseSwaps() {
        String[] body = { "-\t[MIGRATE_RECLAIMABLE] = { MIGRATE_UNMOVABLE,   MIGRATE_MOVABLE   },",
                "+\t[MIGRATE_RECLAIMABLE] = { MIGRATE_MOVABLE, MIGRATE_UNMOVABLE },", " };" };
        KnobChange fwd = Hunks.knobs(Hunks.diff(PA, HEADER, body)).get(0);
        assertEquals("Unmovable:Reclaimable,Movable;Movable:Reclaimable,Unmovable;Reclaimable:Movable,Unmovable",
                fwd.newValue());
        KnobChange rev = Hunks.knobs(Hunks.diff(PA, HEADER, KnobReadersTest.reverse(body))).get(0);
        assertEquals(fwd.newValue(), rev.oldValue());
        assertEquals(fwd.oldValue(), rev.newValue());
    }

    @Test
    void olderTerminatedRowsAndNeverUsedRowsAreUnderstood() {
        List<KnobChange> c = Hunks.knobs(Hunks.diff(PA, HEADER,
                "-\t[MIGRATE_UNMOVABLE]   = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE,   MIGRATE_TYPES },",
                "+\t[MIGRATE_UNMOVABLE]   = { MIGRATE_MOVABLE, MIGRATE_RECLAIMABLE,   MIGRATE_TYPES },",
                " #ifdef CONFIG_CMA", " \t[MIGRATE_CMA]         = { MIGRATE_TYPES }, /* Never used */", " #endif"));
        assertEquals(1, c.size(), c.toString());
        assertEquals("Unmovable:Movable,Reclaimable;Movable:Reclaimable,Unmovable;Reclaimable:Unmovable,Movable",
                c.get(0).newValue());
    }

    @Test
    void aTypeTheEngineLacksIsNotAValueChange() {
        List<KnobChange> c = Hunks.knobs(Hunks.diff(PA, HEADER,
                "-\t[MIGRATE_UNMOVABLE]   = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE   },",
                "+\t[MIGRATE_UNMOVABLE_SENSITIVE] = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE },",
                "+\t[MIGRATE_UNMOVABLE_NONSENSITIVE] = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE },"));
        assertEquals(List.of(), c);
        List<KnobChange> v = Hunks.variants(Hunks.diff(PA, HEADER,
                "-\t[MIGRATE_UNMOVABLE]   = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE   },",
                "+\t[MIGRATE_UNMOVABLE_SENSITIVE] = { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE },"));
        assertEquals(1, v.size(), v.toString());
        assertEquals("asi-split-unmovable", v.get(0).variant());
    }

    @Test
    void unchangedRowsGiveNothing() {
        assertEquals(List.of(), Hunks.knobs(Hunks.diff(PA, HEADER,
                "-\t[MIGRATE_MOVABLE]     = { MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE },",
                "+\t[MIGRATE_MOVABLE]     = { MIGRATE_RECLAIMABLE,   MIGRATE_UNMOVABLE   },")));
    }
}
