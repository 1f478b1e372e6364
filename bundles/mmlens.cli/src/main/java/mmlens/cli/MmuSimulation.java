package mmlens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import mmlens.engine.mmu.Finding;
import mmlens.engine.mmu.Mmu;
import mmlens.engine.mmu.MmuProc;
import mmlens.engine.mmu.MmuScenario;
import mmlens.engine.mmu.MmuScenarioResult;
import mmlens.engine.mmu.MmuScenarioRunner;

/**
 * {@code mmlens simulate} for MMU scenarios (direct map, TLBs, folios, migration): prints the
 * whole report, or the chosen counter groups in the kernel's line formats. Exit 1 when the
 * correctness checker reported findings (each printed with its trace on stderr), 2 when the
 * scenario cannot be loaded.
 */
final class MmuSimulation {

    /** Counter groups accepted by {@code --print} for MMU scenarios. */
    static final Map<String, Function<Mmu, List<String>>> GROUPS = Map.of(
            "vmstat", MmuProc::vmstat,
            "meminfo", MmuProc::meminfoDirectMap,
            "mthp", MmuProc::mthpStats,
            "tlb_flush", MmuProc::flushReasons);

    private MmuSimulation() {
    }

    static int run(String scenario, long seed, List<String> print, PrintWriter out, PrintWriter err) {
        if (print != null) {
            for (String g : print) {
                if (!GROUPS.containsKey(g)) {
                    err.println("mmlens: unknown --print group '" + g + "' for an MMU scenario, expected one of "
                            + GROUPS.keySet().stream().sorted().toList());
                    return Mmlens.EXIT_UNUSABLE;
                }
            }
        }
        MmuScenarioResult result;
        try {
            result = MmuScenarioRunner.run(MmuScenario.load(scenario), seed);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("mmlens: cannot load scenario " + scenario + ": " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        }
        if (print == null) {
            result.lines().forEach(out::println);
        } else {
            for (String g : print) {
                GROUPS.get(g).apply(result.mmu()).forEach(out::println);
            }
        }
        out.flush();
        List<Finding> findings = result.findings();
        if (!findings.isEmpty()) {
            err.println("mmlens: " + result.mmu().findingTotal() + " correctness finding(s); first:");
            err.println(findings.get(0));
            return 1;
        }
        return 0;
    }
}
