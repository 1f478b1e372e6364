package mmlens.engine.scenario;

import java.util.List;
import java.util.Locale;

import mmlens.engine.Machine;
import mmlens.engine.VmEvent;
import mmlens.engine.proc.ProcFormatter;

/**
 * Outcome of {@link ScenarioRunner#run}: the final machine plus per-stream request/failure counts.
 * Everything here is a pure function of (scenario, seed).
 */
public final class ScenarioResult {
    /** Per-stream totals. */
    public record StreamStats(String name, long requests, long failures, long pagesAllocated) {
    }

    private final String scenario;
    private final long seed;
    private final long ops;
    private final Machine machine;
    private final List<StreamStats> streams;
    private final List<String> violations;

    ScenarioResult(String scenario, long seed, long ops, Machine machine, List<StreamStats> streams,
            List<String> violations) {
        this.scenario = scenario;
        this.seed = seed;
        this.ops = ops;
        this.machine = machine;
        this.streams = streams;
        this.violations = violations;
    }

    public Machine machine() {
        return machine;
    }

    public long ops() {
        return ops;
    }

    public List<StreamStats> streams() {
        return streams;
    }

    /** Invariant violations seen when the scenario enabled {@code check_every}; empty otherwise. */
    public List<String> violations() {
        return violations;
    }

    /** A /proc file of the final state (see {@link ProcFormatter#FILES}). */
    public String render(String file) {
        return ProcFormatter.render(machine, file);
    }

    /** Text summary: streams, key vmstat events. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "scenario %s seed %d ops %d\n", scenario, seed, ops));
        for (StreamStats s : streams) {
            sb.append(String.format(Locale.ROOT, "  stream %-24s requests %10d failures %8d pages %12d\n", s.name(),
                    s.requests(), s.failures(), s.pagesAllocated()));
        }
        for (VmEvent e : VmEvent.values()) {
            sb.append(String.format(Locale.ROOT, "  %-26s %d\n", e.vmstatName(), machine.event(e)));
        }
        if (!violations.isEmpty()) {
            sb.append("  invariant violations:").append("\n");
            for (String v : violations) {
                sb.append("    ").append(v).append("\n");
            }
        }
        return sb.toString();
    }
}
