package mmlens.engine.trace;

/**
 * {@code workqueue:workqueue_execute_start}: a kworker on the header's cpu starts running the work
 * item whose function is {@code function} (printed by symbol, e.g. {@code vmstat_update}).
 */
public record WorkqueueExecuteStart(EventHeader header, String function) implements TraceEvent {

    /** The per-cpu vmstat work: refresh_cpu_vm_stats(true), which decays the pcp high limits. */
    public boolean vmstatUpdate() {
        return function.equals("vmstat_update");
    }
}
