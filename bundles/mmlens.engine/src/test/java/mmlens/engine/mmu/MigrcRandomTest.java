package mmlens.engine.mmu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Randomized multi-cpu schedules ({@link Schedules#runWritableAgain}) on several machine shapes:
 * migrc ({@code flush_policy = deferred}) never produces a finding; without the flush before a
 * marked folio becomes writable ({@code deferred-no-write-flush}) the checker finds the stale
 * read-only translation, with its trace. The normal run does 48 k operations; the long run
 * ({@code -Dmmlens.long=true}) 1.2 M.
 */
class MigrcRandomTest {
    /** cpus, pcid, folio orders: "always" mask and madvise mask. */
    private record Shape(int cpus, boolean pcid, long always, long madvise) {
    }

    private static final List<Shape> SHAPES = List.of(new Shape(2, true, 0, 0),
            new Shape(4, true, (1L << 9) | (1L << 4), 1L << 2), new Shape(8, false, 0, 1L << 9),
            new Shape(3, true, 1L << 4, 0));

    private static Mmu machine(Shape s, FlushPolicy p) {
        return Rigs.small(MmuConfig.builder().cpus(s.cpus).pcid(s.pcid).flushPolicy(p)
                .folioOrders(FolioOrderPolicy.mainline(s.always, s.madvise)));
    }

    /** Runs opsPerShape on every shape; returns the operations run. */
    private static long completeVariantClean(long opsPerShape, long seed) {
        long total = 0;
        long kept = 0;
        long writeFlushes = 0;
        for (Shape s : SHAPES) {
            Mmu m = machine(s, FlushPolicy.DEFERRED_GENERATIONS);
            Schedules sc = new Schedules(m, seed + s.cpus);
            sc.runWritableAgain(opsPerShape);
            total += sc.ops;
            assertEquals(0, m.findingTotal(), s + ": " + m.findings());
            kept += m.stat(MmuStat.DEFERRED_SRC_KEPT);
            writeFlushes += m.deferredWriteFlushes();
        }
        assertTrue(kept > 0, "no flush was ever deferred");
        assertTrue(writeFlushes > 0, "no marked folio was ever made writable");
        return total;
    }

    @Test
    void completeVariantNeverCaught() {
        assertTrue(completeVariantClean(12_000, 11) >= 48_000);
    }

    @Test
    @EnabledIfSystemProperty(named = "mmlens.long", matches = "true")
    void completeVariantNeverCaughtOverAMillionOperations() {
        long t0 = System.nanoTime();
        long ops = completeVariantClean(300_000, 101);
        System.out.printf("migrc complete variant: %d randomized MMU operations on %d shapes, 0 findings, %.1f s%n",
                ops, SHAPES.size(), (System.nanoTime() - t0) / 1e9);
        assertTrue(ops >= 1_200_000);
    }

    @Test
    void withoutTheWriteFlushTheStaleTranslationIsCaught() {
        int caught = 0;
        for (Shape s : SHAPES) {
            Mmu m = machine(s, FlushPolicy.DEFERRED_NO_WRITE_FLUSH);
            new Schedules(m, 11 + s.cpus).runWritableAgain(30_000);
            if (m.findingCount(Finding.Kind.STALE_WRITABLE_TLB) > 0) {
                caught++;
                Finding f = m.findings().get(0);
                assertEquals(Finding.Kind.STALE_WRITABLE_TLB, f.kind(), f.toString());
                assertTrue(String.join("\n", f.trace()).contains("mkwrite-no-flush"), f.toString());
            }
            assertEquals(m.findingCount(Finding.Kind.STALE_WRITABLE_TLB), m.findingTotal(), m.findings().toString());
        }
        assertTrue(caught >= 2, "caught on " + caught + " of " + SHAPES.size() + " shapes");
    }
}
