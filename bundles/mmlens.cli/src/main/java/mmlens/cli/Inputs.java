package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import mmlens.analysis.parse.ParseResult;
import mmlens.model.Diagnostic;

/** Reporting shared by the commands that read patch inputs. */
final class Inputs {
    private Inputs() {
    }

    /** Says on stderr that nothing could be parsed, with each diagnostic once. */
    static void reportNothingParsed(PrintWriter err, List<Path> files, ParseResult result) {
        err.println("mmlens: nothing could be parsed from " + files);
        for (Diagnostic d : result.allDiagnostics()) {
            err.println("  " + d.getSeverity().getLiteral() + " " + d.getFile() + ":" + d.getLine() + " " + d.getMessage());
        }
    }
}
