package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.analysis.render.SeriesJson;
import mmlens.analysis.render.SeriesText;
import mmlens.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code mmlens show FILE... [--format text|json]}: parses patch inputs into one or more series
 * and prints them. Exit 0 when anything was parsed (warnings or not), 2 when nothing could be,
 * with the reasons on stderr.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Parse patch files (mbox, format-patch, mail, archive page, diff) and print the series.")
final class ShowCommand implements Callable<Integer> {

    /** Output formats of {@code show}. */
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; they are only read.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json, the shape documented in bundles/mmlens.analysis/JSON.md (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!Files.isReadable(f)) {
                err.println("mmlens: cannot read " + f);
            }
        }
        ParseResult result = new PatchParser().parse(files);
        switch (format) {
            case text -> out.print(SeriesText.render(result.series(), result.diagnostics()));
            case json -> out.print(SeriesJson.render(result.series(), result.diagnostics()));
        }
        out.flush();
        if (!result.parsedAnything()) {
            err.println("mmlens: nothing could be parsed from " + files);
            for (Diagnostic d : result.allDiagnostics()) {
                err.println("  " + d.getSeverity().getLiteral() + " " + d.getFile() + ":" + d.getLine() + " " + d.getMessage());
            }
        }
        return result.exitCode();
    }
}
