package mmlens.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The {@code mmlens} command run in-process with what it prints kept (each run starts empty). */
final class CliRun {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** What the last run printed on stdout. */
    String out() {
        return out.toString();
    }

    /** What the last run printed on stderr. */
    String err() {
        return err.toString();
    }
}
