package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.render.SeriesJson;
import mmlens.analysis.render.SeriesText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mmlens show FILE... [--format text|json]}: parses patch inputs into one or more series
 * and prints them. Exit 0 when anything was parsed (warnings or not), 2 when nothing could be.
 * Each diagnostic is printed once: with the series on stdout, or, when nothing was parsed, on
 * stderr under "nothing could be parsed" (text) or in the JSON only (json).
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Parse patch files (mbox, format-patch, mail, archive page, diff) and print the series.")
final class ShowCommand implements Callable<Integer> {

    /** Output formats of {@code show}. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; they are only read. A single - reads one input from stdin.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json, the shape documented in bundles/mmlens.analysis/JSON.md (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParseResult result = Inputs.parse(files);
        if (!result.parsedAnything() && format == Format.text) {
            // the text output would be only these diagnostics: say them once, on stderr
            Inputs.reportNothingParsed(err, files, result);
            return result.exitCode();
        }
        switch (format) {
            case text -> out.print(SeriesText.render(result.series(), result.diagnostics()));
            case json -> out.print(SeriesJson.render(result.series(), result.diagnostics()));
        }
        out.flush();
        if (!result.parsedAnything()) {
            err.println("mmlens: nothing could be parsed from " + files + " (the reasons are the JSON's diagnostics)");
        }
        return result.exitCode();
    }
}
