package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

import mmlens.analysis.check.CheckMonitor;
import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.check.Suites;
import mmlens.analysis.compare.SeriesComparison;
import mmlens.analysis.map.KernelTree;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.map.SymbolCatalog;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.analysis.render.CompareJson;
import mmlens.analysis.render.CompareText;
import mmlens.model.PatchSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens compare OLD NEW [--format text|json] [--no-check] [--seeds N] [--suite NAME|FILE]...
 * [--only-suites] [--quiet]}: two versions of a series (the first series of each input) matched
 * patch by patch (change-id, subject, content), then per patch what changed in its mapping and in
 * the effects and findings attributed to it. Both versions are checked on the same suites (the
 * union of what each would run) and seeds, unless {@code --no-check}. Exit 0; 2 when an input
 * gives no series or a suite does not load.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two versions of a patch series by mapping and predicted effect.")
final class CompareCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older version (mbox, patch files...).")
    private Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer version.")
    private Path newFile;

    @Option(names = "--format", defaultValue = "text", description = "text or json (bundles/mmlens.analysis/JSON.md; default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--no-check", description = "Compare the mappings only; run no scenarios.")
    private boolean noCheck;

    @Option(names = "--seeds", defaultValue = "5", description = "Seeds per scenario and side, at least 2 (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--suite", paramLabel = "NAME|FILE", description = "Add a built-in suite or a scenario file (repeatable).")
    private List<String> suites = new ArrayList<>();

    @Option(names = "--only-suites", description = "Run only the --suite ones, not those of the mechanisms found.")
    private boolean onlySuites;

    @Option(names = "--quiet", description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--threads", description = "Worker threads (default: the processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--kernel-tree", paramLabel = "DIR", description = "A kernel source tree for the mapping (see mmlens map).")
    private Path kernelTree;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (seeds < 2) {
            err.println("mmlens compare: --seeds must be at least 2");
            return Mmlens.EXIT_UNUSABLE;
        }
        if (kernelTree != null && !Files.isDirectory(kernelTree)) {
            err.println("mmlens compare: --kernel-tree " + kernelTree + " is not a directory");
            return Mmlens.EXIT_UNUSABLE;
        }
        SeriesMapper mapper = new SeriesMapper(SymbolCatalog.get(), kernelTree == null ? null : new KernelTree(kernelTree));
        PatchSeries older = series(oldFile, err, mapper);
        PatchSeries newer = series(newFile, err, mapper);
        if (older == null || newer == null) {
            return Mmlens.EXIT_UNUSABLE;
        }
        if (!noCheck) {
            try {
                CheckOptions asked = new CheckOptions(seeds, suites, onlySuites, Math.max(1, threads));
                Set<String> union = new LinkedHashSet<>(suites);
                for (PatchSeries s : List.of(older, newer)) {
                    SeriesCheck.suiteNames(s, asked).stream().filter(Suites.names()::contains).forEach(union::add);
                }
                CheckOptions both = new CheckOptions(seeds, new ArrayList<>(union), true, Math.max(1, threads));
                for (PatchSeries s : List.of(older, newer)) {
                    SeriesCheck.attach(s, SeriesCheck.run(s, both, monitor(err)));
                }
            } catch (CancellationException e) {
                err.println("\nmmlens compare: interrupted, nothing reported");
                return 130;
            } catch (IllegalArgumentException e) {
                err.println("mmlens compare: " + e.getMessage());
                return Mmlens.EXIT_UNUSABLE;
            }
        }
        SeriesComparison.Result r = SeriesComparison.compare(older, newer);
        out.print(format == Format.json ? CompareJson.render(r) : CompareText.render(r));
        out.flush();
        return 0;
    }

    private static PatchSeries series(Path file, PrintWriter err, SeriesMapper mapper) {
        ParseResult r = new PatchParser().parse(List.of(file));
        if (!r.parsedAnything() || r.series().isEmpty()) {
            Inputs.reportNothingParsed(err, List.of(file), r);
            return null;
        }
        PatchSeries s = r.series().get(0);
        mapper.mapSeries(s);
        return s;
    }

    private CheckMonitor monitor(PrintWriter err) {
        boolean bar = !quiet && System.console() != null;
        return new CheckMonitor() {
            @Override
            public void worked(String scenario, long seed, int done, int total) {
                if (bar) {
                    err.print("\r" + done + "/" + total + " " + scenario + " seed " + seed + "        ");
                    if (done == total) {
                        err.print("\r" + " ".repeat(70) + "\r");
                    }
                    err.flush();
                }
            }

            @Override
            public boolean isCanceled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }
}
