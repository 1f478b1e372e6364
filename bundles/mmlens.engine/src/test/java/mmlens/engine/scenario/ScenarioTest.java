package mmlens.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import mmlens.engine.Gfp;
import mmlens.engine.proc.ProcFormatter;

class ScenarioTest {
    static List<String> builtins() {
        return Scenario.builtinNames();
    }

    private static String everything(ScenarioResult r) {
        StringBuilder sb = new StringBuilder(r.summary());
        for (String f : ProcFormatter.FILES) {
            sb.append(r.render(f));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @MethodSource("builtins")
    void sameSeedGivesByteIdenticalOutputAndOtherSeedsDiffer(String name) {
        String a = everything(ScenarioRunner.run(Scenario.builtin(name), 42));
        String b = everything(ScenarioRunner.run(Scenario.builtin(name), 42));
        String c = everything(ScenarioRunner.run(Scenario.builtin(name), 43));
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void parsesDocumentedFormat() {
        Scenario s = Scenario.parse("t", """
                [machine]
                memory = 256MiB   # small
                cpus = 2
                [workload]
                ops = 5000
                check_every = 1000
                [stream a]
                gfp = GFP_KERNEL|__GFP_RECLAIMABLE
                orders = 0:3 2:1
                lifetime = uniform 10 20
                [burst b]
                at = 100
                count = 5
                orders = 9:1
                gfp = GFP_TRANSHUGE_LIGHT
                """, null);
        assertEquals(2, s.streams().size());
        assertEquals(Gfp.GFP_KERNEL | Gfp.RECLAIMABLE, s.streams().get(0).gfp());
        assertTrue(s.streams().get(1).isBurst());
        ScenarioResult r = ScenarioRunner.run(s, 7);
        assertEquals(List.of(), r.violations());
        assertEquals(5, r.streams().get(1).requests());
    }

    @Test
    void machineFromProcSnapshotDirectory() {
        java.nio.file.Path dir = mmlens.engine.SharedSamples.sampleDir("vm-6.18-a");
        Scenario s = Scenario.parse("imported", "[machine]\nproc = " + dir.getFileName() + "\n[workload]\nops = 20000\n"
                + "check_every = 5000\n[stream k]\ngfp = GFP_KERNEL\norders = 0:4 3:1\nlifetime = exp 3000\n",
                dir.getParent());
        ScenarioResult r = ScenarioRunner.run(s, 5);
        assertEquals(List.of(), r.violations());
        assertEquals(0, r.streams().get(0).failures());
    }

    @Test
    void explicitZonesReplaceTheX86Layout() {
        Scenario s = Scenario.parse("z", "[machine]\nzone.0 = 0 DMA32 4096 65536 512\nzone.1 = 0 Normal 1048576 131072 0\n"
                + "cpus = 2\n[workload]\nops = 1000\n[stream k]\ngfp = GFP_KERNEL\n", null);
        ScenarioResult r = ScenarioRunner.run(s, 1);
        String bi = r.render("buddyinfo");
        assertTrue(bi.contains("zone    DMA32") && bi.contains("zone   Normal") && !bi.contains("zone      DMA "), bi);
        assertEquals(131072, r.machine().zones().get(2).managedPages());
    }

    @Test
    void rejectsUnknownKeys() {
        assertThrows(IllegalArgumentException.class, () -> Scenario.parse("t", "[machine]\nmemroy = 1GiB\n", null));
    }

    @Test
    void malformedMachineValuesNameLineKeyAndForm() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "# a machine\n[machine]\nmemory = banana\n", null));
        assertTrue(e.getMessage().startsWith("bad:3: memory = banana: expected a whole number of MiB or GiB"), e.getMessage());
        assertTrue(e.getMessage().contains("e.g. 512MiB or 4GiB"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "[machine]\nmemory = 1GiB\ncpus = four\n", null));
        assertTrue(e.getMessage().startsWith("bad:3: cpus = four: expected a whole number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "[machine]\nnodes = -1\ncpus = 4\n", null));
        assertTrue(e.getMessage().startsWith("bad:2: nodes = -1: expected a whole number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("bad", "[machine]\nnodes = 4\ncpus = 2\n", null));
        assertTrue(e.getMessage().startsWith("bad:3: cpus = 2 with nodes = 4: need at least one cpu per node"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Scenario.parse("bad", "[machine]\nmemory = 2 TB\n", null));
        assertTrue(e.getMessage().startsWith("bad:2: memory = 2 TB: expected"), e.getMessage());
        // the accepted spellings
        for (String m : List.of("512", "512MiB", "512M", "512 mib", "2GiB", "2G", "2gb")) {
            Scenario.parse("ok", "[machine]\nmemory = " + m + "\n", null);
        }
    }

    @Test
    void outOfRangeMachineSizesAreRefusedWithTheEngineLimit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("big", "[machine]\nmemory = 1048576GiB\n", null));
        assertTrue(e.getMessage().startsWith("big:2: memory = 1048576GiB: expected"), e.getMessage());
        assertTrue(e.getMessage().contains("8184GiB (the engine's limit: pfns are 32-bit ints)"), e.getMessage());
        for (String m : List.of("8185GiB", "8380417", "99999999999999999999999GiB", "63MiB", "0")) {
            assertThrows(IllegalArgumentException.class, () -> Scenario.parse("big", "[machine]\nmemory = " + m + "\n", null), m);
        }
        Scenario.parse("edge", "[machine]\nmemory = 8184GiB\n", null);
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("big", "[machine]\nmemory = 1GiB\ncpus = 1000000\n", null));
        assertTrue(e.getMessage().startsWith("big:3: cpus = 1000000: expected a whole number from 1 to 8192"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Scenario.parse("big", "[machine]\nnodes = 4096\ncpus = 8192\n", null));
        assertTrue(e.getMessage().startsWith("big:2: nodes = 4096: expected a whole number from 1 to 1024"), e.getMessage());
        // the API refuses too instead of wrapping the pfns
        assertThrows(IllegalArgumentException.class, () -> mmlens.engine.MachineSpec.x86(1048576L * 1024, 2, 1));
    }

    @Test
    void highOrderScenarioExercisesCompactionAndFallback() {
        ScenarioResult r = ScenarioRunner.run(Scenario.builtin("highorder-fragmentation"), 42);
        String vmstat = r.render("vmstat");
        assertTrue(r.machine().event(mmlens.engine.VmEvent.COMPACT_STALL) > 0, vmstat);
        assertEquals(List.of(), r.machine().checkInvariants());
    }
}
