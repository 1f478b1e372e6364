package mmlens.engine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import mmlens.engine.Machine;
import mmlens.engine.SharedSamples;
import mmlens.engine.ZoneView;
import mmlens.engine.proc.ProcFormatter;
import mmlens.engine.proc.ProcImporter;

/** fill_contig_page_info(), __fragmentation_index(), unusable_free_index() of mm/vmstat.c. */
class ContigPageInfoTest {
    private static long[] counts(int... perOrder) {
        long[] a = new long[11];
        for (int i = 0; i < perOrder.length; i++) {
            a[i] = perOrder[i];
        }
        return a;
    }

    @Test
    void workedExampleFromKernelFactsOrder4() {
        long[] nr = counts(100, 0, 0, 10);
        ContigPageInfo i = ContigPageInfo.fill(nr, 4);
        assertEquals(180, i.freePages());
        assertEquals(110, i.freeBlocksTotal());
        assertEquals(0, i.freeBlocksSuitable());
        assertEquals(889, i.fragmentationIndex(4));
        assertEquals(" 0.889", ContigPageInfo.formatExtfrag(889));
        assertEquals(1000, i.unusableFreeIndex(4));
        assertEquals("1.000", ContigPageInfo.formatUnusable(1000));
    }

    @Test
    void workedExampleFromKernelFactsOrder3() {
        ContigPageInfo i = ContigPageInfo.fill(counts(100, 0, 0, 10), 3);
        assertEquals(10, i.freeBlocksSuitable());
        assertEquals(-1000, i.fragmentationIndex(3));
        assertEquals("-1.000", ContigPageInfo.formatExtfrag(-1000));
        assertEquals(555, i.unusableFreeIndex(3));
        assertEquals(55, i.extfragForOrder(3));
    }

    @Test
    void emptyZoneConventions() {
        ContigPageInfo i = ContigPageInfo.fill(new long[11], 2);
        assertEquals(0, i.fragmentationIndex(2));
        assertEquals(1000, i.unusableFreeIndex(2));
        assertEquals(0, i.extfragForOrder(2));
        assertEquals(0, ContigPageInfo.fill(counts(1), 11).fragmentationIndex(11));
    }

    /** Every zone and order of the imported sample against the formula evaluated by hand here. */
    @Test
    void extfragAndUnusableOfImportedSampleMatchFormula() {
        Path dir = SharedSamples.sampleDir("vm-6.18-a");
        Machine m = ProcImporter.fromDirectory(dir);
        StringBuilder extfrag = new StringBuilder();
        StringBuilder unusable = new StringBuilder();
        for (ZoneView z : m.zones()) {
            if (z.presentPages() == 0) {
                continue;
            }
            String head = String.format("Node %d, zone %8s ", z.nid(), z.type().kernelName());
            extfrag.append(head);
            unusable.append(head);
            for (int order = 0; order <= 10; order++) {
                long pages = 0;
                long total = 0;
                long suitable = 0;
                for (int o = 0; o <= 10; o++) {
                    pages += z.nrFree(o) << o;
                    total += z.nrFree(o);
                    if (o >= order) {
                        suitable += z.nrFree(o) << (o - order);
                    }
                }
                long frag = total == 0 ? 0 : suitable > 0 ? -1000 : 1000 - (1000 + pages * 1000 / (1L << order)) / total;
                long unus = pages == 0 ? 1000 : (pages - (suitable << order)) * 1000 / pages;
                extfrag.append(String.format("%2d.%03d ", frag / 1000, frag % 1000));
                unusable.append(String.format("%d.%03d ", unus / 1000, unus % 1000));
            }
            extfrag.append('\n');
            unusable.append('\n');
        }
        assertEquals(extfrag.toString(), ProcFormatter.extfragIndex(m));
        assertEquals(unusable.toString(), ProcFormatter.unusableIndex(m));
    }
}
