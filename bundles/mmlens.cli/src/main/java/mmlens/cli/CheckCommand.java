package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.EndState;
import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.check.Suites;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.render.CheckCheckpatch;
import mmlens.analysis.render.CheckEmail;
import mmlens.analysis.render.CheckHtml;
import mmlens.analysis.render.CheckJson;
import mmlens.analysis.render.CheckPatchwork;
import mmlens.analysis.render.CheckSarif;
import mmlens.analysis.render.CheckText;
import mmlens.model.Finding;
import mmlens.model.ImpactResult;
import mmlens.model.PatchSeries;
import mmlens.model.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens check FILE...|- [--format text|json|sarif|checkpatch|patchwork|email|html] [--target-url URL] [--seeds N] [--suite NAME|FILE]...
 * [--fail-on worse|finding|never] [--quiet]}: maps the series, runs the seeded scenario suites on
 * the baseline and on each cumulative configuration of the patches, and prints the effects and
 * findings under the hunks that caused them. Exit 0; 1 when {@code --fail-on} triggers; 2 for
 * unusable input (nothing parsed, a suite that does not load). {@code -} as the only FILE reads
 * stdin; {@code --format checkpatch} then prints checkpatch's terse lines for b4. Interrupted (Ctrl-C), it stops its
 * runs and prints nothing.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Predict a patch series' effects: scenario suites on the baseline and the patched engine.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, checkpatch, patchwork, email, html }

    enum FailOn { worse, finding, never }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Input files; they are only read. A single - reads one input from stdin.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, checkpatch, patchwork, email or html (bundles/mmlens.analysis/JSON.md; default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--target-url", paramLabel = "URL", description = "--format patchwork: the checks' target_url (default: null).")
    private String targetUrl;

    @Option(names = "--list-suites", description = "List the built-in suites and exit.")
    private boolean listSuites;

    @Option(names = "--fail-on", defaultValue = "never", description = "worse, finding or never: exit 1 on a significantly worse effect or on a finding (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Mixin
    private CheckRunOptions run;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (listSuites) {
            out.print(Suites.listing());
            out.flush();
            return 0;
        }
        if (files.isEmpty()) {
            err.println("mmlens check: no input files (or --list-suites)");
            return Mmlens.EXIT_UNUSABLE;
        }
        CheckRunOptions.Prepared in = run.prepare("check", files, err);
        if (in.exit() != null) {
            return in.exit();
        }
        ParseResult result = in.result();
        SeriesMapper mapper = run.mapper();
        CheckOptions options = run.checkOptions();
        List<ImpactResult> results = new ArrayList<>();
        Integer stopped = run.runSuites("check", err, monitor -> {
            for (PatchSeries s : result.series()) {
                mapper.mapSeries(s);
                results.add(SeriesCheck.run(s, options, monitor));
            }
        });
        if (stopped != null) {
            return stopped;
        }
        for (int i = 0; i < results.size(); i++) {
            SeriesCheck.attach(result.series().get(i), results.get(i));
        }
        switch (format) {
            case text -> out.print(CheckText.render(result.series(), result.diagnostics()));
            case json -> out.print(CheckJson.render(result.series(), result.diagnostics()));
            case sarif -> out.print(CheckSarif.render(result.series()));
            case checkpatch -> out.print(CheckCheckpatch.render(result.series()));
            case patchwork -> out.print(CheckPatchwork.render(result.series(), targetUrl));
            case email -> out.print(CheckEmail.render(result.series()));
            case html -> out.print(CheckHtml.render(result.series(), result.diagnostics(), CheckCommand::endState));
        }
        out.flush();
        return failed(results) ? 1 : result.exitCode();
    }

    /**
     * The HTML report's pageblock maps: the main scenario ({@link EndState#mainScenario}) rerun for
     * seed 1 on both sides; null (no maps) when there is none or the engine cannot run it.
     */
    static EndState.Sides endState(PatchSeries s) {
        String scenario = EndState.mainScenario(SeriesMapper.find(s.getAnnotations(), ImpactResult.class));
        if (scenario == null) {
            return null;
        }
        try {
            return EndState.of(s, scenario, 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean failed(List<ImpactResult> results) {
        for (ImpactResult r : results) {
            boolean worse = r.getEffects().stream().anyMatch(e -> e.getVerdict() == Verdict.WORSE);
            List<Finding> f = r.getFindings();
            if (failOn == FailOn.worse && (worse || !f.isEmpty()) || failOn == FailOn.finding && !f.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
