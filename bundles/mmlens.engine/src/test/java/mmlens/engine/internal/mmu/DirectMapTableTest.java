package mmlens.engine.internal.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** protOf() is the protection of the entry lookup() finds, at every level and past the table's end. */
class DirectMapTableTest {

    @Test
    void protOfReadsTheEntryLookupFinds() {
        long gib = 1L << 18;
        DirectMapTable t = new DirectMapTable(3 * gib);
        // GiB 0: a PMD table with a 2M leaf, a none entry, a PTE table (4K leaves, a none, a not-present leaf)
        int pmd = t.newPmdTable(-1);
        t.pud[0] = DirectMapTable.TABLE | pmd;
        t.pmd.entries[pmd * DirectMapTable.PTRS] = DirectMapTable.leaf(Prot.PRESENT | Prot.RW | Prot.PSE);
        int pte = t.newPteTable(-1);
        t.pmd.entries[pmd * DirectMapTable.PTRS + 2] = DirectMapTable.TABLE | pte;
        for (int i = 0; i < DirectMapTable.PTRS; i++) {
            int prot = i % 5 == 0 ? 0 : i % 7 == 0 ? DirectMapTable.leaf(Prot.RW) : DirectMapTable.leaf(Prot.PRESENT | (i & 1) * Prot.RW);
            t.pte.entries[pte * DirectMapTable.PTRS + i] = prot;
        }
        // GiB 1: a 1G leaf; GiB 2: none
        t.pud[1] = DirectMapTable.leaf(Prot.PRESENT | Prot.PSE);
        int nonZero = 0;
        for (long pfn = 0; pfn < 4 * gib; pfn += pfn < 3 * 512 ? 1 : 61) {
            int e = t.read(t.lookup(pfn));
            int expected = DirectMapTable.isNone(e) || DirectMapTable.isTable(e) ? 0 : DirectMapTable.prot(e);
            assertEquals(expected, t.protOf(pfn), "pfn " + pfn);
            nonZero += expected != 0 ? 1 : 0;
        }
        assertTrue(nonZero > 1000, "the walk met leaves");
    }
}
