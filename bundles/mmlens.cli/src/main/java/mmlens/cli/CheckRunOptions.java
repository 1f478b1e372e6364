package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import mmlens.analysis.check.CheckMonitor;
import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.map.KernelTree;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.map.SymbolCatalog;
import mmlens.analysis.parse.ParseResult;
import picocli.CommandLine.Option;

/**
 * The options {@code mmlens check} and {@code mmlens compare} share (a picocli mixin): how the
 * scenario suites run (seeds, suites, threads), where the mapping reads kernel source, and whether
 * progress is shown. One copy, so both commands validate and report them alike.
 */
final class CheckRunOptions {

    @Option(names = "--seeds", defaultValue = "5", description = "Seeds per scenario and side, at least 2 (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--suite", paramLabel = "NAME|FILE", description = "Add a built-in suite or a scenario file (repeatable).")
    List<String> suites = new ArrayList<>();

    @Option(names = "--only-suites", description = "Run only the --suite ones, not those of the mechanisms found.")
    boolean onlySuites;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--threads", description = "Worker threads (default: the processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--kernel-tree", paramLabel = "DIR", description = "A kernel source tree for the mapping (see mmlens map).")
    Path kernelTree;

    /**
     * The first problem with these options, as a message naming the command ("mmlens check: ..."),
     * or null when they are usable.
     */
    String problem(String command) {
        String treeProblem = kernelTree == null ? null : KernelTree.problem(kernelTree);
        if (treeProblem != null) {
            return "mmlens " + command + ": --kernel-tree " + treeProblem;
        }
        if (seeds < 2) {
            return "mmlens " + command + ": --seeds must be at least 2";
        }
        return null;
    }

    /** The mapper: the built-in symbol catalog, with the kernel tree when one was given. */
    SeriesMapper mapper() {
        return new SeriesMapper(SymbolCatalog.get(), kernelTree == null ? null : new KernelTree(kernelTree));
    }

    /** The check options as given (at least one thread). */
    CheckOptions checkOptions() {
        return checkOptions(suites, onlySuites);
    }

    /** The check options with another suite list (same seeds and threads). */
    CheckOptions checkOptions(List<String> suiteList, boolean only) {
        return new CheckOptions(seeds, suiteList, only, Math.max(1, threads));
    }

    /** The parsed inputs, or the exit code when there is nothing to run (the reason said on stderr). */
    record Prepared(ParseResult result, Integer exit) {
    }

    /**
     * Checks these options and parses {@code files}: {@link Prepared#exit()} is
     * {@link Mmlens#EXIT_UNUSABLE} for a problem with the options, the parse's exit code when nothing
     * could be parsed, else null with the result.
     */
    Prepared prepare(String command, List<Path> files, PrintWriter err) {
        String problem = problem(command);
        if (problem != null) {
            err.println(problem);
            return new Prepared(null, Mmlens.EXIT_UNUSABLE);
        }
        ParseResult result = Inputs.parse(files);
        if (!result.parsedAnything()) {
            Inputs.reportNothingParsed(err, files, result);
            return new Prepared(null, result.exitCode());
        }
        return new Prepared(result, null);
    }

    /** Work that runs the suites with the monitor given. */
    @FunctionalInterface
    interface SuiteWork {
        void run(CheckMonitor monitor);
    }

    /**
     * Runs {@code work} with the progress monitor, Ctrl-C (the JVM's shutdown) canceling it: null
     * when it finished, else the exit code after saying why on {@code err} (130 interrupted, nothing
     * reported; {@link Mmlens#EXIT_UNUSABLE} for an {@link IllegalArgumentException}, e.g. a suite
     * that does not load).
     */
    Integer runSuites(String command, PrintWriter err, SuiteWork work) {
        AtomicBoolean canceled = new AtomicBoolean();
        Thread hook = new Thread(() -> canceled.set(true), "mmlens-" + command + "-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            work.run(monitor(err, canceled));
            return null;
        } catch (CancellationException e) {
            err.println("\nmmlens " + command + ": interrupted, nothing reported");
            return 130;
        } catch (IllegalArgumentException e) {
            err.println("mmlens " + command + ": " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
    }

    /**
     * A progress bar on stderr when it is a terminal and not {@code --quiet}; canceled when
     * {@code canceled} is set or the thread is interrupted.
     */
    CheckMonitor monitor(PrintWriter err, AtomicBoolean canceled) {
        boolean bar = !quiet && System.console() != null;
        return new CheckMonitor() {
            @Override
            public void worked(String scenario, long seed, int done, int total) {
                if (bar) {
                    int width = 30;
                    int filled = total == 0 ? width : done * width / total;
                    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total
                            + " " + scenario + " seed " + seed + "        ");
                    if (done == total) {
                        err.print("\r" + " ".repeat(width + 60) + "\r");
                    }
                    err.flush();
                }
            }

            @Override
            public boolean isCanceled() {
                return canceled.get() || Thread.currentThread().isInterrupted();
            }
        };
    }
}
