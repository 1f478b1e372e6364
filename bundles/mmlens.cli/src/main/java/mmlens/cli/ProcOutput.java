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

    /**
     * Checks {@code --print} names against the files a command can produce; reports the first
     * unknown one on err.
     *
     * @return true when every name is known
     */
    static boolean known(List<String> files, List<String> allowed, PrintWriter err) {
        for (String f : files) {
            if (!allowed.contains(f)) {
                err.println("mmlens: unknown --print file '" + f + "', expected one of " + allowed);
                return false;
            }
        }
        return true;
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
