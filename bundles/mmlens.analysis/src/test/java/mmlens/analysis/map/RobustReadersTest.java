package mmlens.analysis.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.LineKind;
import mmlens.model.MmlensFactory;

/** Damaged input never throws, and readings depend on the code alone. */
class RobustReadersTest {

    private static List<KnobChange> all(String name, String text) {
        List<KnobChange> out = new ArrayList<>();
        for (Hunks.Located l : Hunks.parse(name, text)) {
            out.addAll(KnobReaders.read(l.path(), null, l.hunk()));
            out.addAll(VariantReaders.read(l.path(), null, l.hunk()));
        }
        return out;
    }

    @Test
    void nullAndEmptyHunks() {
        assertEquals(List.of(), KnobReaders.read(null, null, null));
        assertEquals(List.of(), VariantReaders.read(null, null, null));
        Hunk h = MmlensFactory.eINSTANCE.createHunk();
        assertEquals(List.of(), KnobReaders.read("mm/page_alloc.c", "x", h));
        Line odd = MmlensFactory.eINSTANCE.createLine();
        odd.setText(null);
        h.getLines().add(odd);
        Line added = MmlensFactory.eINSTANCE.createLine();
        added.setKind(LineKind.ADDED);
        added.setText("static int watermark_scale_factor = 20;\r");
        h.getLines().add(added);
        List<KnobChange> c = KnobReaders.read(null, null, h);
        assertEquals(1, c.size(), c.toString());
        assertEquals(0, c.get(0).line(), "no source line known");
        assertEquals("static int watermark_scale_factor = 20;", c.get(0).evidence());
        assertEquals(List.of(), VariantReaders.read(null, null, h));
    }

    @Test
    void withoutFunctionContextTheHunkLinesDecide() {
        String d = Hunks.diff("mm/page_alloc.c", null, "-\tif (order >= pageblock_order / 2)",
                "+\tif (order >= pageblock_order / 4)");
        KnobChange c = Hunks.knobs(d).get(0);
        assertEquals("4", c.newValue());
        assertEquals(0.6, c.confidence(), 1e-9, "function unknown: lower confidence");
        String withDef = Hunks.diff("mm/page_alloc.c", null, " static bool should_try_claim_block(unsigned int order,",
                " \t\t\t\t\tint start_mt)", " {", "-\tif (order >= pageblock_order / 2)",
                "+\tif (order >= pageblock_order / 4)");
        assertEquals(1.0, Hunks.knobs(withDef).get(0).confidence());
        KnobChange resolved = KnobReaders.read("mm/page_alloc.c", "should_try_claim_block",
                Hunks.parse("x.diff", d).get(0).hunk()).get(0);
        assertEquals(1.0, resolved.confidence(), "the caller's function is used");
    }

    @Test
    void truncatedHunkStillReadsWhatIsThere() {
        String text = "diff --git a/mm/page_alloc.c b/mm/page_alloc.c\n--- a/mm/page_alloc.c\n+++ b/mm/page_alloc.c\n"
                + "@@ -270,7 +270,7 @@ int min_free_kbytes = 1024;\n static int watermark_boost_factor __read_mostly = 15000;\n"
                + "-static int watermark_scale_factor = 10;\n+static int watermark_scale_factor = 20;\n+static int defrag_m";
        List<KnobChange> c = all("t.diff", text);
        assertEquals(1, c.size(), c.toString());
        assertEquals("watermark_scale_factor", c.get(0).knob());
        assertEquals(7, c.get(0).line());
    }

    @Test
    void crlfInputGivesTheSameReadings() throws Exception {
        String lf = Files.readString(ExampleReadersTest.example("fallback-tuning-v2.mbox"), StandardCharsets.UTF_8);
        List<KnobChange> a = all("lf.mbox", lf);
        List<KnobChange> b = all("crlf.mbox", lf.replace("\n", "\r\n"));
        assertEquals(3, a.size());
        assertEquals(a, b);
    }

    @Test
    void weirdWhitespaceAndLongLines() {
        List<KnobChange> c = Hunks.knobs(Hunks.diff("mm/page_alloc.c", null, "-static   int\twatermark_scale_factor=10 ;",
                "+static   int\twatermark_scale_factor=  20 ;", "+" + "(".repeat(5000) + "1" + ")".repeat(5000)));
        assertEquals(1, c.size(), c.toString());
        assertEquals("20", c.get(0).newValue());
        assertEquals(List.of(), Hunks.knobs(Hunks.diff("mm/page_alloc.c", null,
                "+static int watermark_scale_factor = " + "(".repeat(3000) + "1" + ")".repeat(3000) + ";")));
    }

    @Test
    void binaryAndRandomInputs() {
        Random r = new Random(42);
        for (int n = 0; n < 30; n++) {
            byte[] b = new byte[2000];
            r.nextBytes(b);
            String garbage = new String(b, StandardCharsets.ISO_8859_1);
            String text = Hunks.diff("mm/page_alloc.c", "try_to_claim_block(" + garbage.substring(0, 20), "+" + garbage,
                    "-" + garbage.substring(100), " \0\0\0", "+\tif (free_pages + alike_pages >= (1 << (" + garbage);
            assertNotNull(all("g.diff", text));
        }
        String bin = "diff --git a/x.bin b/x.bin\nGIT binary patch\nliteral 10\nRcmZQzU|?ZjU|;~@00031\n\nliteral 0\nHcmV?d00001\n";
        assertEquals(List.of(), all("b.diff", bin));
    }

    @Test
    void theSameDiffUnderAnotherSubjectAndMessageReadsTheSame() {
        String diff = Hunks.diff("mm/page_alloc.c", "try_to_claim_block(struct zone *zone, struct page *page,",
                "-\tif (free_pages + alike_pages >= (1 << (pageblock_order-1)) ||",
                "+\tif (free_pages + alike_pages >= (1 << (pageblock_order-2)) ||", " \t\t\tpage_group_by_mobility_disabled) {")
                + Hunks.diff("mm/page_alloc.c", "__rmqueue(struct zone *zone, unsigned int order, int migratetype,",
                        "-\t\tpage = __rmqueue_fallback(zone, order, migratetype, alloc_flags);",
                        "+\t\tpage = __rmqueue_claim(zone, order, migratetype, alloc_flags);");
        String a = mail("mm/page_alloc: claim a pageblock earlier", "Claim earlier.", diff);
        String b = mail("mm: raise watermark_scale_factor to 50 and use __rmqueue_steal",
                "This sets tlb_single_page_flush_ceiling = 1 and watermark_scale_factor = 50;\n"
                        + "static int watermark_scale_factor = 50;\nPageUnaccepted migrc_gen execmem_cache", diff);
        List<KnobChange> ra = all("a.eml", a);
        List<KnobChange> rb = all("b.eml", b);
        assertEquals(2, ra.size(), ra.toString());
        assertEquals(strip(ra), strip(rb));
    }

    /** The readings without their input-file line (the two mails differ in length above the diff). */
    private static List<String> strip(List<KnobChange> cs) {
        return cs.stream().map(c -> c.knob() + " " + c.oldValue() + " " + c.newValue() + " " + c.evidence() + " "
                + c.variant() + " " + c.confidence()).toList();
    }

    private static String mail(String subject, String message, String diff) {
        return "From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001\nFrom: A <a@example.org>\n"
                + "Date: Sun, 22 Nov 2026 00:00:00 +0000\nSubject: [PATCH] " + subject + "\n\n" + message
                + "\n\nSigned-off-by: A <a@example.org>\n---\n" + diff + "-- \n2.47.0\n";
    }
}
