package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.check.Suites;
import mmlens.analysis.compare.SeriesComparison;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.analysis.render.CompareJson;
import mmlens.analysis.render.CompareText;
import mmlens.model.PatchSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    private CheckRunOptions run;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String problem = run.problem("compare");
        if (problem != null) {
            err.println(problem);
            return Mmlens.EXIT_UNUSABLE;
        }
        SeriesMapper mapper = run.mapper();
        PatchSeries older = series(oldFile, err, mapper);
        PatchSeries newer = series(newFile, err, mapper);
        if (older == null || newer == null) {
            return Mmlens.EXIT_UNUSABLE;
        }
        if (!noCheck) {
            Integer stopped = run.runSuites("compare", err, monitor -> {
                CheckOptions asked = run.checkOptions();
                Set<String> union = new LinkedHashSet<>(run.suites);
                for (PatchSeries s : List.of(older, newer)) {
                    SeriesCheck.suiteNames(s, asked).stream().filter(Suites.names()::contains).forEach(union::add);
                }
                CheckOptions both = run.checkOptions(new ArrayList<>(union), true);
                for (PatchSeries s : List.of(older, newer)) {
                    SeriesCheck.attach(s, SeriesCheck.run(s, both, monitor));
                }
            });
            if (stopped != null) {
                return stopped;
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
}
