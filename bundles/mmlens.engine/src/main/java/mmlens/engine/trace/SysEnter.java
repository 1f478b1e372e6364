package mmlens.engine.trace;

/**
 * {@code raw_syscalls:sys_enter}: a task enters system call {@code nr} (x86-64 numbering) with up
 * to six arguments, printed as {@code NR 9 (0, 10000, 3, 22, ffffffffffffffff, 0)}.
 */
public record SysEnter(EventHeader header, long nr, long[] args) implements TraceEvent {

    /** Argument i (0-based), 0 when not printed. */
    public long arg(int i) {
        return i < args.length ? args[i] : 0;
    }
}
