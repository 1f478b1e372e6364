package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;

import mmlens.engine.Gfp;

import org.junit.jupiter.api.Test;

class TraceGfpTest {

    @Test
    void kernelNamesBecomeEngineMasks() {
        assertEquals(Gfp.GFP_KERNEL | Gfp.ACCOUNT | Gfp.COMP | Gfp.ZERO,
                TraceGfp.mask("GFP_KERNEL_ACCOUNT|__GFP_COMP|__GFP_ZERO"));
        assertEquals(Gfp.GFP_HIGHUSER_MOVABLE, TraceGfp.mask("GFP_HIGHUSER_MOVABLE"));
        assertEquals(0, TraceGfp.mask("none"));
        assertEquals(Gfp.GFP_NOWAIT | (1 << 26), TraceGfp.mask("GFP_NOWAIT|0x4000000"));
        assertEquals(Gfp.COMP, TraceGfp.mask("__GFP_COMP|__GFP_ZEROTAGS"));
        assertEquals(List.of("__GFP_ZEROTAGS"), TraceGfp.unknownNames("__GFP_COMP|__GFP_ZEROTAGS"));
    }

    /** Every gfp_flags text in the recorded runs converts, and gives the migratetype the kernel printed. */
    @Test
    void recordedFlagsConvertAndAgreeOnMigratetype() throws IOException {
        TreeSet<String> unknown = new TreeSet<>();
        for (String w : OracleRuns.WORKLOADS) {
            try (TraceReader r = OracleRuns.load(w).openTrace()) {
                r.forEach(e -> {
                    if (e instanceof PageAlloc) {
                        PageAlloc a = (PageAlloc) e;
                        unknown.addAll(TraceGfp.unknownNames(a.gfpFlags()));
                        assertEquals(a.migratetype(), Gfp.mainlineMigratetype(TraceGfp.mask(a.gfpFlags())),
                                () -> a.gfpFlags() + " at line " + a.header().line());
                    }
                });
            }
        }
        assertEquals(new TreeSet<>(), unknown);
    }
}
