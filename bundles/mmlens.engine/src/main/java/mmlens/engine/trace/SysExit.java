package mmlens.engine.trace;

/**
 * {@code raw_syscalls:sys_exit}: system call {@code nr} returns {@code ret} (negative errno on
 * failure, an address for mmap), printed as {@code NR 9 = 140737354002432}.
 */
public record SysExit(EventHeader header, long nr, long ret) implements TraceEvent {
}
