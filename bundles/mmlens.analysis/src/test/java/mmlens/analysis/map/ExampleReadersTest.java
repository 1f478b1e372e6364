package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/** The bundled example inputs (releng/examples) read hunk by hunk. */
class ExampleReadersTest {

    static Path example(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path e = p.resolve("releng/examples").resolve(name);
            if (Files.isRegularFile(e)) {
                return e;
            }
        }
        throw new AssertionError("no releng/examples/" + name + " above " + Path.of("").toAbsolutePath());
    }

    private static List<KnobChange> readAll(Path file) {
        List<KnobChange> out = new ArrayList<>();
        for (Hunks.Located l : Hunks.parse(file)) {
            out.addAll(KnobReaders.read(l.path(), null, l.hunk()));
        }
        return out;
    }

    @Test
    void fallbackTuningSeriesGivesItsThreeKnobsAtTheirPlusLines() {
        List<KnobChange> c = readAll(example("fallback-tuning-v2.mbox"));
        assertEquals(3, c.size(), c.toString());
        assertEquals(new KnobChange("claim_threshold_shift", "1", "2", 60,
                "if (free_pages + alike_pages >= (1 << (pageblock_order-2)) ||", null, 1.0), c.get(0));
        assertEquals(new KnobChange("watermark_scale_factor", "10", "20", 93,
                "static int watermark_scale_factor = 20;", null, 1.0), c.get(1));
        assertEquals(new KnobChange("tlb_single_page_flush_ceiling", "33", "16", 127,
                "unsigned long tlb_single_page_flush_ceiling __read_mostly = 16;", null, 1.0), c.get(2));
        Knobs k = Knobs.mainline();
        for (KnobChange kc : c) {
            k = k.with(kc.knob(), kc.newValue());
        }
        assertEquals("claim_threshold_shift=2, tlb_single_page_flush_ceiling=16, watermark_scale_factor=20",
                k.toString());
    }

    @Test
    void fallbackTuningLineNumbersPointAtThePlusLinesOfTheFile() throws Exception {
        List<String> file = Files.readAllLines(example("fallback-tuning-v2.mbox"));
        for (KnobChange c : readAll(example("fallback-tuning-v2.mbox"))) {
            String at = file.get(c.line() - 1);
            assertTrue(at.startsWith("+") && at.substring(1).trim().equals(c.evidence()), c + " vs " + at);
        }
    }

    @Test
    void claimThresholdPatchRaisesTheDivisor() {
        List<KnobChange> c = readAll(example("claim-threshold.patch"));
        assertEquals(List.of(new KnobChange("claim_order_divisor", "2", "4", 23,
                "if (order >= pageblock_order / 4)", null, 1.0)), c);
    }

    @Test
    void examplesCarryNoStructuralVariant() {
        for (String name : List.of("fallback-tuning-v2.mbox", "claim-threshold.patch")) {
            for (Hunks.Located l : Hunks.parse(example(name))) {
                assertEquals(List.of(), VariantReaders.read(l.path(), null, l.hunk()), name);
            }
        }
    }
}
