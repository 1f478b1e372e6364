package mmlens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.engine.proc.ProcFormatter;
import mmlens.engine.proc.ProcImporter;
import mmlens.engine.proc.ProcSnapshot;
import mmlens.engine.trace.EventStats;
import mmlens.engine.trace.FidelitySide;
import mmlens.engine.trace.FreeMap;
import mmlens.engine.trace.KPageFlags;
import mmlens.engine.trace.OracleReplay;
import mmlens.engine.trace.StartState;
import mmlens.engine.trace.TraceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens replay TRACE [--from-proc DIR] [--kpageflags FILE] [--mode forced|free] [--print FILE,...]}:
 * imports an ftrace text trace (/sys/kernel/tracing/trace or trace-cmd report output, plain or
 * gzip) and, given the machine's /proc files from before the trace, replays it on the engine and
 * prints the engine's state afterwards. Without {@code --kpageflags} the free pages are laid out
 * from buddyinfo/pagetypeinfo counts only, so a forced replay of recorded pfns will conflict.
 * Without {@code --from-proc} only the import summary is printed. Exit 1 when a forced replay met
 * conflicts (pfns the trace takes that the engine does not hold free, or gives back that it does),
 * 2 when nothing usable could be read.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Import a kernel trace and replay it on the engine from the machine's /proc state.")
final class ReplayCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TRACE", description = "ftrace text (kmem:mm_page_* and tlb:tlb_flush events), plain or .gz.")
    private Path trace;

    @Option(names = "--from-proc", paramLabel = "DIR",
            description = "/proc files (buddyinfo, pagetypeinfo, zoneinfo; vmstat, meminfo) taken before the trace.")
    private Path procDir;

    @Option(names = "--kpageflags", paramLabel = "FILE",
            description = "/proc/kpageflags (plain or .gz) of the same moment: the exact free pages.")
    private Path kpageflags;

    @Option(names = "--mode", defaultValue = "forced", paramLabel = "MODE",
            description = "forced: apply the traced pfns; free: the engine chooses pages (default: ${DEFAULT-VALUE}).")
    private OracleReplay.Mode mode;

    @Option(names = "--print", split = ",", defaultValue = "buddyinfo,pagetypeinfo", paramLabel = "FILE",
            description = "Engine files printed after the replay: buddyinfo, pagetypeinfo, extfrag, unusable, vmstat, "
                    + "zoneinfo (default: ${DEFAULT-VALUE}).")
    private List<String> print;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ProcOutput.known(print, ProcFormatter.FILES, err)) {
            return Mmlens.EXIT_UNUSABLE;
        }
        if (!Files.isRegularFile(trace)) {
            err.println("mmlens: no such trace: " + trace);
            return Mmlens.EXIT_UNUSABLE;
        }
        EventStats stats = EventStats.all();
        try (TraceReader r = TraceReader.open(trace)) {
            r.forEach(stats);
            out.println("trace: " + trace + ": " + r.lines() + " lines, " + r.events() + " events, "
                    + r.diagnosticCount() + " lines skipped, " + r.lostEvents() + " events lost"
                    + (r.otherEvents().isEmpty() ? "" : ", other events " + r.otherEvents()));
            r.diagnostics().stream().limit(5).forEach(d -> err.println("mmlens: " + trace + ": " + d));
            if (r.events() == 0) {
                err.println("mmlens: no trace events in " + trace);
                return Mmlens.EXIT_UNUSABLE;
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("mmlens: cannot read " + trace + ": " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        }
        out.print(stats.counts().summary());
        if (procDir == null) {
            out.flush();
            return 0;
        }
        OracleReplay.Outcome o;
        try {
            ProcSnapshot before = ProcSnapshot.read(procDir);
            FreeMap free = kpageflags != null ? KPageFlags.readFreeMap(kpageflags)
                    : layoutFreeMap(before);
            StartState start = StartState.infer(before, free, pageblockOrder(procDir), () -> TraceReader.open(trace));
            FidelitySide traced = new FidelitySide("trace", before, before, null, stats.counts());
            o = OracleReplay.run(start, traced, () -> TraceReader.open(trace), mode);
        } catch (IOException | RuntimeException e) {
            err.println("mmlens: cannot replay from " + procDir + ": " + e.getMessage());
            return Mmlens.EXIT_UNUSABLE;
        }
        out.println("replay: " + mode.name().toLowerCase(java.util.Locale.ROOT) + (kpageflags == null ? " (free pages laid out from /proc counts)" : ""));
        o.notes().forEach(n -> out.println("  " + n));
        out.println();
        ProcOutput.print(out, o.machine(), print);
        if (o.forced() != null && o.forced().conflictCount() > 0) {
            err.println("mmlens: " + o.forced().conflictCount() + " conflict(s); first: " + o.forced().conflicts().get(0));
            return 1;
        }
        return 0;
    }

    /** The free pages of the engine's count-based import, for runs without kpageflags. */
    private static FreeMap layoutFreeMap(ProcSnapshot before) {
        java.util.BitSet free = ProcImporter.fromSnapshot(before).buddyFreePfns();
        return FreeMap.of(free.length(), free);
    }

    private static int pageblockOrder(Path dir) throws IOException {
        Path p = dir.resolve("pagetypeinfo");
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            if (line.startsWith("Page block order:")) {
                return Integer.parseInt(line.substring("Page block order:".length()).strip());
            }
        }
        return 9;
    }
}
