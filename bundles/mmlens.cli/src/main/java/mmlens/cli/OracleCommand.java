package mmlens.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.engine.Knobs;
import mmlens.engine.trace.OracleReplay;
import mmlens.engine.trace.RecordedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens oracle compare|record}: the kernel oracle (releng/kernel-oracle). {@code compare}
 * replays a recorded run on the engine and prints the fidelity report; {@code record} boots a
 * real kernel under QEMU through the harness script.
 */
@Command(name = "oracle", mixinStandardHelpOptions = true,
        description = "Record a real kernel under QEMU, or compare a recorded run with the engine.",
        subcommands = {OracleCommand.Compare.class, OracleCommand.Record.class})
final class OracleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Mmlens.EXIT_UNUSABLE;
    }

    /**
     * {@code mmlens oracle compare RUN_DIR [--mode forced|free] [--format text|json] [--kernel VERSION] [--knob N=V]...}:
     * the engine runs with the knobs of the kernel version profile ({@code Knobs.profile}), by default
     * the run's own {@code kernel.version}. Exit 0 when
     * the comparison ran (with {@code --fail-on-mismatch}: 1 when a forced replay's after-state
     * differs from the kernel's), 2 when the run directory cannot be read.
     */
    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Replay a recorded run (before/, after/, trace.gz) on the engine and report the agreement.")
    static final class Compare implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "RUN_DIR", description = "A directory written by releng/kernel-oracle/record.")
        private Path dir;

        @Option(names = "--mode", defaultValue = "forced", paramLabel = "MODE",
                description = "forced: apply the recorded pfns; free: the engine chooses pages (default: ${DEFAULT-VALUE}).")
        private OracleReplay.Mode mode;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
                description = "text or json (default: ${DEFAULT-VALUE}).")
        private String format;

        @Option(names = "--fail-on-mismatch", description = "Exit 1 when the after-state differs from the kernel's.")
        private boolean failOnMismatch;

        @Option(names = "--kernel", paramLabel = "VERSION",
                description = "Run the engine as this kernel version (a profile: 6.18, or a 6.12.y release such as"
                        + " 6.12.117; see KNOBS.md). Default: the run's kernel.version, else 6.18.")
        private String kernel;

        @Option(names = "--knob", paramLabel = "NAME=VALUE",
                description = "Set an engine knob on top of the kernel version profile (repeatable; KNOBS.md),"
                        + " e.g. compaction_search=linear.")
        private java.util.List<String> knobs = new java.util.ArrayList<>();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
                if (!format.equals("text") && !format.equals("json")) {
                err.println("mmlens: unknown --format '" + format + "', expected text or json");
                return Mmlens.EXIT_UNUSABLE;
            }
            if (!Files.isRegularFile(dir.resolve("before").resolve("buddyinfo"))) {
                err.println("mmlens: not a recorded run (no before/buddyinfo): " + dir);
                return Mmlens.EXIT_UNUSABLE;
            }
            OracleReplay.Outcome o;
            try {
                RecordedRun run = RecordedRun.load(dir);
                String version = kernel != null ? kernel : run.kernelVersion() != null ? run.kernelVersion() : "6.18";
                Knobs k = Knobs.profile(version);
                for (String kv : knobs) {
                    int eq = kv.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("--knob " + kv + ": expected NAME=VALUE");
                    }
                    k = k.with(kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
                }
                o = OracleReplay.run(run, mode, k);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                err.println("mmlens: cannot replay " + dir + ": " + e.getMessage());
                return Mmlens.EXIT_UNUSABLE;
            }
            out.print(format.equals("json") ? o.toJson() : o.toText());
            out.flush();
            return failOnMismatch && !o.report().afterStateMatches() ? 1 : 0;
        }
    }

    /**
     * {@code mmlens oracle record --workload NAME --out DIR [--harness DIR] [--mmu-events]}: runs
     * {@code releng/kernel-oracle/record [--mmu-events] NAME DIR}, passing its output through. The harness is
     * {@code --harness DIR}, else the first {@code releng/kernel-oracle} found upwards from the
     * working directory or from where mmlens is installed. Exit 2 when it cannot be found, 1 when
     * the recording fails, else 0.
     */
    @Command(name = "record", mixinStandardHelpOptions = true,
            description = "Boot a Debian kernel under QEMU, run a workload, keep /proc, kpageflags and the trace.")
    static final class Record implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--workload", required = true, paramLabel = "NAME",
                description = "anon, anon-normal, fork, frag, thp, secretmem, munmap-storm, pressure, pressure-2cpu (see the harness README).")
        private String workload;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the run is written.")
        private Path outDir;

        @Option(names = "--harness", paramLabel = "DIR",
                description = "The releng/kernel-oracle directory (holding the record script).")
        private Path harness;

        @Option(names = "--mmu-events",
                description = "Also record what the MMU replay needs (syscalls, faults, scheduling; record --mmu-events).")
        private boolean mmuEvents;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path script = findScript();
            if (script == null) {
                err.println("mmlens: cannot find releng/kernel-oracle/record"
                        + (harness != null ? " in " + harness : " above " + Path.of("").toAbsolutePath())
                        + "; pass --harness DIR");
                return Mmlens.EXIT_UNUSABLE;
            }
            List<String> cmd = new ArrayList<>();
            cmd.add(script.toString());
            if (mmuEvents) {
                cmd.add("--mmu-events");
            }
            cmd.add(workload);
            cmd.add(outDir.toAbsolutePath().toString());
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectErrorStream(true);
            try {
                Process p = pb.start();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        out.println(line);
                        out.flush();
                    }
                }
                int code = p.waitFor();
                if (code != 0) {
                    err.println("mmlens: " + script + " exited with " + code);
                    return 1;
                }
                return 0;
            } catch (IOException e) {
                err.println("mmlens: cannot run " + script + ": " + e.getMessage());
                return Mmlens.EXIT_UNUSABLE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }

        private Path findScript() {
            if (harness != null) {
                Path s = harness.resolve("record");
                return Files.isExecutable(s) ? s : null;
            }
            List<Path> starts = new ArrayList<>();
            starts.add(Path.of("").toAbsolutePath());
            try {
                starts.add(Path.of(OracleCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException | RuntimeException e) {
                // no code source (some class loaders): the working directory only
            }
            for (Path start : starts) {
                for (Path d = start; d != null; d = d.getParent()) {
                    Path s = d.resolve("releng").resolve("kernel-oracle").resolve("record");
                    if (Files.isExecutable(s)) {
                        return s;
                    }
                }
            }
            return null;
        }
    }
}
