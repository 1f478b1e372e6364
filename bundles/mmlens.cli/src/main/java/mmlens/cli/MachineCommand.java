package mmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.engine.Machine;
import mmlens.engine.proc.ProcFormatter;
import mmlens.engine.proc.ProcImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens machine --from-proc DIR --print FILE,...}: builds an engine state from a real
 * machine's /proc files (buddyinfo, pagetypeinfo, zoneinfo, meminfo) and prints it back in the
 * kernel's formats. Exit 2 when the directory cannot be imported.
 */
@Command(name = "machine", mixinStandardHelpOptions = true,
        description = "Import a machine from /proc files and print it in the kernel's formats.")
final class MachineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--from-proc", required = true, paramLabel = "DIR",
            description = "Directory with buddyinfo, pagetypeinfo, zoneinfo (and meminfo, vmstat).")
    private Path dir;

    @Option(names = "--print", split = ",", defaultValue = "buddyinfo,pagetypeinfo", paramLabel = "FILE",
            description = "Comma-separated: buddyinfo, pagetypeinfo, extfrag, unusable, vmstat, zoneinfo (default: ${DEFAULT-VALUE}).")
    private List<String> print;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("mmlens: not a directory: " + dir);
            return Mmlens.EXIT_UNUSABLE;
        }
        if (!ProcOutput.known(print, ProcFormatter.FILES, err)) {
            return Mmlens.EXIT_UNUSABLE;
        }
        Machine machine;
        try {
            machine = ProcImporter.fromDirectory(dir);
        } catch (RuntimeException e) {
            err.println("mmlens: cannot import " + dir + ": " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        }
        ProcOutput.print(out, machine, print);
        return 0;
    }
}
