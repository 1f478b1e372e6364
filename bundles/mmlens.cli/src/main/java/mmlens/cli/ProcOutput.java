package mmlens.cli;

import java.io.PrintWriter;
import java.util.List;

import mmlens.engine.Machine;
import mmlens.engine.proc.ProcFormatter;

/**
 * Prints machine state files one after another. A single file is printed bare, so the output
 * can be compared byte for byte with the kernel's; several files are each preceded by a
 * {@code ==> name <==} line, as {@code head} does.
 */
final class ProcOutput {

    private ProcOutput() {
    }

    static void print(PrintWriter out, Machine machine, List<String> files) {
        boolean headers = files.size() > 1;
        for (int i = 0; i < files.size(); i++) {
            if (headers) {
                out.print((i == 0 ? "" : "\n") + "==> " + files.get(i) + " <==\n");
            }
            out.print(ProcFormatter.render(machine, files.get(i)));
        }
        out.flush();
    }
}
