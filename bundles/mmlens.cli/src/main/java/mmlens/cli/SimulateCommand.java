package mmlens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.engine.mmu.Finding;
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
 * formats: allocator /proc files and, when the scenario has an MMU ({@code [phase ...]} sections or
 * MMU machine keys), its DirectMap meminfo, mTHP and tlb_flush counters; {@code vmstat} carries
 * both. One file is printed bare, several each after a {@code ==> name <==} line. Same scenario
 * and seed give byte-identical output. Without {@code --print} a summary is printed (streams,
 * vmstat events, invariant violations; the MMU's counters and findings). Exit 1 if the allocator's
 * invariant checker found violations or the MMU's correctness checker found stale translations
 * (the first printed with its trace on stderr), 2 if the scenario cannot be loaded or lacks a
 * printed file.
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
                    + "(with an MMU also meminfo, mthp, tlb_flush); default: a summary.")
    private List<String> print;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (print != null) {
            if (!ProcOutput.known(print, ScenarioResult.FILES, err)) {
                return Mmlens.EXIT_UNUSABLE;
            }
        }
        ScenarioResult result;
        String text;
        try {
            result = ScenarioRunner.run(Scenario.load(scenario), seed);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("mmlens: cannot load scenario " + scenario + ": " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        }
        try {
            text = print == null ? result.summary() : render(result, print);
        } catch (IllegalArgumentException e) {
            err.println("mmlens: cannot print " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        }
        out.print(text);
        out.flush();
        int exit = 0;
        if (!result.violations().isEmpty()) {
            err.println("mmlens: " + result.violations().size() + " invariant violation(s); first: " + result.violations().get(0));
            exit = 1;
        }
        List<Finding> findings = result.findings();
        if (!findings.isEmpty()) {
            err.println("mmlens: " + result.findingTotal() + " correctness finding(s); first:");
            err.println(findings.get(0));
            exit = 1;
        }
        return exit;
    }

    /** The files one after another, each after a {@code ==> name <==} line when there are several. */
    private static String render(ScenarioResult result, List<String> files) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < files.size(); i++) {
            if (files.size() > 1) {
                sb.append(i == 0 ? "" : "\n").append("==> ").append(files.get(i)).append(" <==\n");
            }
            sb.append(result.render(files.get(i)));
        }
        return sb.toString();
    }

    /** Built-in scenario names for help text and completion. */
    static final class BuiltinScenarios implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Scenario.builtinNames().iterator();
        }
    }
}
