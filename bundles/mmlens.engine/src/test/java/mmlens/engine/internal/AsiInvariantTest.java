package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.MigrateTypes;
import mmlens.engine.ZoneType;

/** The ASI invariants the allocator checker adds: the restricted physmap follows block types. */
class AsiInvariantTest {
    @Test
    void aNonsensitiveBlockMustBeMapped() {
        Machine m = Machine.boot(MachineSpec.x86(256, 2, 1).withKnobs(Knobs.mainline().with("asi", "split-unmovable")));
        assertEquals(List.of(), m.checkInvariants());
        Zone z = m.engine().zone(0, ZoneType.DMA32);
        z.pageblock[3] = (byte) ((z.pageblock[3] & ~Zone.PB_MT_MASK) | MigrateTypes.ASI_NONSENSITIVE);
        List<String> v = m.checkInvariants();
        assertTrue(v.stream().anyMatch(s -> s.contains("asi: nonsensitive pageblock") && s.contains("is not mapped")),
                v.toString());
    }

    @Test
    void theZeroedVariantLeavesNoOtherBlockMapped() {
        Machine m = Machine.boot(
                MachineSpec.x86(256, 2, 1).withKnobs(Knobs.mainline().with("asi", "split-unmovable-zeroed")));
        Zone z = m.engine().zone(0, ZoneType.DMA32);
        int pfn = z.blockStart(z.startPfn) + 8 * z.pbPages;
        z.setBlockMt(pfn, MigrateTypes.ASI_NONSENSITIVE);
        assertEquals(List.of(), m.checkInvariants(), "set_pageblock_migratetype maps it");
        z.pageblock[(pfn - z.mem.base) >> z.pbOrder] = (byte) 1;
        List<String> v = m.checkInvariants();
        assertTrue(v.stream().anyMatch(s -> s.contains("of type Movable is still mapped")), v.toString());
    }
}
