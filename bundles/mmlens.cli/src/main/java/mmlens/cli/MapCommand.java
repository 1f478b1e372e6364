package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.analysis.map.KernelTree;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.map.SymbolCatalog;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.render.MappingJson;
import mmlens.analysis.render.MappingText;
import mmlens.model.PatchSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens map FILE... [--format text|json] [--kernel-tree DIR]}: parses the inputs and maps
 * every hunk onto the engine's mechanisms, knobs and variants, or says why it is unmodelled.
 * Exit 0 when anything was parsed, 2 when nothing could be.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Map every hunk of a patch series onto the engine's mechanisms and knobs.")
final class MapCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files; they are only read. A single - reads one input from stdin.")
    private List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (bundles/mmlens.analysis/JSON.md; default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--kernel-tree", paramLabel = "DIR", description = "A kernel source tree: finds enclosing functions a hunk header lacks, and tells hunks already in it.")
    private Path kernelTree;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String treeProblem = kernelTree == null ? null : KernelTree.problem(kernelTree);
        if (treeProblem != null) {
            err.println("mmlens: --kernel-tree " + treeProblem);
            return Mmlens.EXIT_UNUSABLE;
        }
        ParseResult result = Inputs.parse(files);
        if (!result.parsedAnything()) {
            Inputs.reportNothingParsed(err, files, result);
            return result.exitCode();
        }
        SeriesMapper mapper = new SeriesMapper(SymbolCatalog.get(), kernelTree == null ? null : new KernelTree(kernelTree));
        for (PatchSeries s : result.series()) {
            mapper.mapSeries(s);
        }
        switch (format) {
            case text -> out.print(MappingText.render(result.series(), result.diagnostics()));
            case json -> out.print(MappingJson.render(result.series(), result.diagnostics()));
        }
        out.flush();
        return result.exitCode();
    }
}
