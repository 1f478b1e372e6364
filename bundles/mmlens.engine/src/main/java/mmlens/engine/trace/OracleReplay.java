package mmlens.engine.trace;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import mmlens.engine.Knobs;
import mmlens.engine.Machine;
import mmlens.engine.internal.trace.Json;
import mmlens.engine.mmu.FlushPolicy;
import mmlens.engine.proc.ProcFormatter;
import mmlens.engine.proc.ProcSnapshot;

/**
 * Runs a replay of a trace on the engine from a {@link StartState} and compares the outcome with
 * the kernel: the entry point of {@code mmlens replay} and {@code mmlens oracle compare}.
 *
 * <ul>
 * <li>{@link Mode#FORCED}: {@link ForcedReplay}; the engine side's event counts are the trace's own
 * (forced), the after-state is the engine's.</li>
 * <li>{@link Mode#FREE}: {@link FreeReplay}; the engine chooses pages, its events are counted
 * through {@link EngineTraceAdapter}.</li>
 * </ul>
 */
public final class OracleReplay {

    /** How the trace drives the engine. */
    public enum Mode {
        FORCED, FREE;

        /** "forced" or "free", case-insensitive. */
        public static Mode parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The outcome of one replay.
     *
     * @param report the engine side against the kernel side
     * @param notes what the replay itself measured (conflicts, same-pfn share, inference notes), one
     *        line each
     * @param machine the engine after the replay
     */
    public record Outcome(Mode mode, FidelityReport report, List<String> notes, Machine machine, ForcedReplay forced,
            FreeReplay free, MmuReplay mmu) {

        /** The notes, then the report's table. */
        public String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append("mode: ").append(mode.name().toLowerCase(Locale.ROOT)).append('\n');
            for (String n : notes) {
                sb.append("  ").append(n).append('\n');
            }
            sb.append("after-state matches: ").append(report.afterStateMatches()).append('\n');
            return sb.append('\n').append(report.toText()).toString();
        }

        /** The report's JSON ({@link FidelityReport#toMap}) with "mode" and "notes" added. */
        public String toJson() {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("mode", mode.name().toLowerCase(Locale.ROOT));
            root.put("notes", notes);
            root.putAll(report.toMap());
            return Json.write(root);
        }
    }

    private OracleReplay() {
    }

    /**
     * Replays a recorded run and compares it with the kernel's after-state and events. A run
     * recorded with the MMU events ({@link MmuReplay#hasMmuEvents}) is also replayed on the MMU
     * engine with the mainline flush policy; its figures fill the tlb and directmap rows.
     */
    public static Outcome run(RecordedRun run, Mode mode) throws IOException {
        return run(run, mode, Knobs.mainline());
    }

    /**
     * {@link #run(RecordedRun, Mode)} with the engine switched to {@code knobs}: typically a kernel
     * version profile ({@link Knobs#profile}, e.g. of the run's {@link RecordedRun#kernelVersion()}).
     * The allocator takes the profile switches ({@link Machine#setBehaviourKnobs}); the MMU replay
     * takes the MMU knobs. The notes name the knobs when any is changed.
     *
     * @throws IllegalArgumentException when {@code knobs} changes an allocator knob an imported
     *             machine cannot take
     */
    public static Outcome run(RecordedRun run, Mode mode, Knobs knobs) throws IOException {
        StartState start = StartState.of(run);
        FidelitySide kernel = FidelitySide.of(run);
        MmuReplay mmu = MmuReplay.hasMmuEvents(run) ? MmuReplay.run(run, FlushPolicy.BATCHED, knobs) : null;
        return run(start, kernel, run::openTrace, mode, mmu, knobs);
    }

    /**
     * Replays a trace from a start state; {@code kernel} is the side to compare with (its after
     * snapshot may be null-free but empty when only a trace is known: then only events compare).
     */
    public static Outcome run(StartState start, FidelitySide kernel, StartState.TraceSource trace, Mode mode)
            throws IOException {
        return run(start, kernel, trace, mode, null, Knobs.mainline());
    }

    private static Outcome run(StartState start, FidelitySide kernel, StartState.TraceSource trace, Mode mode,
            MmuReplay mmu, Knobs knobs) throws IOException {
        Machine m = start.newMachine();
        m.setBehaviourKnobs(knobs);
        List<String> notes = new ArrayList<>(start.notes());
        if (!knobs.isMainline()) {
            notes.add("engine knobs: " + knobs);
        }
        notes.add("pageblocks typed from buddy-level events: " + start.touchedBlocks() + ", from per-cpu recycling: "
                + start.hintedBlocks() + ", of " + start.typedBlocks());
        ForcedReplay forced = null;
        FreeReplay free = null;
        EventStats.Counts counts;
        if (mode == Mode.FORCED) {
            forced = new ForcedReplay(m, start.pageblockOrder());
            StartState.Window w = start.window();
            try (TraceReader r = trace.open()) {
                ForcedReplay f = forced;
                r.forEach(e -> {
                    if (w.inside(e)) {
                        f.accept(e);
                    }
                });
            }
            forced.finish();
            counts = kernel.events();
            notes.add("buddy-level events applied: " + forced.applied() + ", claims: " + forced.claims()
                    + ", conflicts: " + forced.conflictCount() + " (" + forced.conflictPages() + " pages)"
                    + ", drains of another type than the replayed pageblock: " + forced.drainTypeMismatches());
        } else {
            free = new FreeReplay(m, start);
            try (TraceReader r = trace.open()) {
                free.replay(r);
            }
            counts = free.engineEvents();
            notes.addAll(free.notes());
        }
        FidelitySide engine = new FidelitySide(mode == Mode.FORCED ? "engine-forced" : "engine-free", kernel.before(),
                snapshot(m), FreeMap.of(start.freeMap().pfnCount(), m.buddyFreePfns()), counts);
        MmuFigures figures = null;
        if (mmu != null) {
            notes.addAll(mmu.notes());
            figures = MmuFigures.of(mmu, kernel);
        } else {
            notes.add("tlb and directmap rows: " + FidelityComparator.NOT_REPLAYED);
        }
        return new Outcome(mode, FidelityComparator.compare(kernel, engine, figures), notes, m, forced, free, mmu);
    }

    /** The engine's /proc files, parsed back as the kernel's are. */
    public static ProcSnapshot snapshot(Machine m) {
        return ProcSnapshot.parse(ProcFormatter.buddyinfo(m), ProcFormatter.pagetypeinfo(m), ProcFormatter.zoneinfo(m),
                "", ProcFormatter.vmstat(m));
    }
}
