package mmlens.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.EngineListener;
import mmlens.engine.Gfp;
import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;
import mmlens.engine.ZoneType;

/**
 * {@code compaction_search = kernel} against the linear control: fast_find_migrateblock() starts
 * kcompactd at a mostly free movable block, the blocks it isolated from keep their skip hint
 * (the linear walk sets none), a second run does not go back to them, and
 * __reset_isolation_suitable() clears the hints only once a direct compaction's scanners met.
 */
class CompactionSearchTest {
    /** The pageblock of the test machine's zone made mostly free (only a few pages left). */
    private static final int MOSTLY_FREE_BLOCK = 20;
    /** The zone's first block holds its reserved pages; the linear walk starts at the next. */
    private static final int FIRST_MOVABLE_BLOCK = 9;

    /**
     * A 128 MiB DMA32-only machine filled with movable pages (ignoring watermarks, so that no
     * high-order block is left), those at odd pfns freed; with {@code mostlyFree} one block keeps
     * only 16 of its pages.
     */
    private static Machine fragmented(String search, boolean mostlyFree, List<Integer> sources) {
        Machine m = Machine.boot(MachineSpec.builder().nodes(1).cpus(1).zone(0, ZoneType.DMA32, 4096, 32768)
                .range(4096, 36864, 512).knobs(Knobs.mainline().with("compaction_search", search)).build());
        m.addListener(new EngineListener() {
            @Override
            public void migrate(int oldPfn, int newPfn, int order) {
                sources.add(oldPfn);
            }
        });
        int[] pfns = new int[40_000];
        int n = 0;
        while (n < pfns.length) {
            int pfn = m.allocPages(0, Gfp.GFP_HIGHUSER_MOVABLE | Gfp.NORETRY | Gfp.MEMALLOC, 0);
            if (pfn == Machine.NO_PAGE) {
                break;
            }
            pfns[n++] = pfn;
        }
        for (int i = 0; i < n; i++) {
            boolean keep = mostlyFree && pfns[i] >> 9 == MOSTLY_FREE_BLOCK ? (pfns[i] & 511) % 32 == 0
                    : (pfns[i] & 1) == 0;
            if (!keep) {
                m.freePages(0, pfns[i], 0);
            }
        }
        m.drainAllPages();
        return m;
    }

    private static Zone zone(Machine m) {
        return m.engine().zone(0, ZoneType.DMA32);
    }

    private static List<Integer> skipped(Zone z) {
        List<Integer> blocks = new ArrayList<>();
        for (int pfn = z.startPfn; pfn < z.endPfn(); pfn += z.pbPages) {
            if (SkipHints.skip(z, pfn)) {
                blocks.add(pfn >> z.pbOrder);
            }
        }
        return blocks;
    }

    @Test
    void kcompactdStartsAtTheMostlyFreeBlockAndMarksIt() {
        List<Integer> kernel = new ArrayList<>();
        Machine k = fragmented("kernel", true, kernel);
        k.wakeupKcompactd(0, 9);
        assertFalse(kernel.isEmpty(), "kcompactd migrated nothing");
        for (int src : kernel) {
            assertEquals(MOSTLY_FREE_BLOCK, src >> 9, "source " + src);
        }
        assertEquals(16, kernel.size(), "the block's 16 pages, then an order-9 block is free");
        assertTrue(skipped(zone(k)).contains(MOSTLY_FREE_BLOCK), "source block marked: " + skipped(zone(k)));
        assertEquals(List.of(), k.checkInvariants());

        List<Integer> linear = new ArrayList<>();
        Machine l = fragmented("linear", true, linear);
        l.wakeupKcompactd(0, 9);
        assertEquals(FIRST_MOVABLE_BLOCK, linear.get(0) >> 9, "the linear walk starts low: " + linear.get(0));
        assertTrue(linear.size() > 16, linear.size() + " migrations");
        assertEquals(List.of(), skipped(zone(l)), "the linear walk sets no hints");
    }

    @Test
    void marksKeepTheMigrateScannerOffABlock() {
        List<Integer> kernel = new ArrayList<>();
        Machine k = fragmented("kernel", false, kernel);
        SkipHints.set(zone(k), FIRST_MOVABLE_BLOCK << 9);
        SkipHints.set(zone(k), (FIRST_MOVABLE_BLOCK + 1) << 9);
        k.wakeupKcompactd(0, 9);
        assertEquals(FIRST_MOVABLE_BLOCK + 2, kernel.get(0) >> 9, "first source " + kernel.get(0));

        List<Integer> linear = new ArrayList<>();
        Machine l = fragmented("linear", false, linear);
        SkipHints.set(zone(l), FIRST_MOVABLE_BLOCK << 9);
        SkipHints.set(zone(l), (FIRST_MOVABLE_BLOCK + 1) << 9);
        l.wakeupKcompactd(0, 9);
        assertEquals(FIRST_MOVABLE_BLOCK, linear.get(0) >> 9, "the control ignores hints: " + linear.get(0));
    }

    @Test
    void hintsAreClearedOnlyAfterADirectCompactionsScannersMet() {
        Machine k = fragmented("kernel", true, new ArrayList<>());
        k.wakeupKcompactd(0, 9);
        Zone z = zone(k);
        assertTrue(SkipHints.skip(z, MOSTLY_FREE_BLOCK << 9));
        SkipHints.reset(z, k.engine().ctx.movable);
        assertTrue(SkipHints.skip(z, MOSTLY_FREE_BLOCK << 9), "no flush requested: the hint stays");
        z.compactBlockskipFlush = true; // as __compact_finished() of a direct compaction whose scanners met
        SkipHints.reset(z, k.engine().ctx.movable);
        assertFalse(z.compactBlockskipFlush);
        // __reset_isolation_pfn() samples every 8th page: the even pfns hold LRU pages, so the walk
        // finds a source block first and then clears the hint of the free block
        assertEquals(List.of(), skipped(z), "the now free block is a target again");
    }

    /**
     * A paced kcompactd (a replay following the kernel's) waits for migration budget, but its
     * scanning is not paced: when the kernel's kcompactd is seen running, the engine's scans at
     * once. On a zone without movable pages the run finds its scanners met and ends, drained and
     * deferred (frag's seventh kernel kcompactd slice: a drain and no migration); the control
     * with no budget stays paused at its first step.
     */
    @Test
    void aPacedRunScansWithoutBudgetAndEndsWhenItsScannersMeet() {
        Machine scan = unmovableOnly();
        scan.setKcompactdPaced(true);
        scan.wakeupKcompactd(0, 9);
        assertTrue(scan.kcompactdWoken(), "a paced run waits for budget");
        int shift = zone(scan).compactDeferShift;
        scan.scanKcompactd();
        assertFalse(scan.kcompactdWoken(), "the scanners met: the run is over");
        assertEquals(shift + 1, zone(scan).compactDeferShift, "defer_compaction() after a run whose scanners met");

        Machine control = unmovableOnly();
        control.setKcompactdPaced(true);
        control.wakeupKcompactd(0, 9);
        assertEquals(0, control.runKcompactd(0));
        assertTrue(control.kcompactdWoken(), "no budget: still paused");
        assertEquals(shift, zone(control).compactDeferShift);
    }

    /** The test machine filled with unmovable pages (no migration source anywhere), every other one freed. */
    private static Machine unmovableOnly() {
        Machine m = Machine.boot(MachineSpec.builder().nodes(1).cpus(1).zone(0, ZoneType.DMA32, 4096, 32768)
                .range(4096, 36864, 512).knobs(Knobs.mainline().with("compaction_search", "kernel")).build());
        List<Integer> pfns = new ArrayList<>();
        while (true) {
            int pfn = m.allocPages(0, Gfp.GFP_KERNEL | Gfp.NORETRY | Gfp.MEMALLOC, 0);
            if (pfn == Machine.NO_PAGE) {
                break;
            }
            pfns.add(pfn);
        }
        for (int pfn : pfns) {
            if ((pfn & 1) != 0) {
                m.freePages(0, pfn, 0);
            }
        }
        m.drainAllPages();
        return m;
    }
}
