package mmlens.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.UnacceptedStats;

/** The {@code [machine]} keys {@code unaccepted} and {@code accept_every}. */
class UnacceptedScenarioTest {
    private static final String BASE = "[machine]\nmemory = 512MiB\ncpus = 2\n%s\n[workload]\nops = 2000\n"
            + "[stream s]\ngfp = GFP_HIGHUSER_MOVABLE\norders = 0:90 9:10\nlifetime = forever\n";

    private static Scenario parse(String machineLine) {
        return Scenario.parse("t", String.format(BASE, machineLine), null);
    }

    @Test
    void badValuesNameTheLine() {
        for (String bad : new String[] {"unaccepted = 120%", "unaccepted = 2GiB", "unaccepted = lots",
                "accept_every = 0"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(bad), bad);
            assertTrue(e.getMessage().contains("t:4") && e.getMessage().contains(bad.split(" ")[0]), e.getMessage());
        }
    }

    @Test
    void percentAndSizeMarkMemoryFromTheTop() {
        UnacceptedStats pct = ScenarioRunner.run(parse("unaccepted = 50%"), 1).machine().unacceptedStats();
        UnacceptedStats size = ScenarioRunner.run(parse("unaccepted = 256MiB"), 1).machine().unacceptedStats();
        assertNotNull(pct);
        // 50 % of the present pages (reserved heads excluded) is a little under 256 MiB
        assertTrue(pct.initialKb() > 240 * 1024 && pct.initialKb() <= 256 * 1024, pct.toString());
        assertEquals(256 * 1024, size.initialKb() + size.boot4kKb(), size.toString());
        assertNull(ScenarioRunner.run(parse("cpus = 2"), 1).machine().unacceptedStats());
        UnacceptedStats eager = ScenarioRunner.run(parse("unaccepted = 50%"), 1, Knobs.mainline().with("unaccepted",
                "eager")).machine().unacceptedStats();
        assertEquals("eager", eager.strategy());
        assertEquals(0, eager.unacceptedKb());
        assertEquals(20, pct.acceptedKbSamples().length);
    }
}
