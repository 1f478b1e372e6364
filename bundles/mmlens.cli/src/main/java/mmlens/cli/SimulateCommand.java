package mmlens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.engine.mmu.MmuScenario;
import mmlens.engine.proc.ProcFormatter;
import mmlens.engine.scenario.Scenario;
import mmlens.engine.scenario.ScenarioResult;
import mmlens.engine.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens simulate SCENARIO [--seed N] [--print FILE,...]}: runs a scenario file (or a
 * built-in scenario by name) deterministically and prints the final state in the kernel's
 * formats. Allocator scenarios ({@code [stream ...]} sections) print /proc files; MMU scenarios
 * ({@code [phase ...]} sections, see {@link MmuSimulation}) print vmstat/meminfo counters. Same scenario and seed give byte-identical output. Without {@code --print} a summary
 * (streams, vmstat events, invariant violations) is printed. Exit 1 if the invariant checker
 * found violations, 2 if the scenario cannot be loaded.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a seeded scenario on the engine and print the resulting state.")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "A scenario file, or a built-in name: ${COMPLETION-CANDIDATES}.",
            completionCandidates = BuiltinScenarios.class)
    private String scenario;

    @Option(names = "--seed", defaultValue = "1", description = "RNG seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--print", split = ",", paramLabel = "FILE",
            description = "Comma-separated: buddyinfo, pagetypeinfo, extfrag, unusable, vmstat, zoneinfo "
                    + "(MMU scenarios: vmstat, meminfo, mthp, tlb_flush); default: a summary.")
    private List<String> print;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (MmuScenario.handles(scenario)) {
            return MmuSimulation.run(scenario, seed, print, out, err);
        }
        if (print != null) {
            for (String f : print) {
                if (!ProcFormatter.FILES.contains(f)) {
                    err.println("mmlens: unknown --print file '" + f + "', expected one of " + ProcFormatter.FILES);
                    return Mmlens.EXIT_UNUSABLE;
                }
            }
        }
        ScenarioResult result;
        try {
            result = ScenarioRunner.run(Scenario.load(scenario), seed);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("mmlens: cannot load scenario " + scenario + ": " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        }
        if (print == null) {
            out.print(result.summary());
            out.flush();
        } else {
            ProcOutput.print(out, result.machine(), print);
        }
        if (!result.violations().isEmpty()) {
            err.println("mmlens: " + result.violations().size() + " invariant violation(s); first: " + result.violations().get(0));
            return 1;
        }
        return 0;
    }

    /** Built-in scenario names for help text and completion. */
    static final class BuiltinScenarios implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            List<String> all = new java.util.ArrayList<>(Scenario.builtinNames());
            all.addAll(MmuScenario.builtinNames());
            return all.iterator();
        }
    }
}
