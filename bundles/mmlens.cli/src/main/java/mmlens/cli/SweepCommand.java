package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.analysis.check.KnobSweep;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.render.SweepReport;
import mmlens.model.PatchSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens sweep FILE...|- [--knob NAME] [--values V,V...] [--format text|json] [--seeds N]
 * [--suite NAME|FILE]... [--only-suites] [--quiet]}: for each integer knob the series changes, the
 * suites of its mechanism at values around the baseline's and the series' ones (an enum knob of
 * more than two values: at every value; the other knobs as the series leaves them), and the
 * metrics that move against the baseline value at every value ({@link KnobSweep}).
 * Exit 0; 2 for unusable input or options; 130 when interrupted.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run each integer knob a series changes at values around the baseline's and the series' (an"
                + " enum knob at every value) and show how the metrics it moves vary.")
final class SweepCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; they are only read. A single - reads one input from stdin.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--knob", paramLabel = "NAME", description = "Sweep only this knob.")
    private String knob;

    @Option(names = "--values", paramLabel = "V", split = ",", description = "Values to run (the baseline's and the series' are added; default: half the lower, both, the middle, twice the upper; an enum knob's: all).")
    private List<String> values = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json (bundles/mmlens.analysis/JSON.md; default: ${DEFAULT-VALUE}).")
    private Format format;

    @Mixin
    private CheckRunOptions run;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckRunOptions.Prepared in = run.prepare("sweep", files, err);
        if (in.exit() != null) {
            return in.exit();
        }
        ParseResult result = in.result();
        SeriesMapper mapper = run.mapper();
        List<SweepReport.Entry> entries = new ArrayList<>();
        Integer stopped = run.runSuites("sweep", err, monitor -> {
            for (PatchSeries s : result.series()) {
                mapper.mapSeries(s);
                entries.add(new SweepReport.Entry(s, KnobSweep.run(s, run.checkOptions(), knob, values, monitor)));
            }
        });
        if (stopped != null) {
            return stopped;
        }
        if (format == Format.json) {
            out.print(SweepReport.json(entries, run.seeds));
        } else {
            out.print(SweepReport.text(entries, run.seeds, result.diagnostics()));
        }
        out.flush();
        return result.exitCode();
    }
}
