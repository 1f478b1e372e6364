package mmlens.engine.trace;

/**
 * The common part of a trace line: {@code task-pid [cpu] flags timestamp: event: ...}.
 *
 * @param line 1-based line number in the trace text
 * @param task the comm as printed ({@code <...>} when the kernel no longer knew it)
 * @param pid the thread id
 * @param cpu the CPU whose ring buffer held the event
 * @param timestampNanos the trace clock in nanoseconds (the printed seconds.fraction scaled; a
 *        counter clock's plain integer is taken as nanoseconds)
 * @param flags the irq-info column ({@code d..1.}), empty when the trace was printed without it
 */
public record EventHeader(long line, String task, int pid, int cpu, long timestampNanos, String flags) {
}
