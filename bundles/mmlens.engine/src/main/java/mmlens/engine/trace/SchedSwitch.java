package mmlens.engine.trace;

/**
 * {@code sched:sched_switch}: the cpu of the header stops running {@code prevPid} and runs
 * {@code nextPid} (pid 0 is the idle task). {@code prevState} is the printed state ({@code R},
 * {@code S}, {@code D}, {@code X} for a dead task, ... with {@code +} when preempted).
 */
public record SchedSwitch(EventHeader header, String prevComm, int prevPid, String prevState, String nextComm,
        int nextPid) implements TraceEvent {
}
