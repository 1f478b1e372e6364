package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.Diagnostic;

/** Reporting shared by the commands that read patch inputs. */
final class Inputs {
    private Inputs() {
    }

    /**
     * Parses the inputs of a command; a single {@code -} is one input read from stdin (as b4's
     * per-patch check commands and shell pipelines pass it).
     */
    static ParseResult parse(List<Path> files) {
        if (files.size() == 1 && files.get(0).toString().equals("-")) {
            return new PatchParser().parse("-", System.in);
        }
        return new PatchParser().parse(files);
    }

    /** Says on stderr that nothing could be parsed, with each diagnostic once. */
    static void reportNothingParsed(PrintWriter err, List<Path> files, ParseResult result) {
        err.println("mmlens: nothing could be parsed from " + files);
        for (Diagnostic d : result.allDiagnostics()) {
            err.println("  " + d.getSeverity().getLiteral() + " " + d.getFile() + ":" + d.getLine() + " " + d.getMessage());
        }
    }
}
