package mmlens.engine.trace;

/** {@code sched:sched_process_exit}: task {@code pid} is exiting (do_exit()). */
public record SchedProcessExit(EventHeader header, String comm, int pid) implements TraceEvent {
}
