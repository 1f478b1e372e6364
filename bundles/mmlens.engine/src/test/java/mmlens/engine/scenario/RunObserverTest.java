package mmlens.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuStat;

/** A {@link RunObserver} sees every step of a run and does not change it. */
class RunObserverTest {

    private static Scenario small(String text) {
        return Scenario.parse("observed", text, null);
    }

    @Test
    void seesEveryAllocatorOperationAndLeavesTheRunUnchanged() {
        Scenario s = small("[machine]\nmemory = 256MiB\ncpus = 2\n[workload]\nops = 3000\n"
                + "[stream a]\ngfp = GFP_KERNEL\norders = 0:80 3:20\nweight = 1\nlifetime = exp 500\n");
        List<Long> ops = new ArrayList<>();
        long[] freeAtOp1000 = {-1};
        ScenarioResult observed = ScenarioRunner.run(s, 7, Knobs.mainline(), null, new RunObserver() {
            @Override
            public void afterOp(long op, long total, Machine m) {
                assertEquals(3000, total);
                ops.add(op);
                if (op == 999) {
                    freeAtOp1000[0] = m.zones().stream().mapToLong(z -> z.freePages()).sum();
                }
            }
        });
        assertEquals(3000, ops.size());
        assertEquals(0L, ops.get(0));
        assertEquals(2999L, ops.get(2999));
        ScenarioResult plain = ScenarioRunner.run(s, 7, Knobs.mainline());
        assertEquals(plain.render("vmstat"), observed.render("vmstat"));
        assertEquals(plain.render("buddyinfo"), observed.render("buddyinfo"));
        // the mid-run reading is a real state of the run, not its end
        long freeAtEnd = plain.machine().zones().stream().mapToLong(z -> z.freePages()).sum();
        assertEquals(true, freeAtOp1000[0] > 0 && freeAtOp1000[0] != freeAtEnd, freeAtOp1000[0] + " vs " + freeAtEnd);
    }

    @Test
    void seesEveryMmuStepFromBootToTheLastProcess() {
        Scenario s = small("[machine]\nmemory = 512MiB\ncpus = 2\n[phase build]\nkind = anon-faults\nprocesses = 6\npages = 64\n");
        List<Long> steps = new ArrayList<>();
        List<Long> faults = new ArrayList<>();
        ScenarioResult observed = ScenarioRunner.run(s, 3, Knobs.mainline(), null, new RunObserver() {
            @Override
            public void afterMmuStep(int phase, long step, Machine m, Mmu mmu) {
                assertEquals(0, phase);
                steps.add(step);
                faults.add(mmu.stat(MmuStat.PGFAULT));
                for (int c = 0; c < mmu.cpus(); c++) {
                    assertEquals(true, mmu.pendingFlushes(c) >= 0);
                }
            }
        });
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L), steps);
        assertEquals(0L, faults.get(0));
        for (int i = 1; i < faults.size(); i++) {
            assertEquals(true, faults.get(i) > faults.get(i - 1), "faults grow with each process: " + faults);
        }
        ScenarioResult plain = ScenarioRunner.run(s, 3, Knobs.mainline());
        assertEquals(plain.mmu().stat(MmuStat.PGFAULT), observed.mmu().stat(MmuStat.PGFAULT));
        assertEquals(faults.get(6), plain.mmu().stat(MmuStat.PGFAULT));
    }
}
