/**
 * Kernel traces and the kernel oracle: importing what a real kernel did, and measuring how closely
 * another run (the engine's) agrees.
 *
 * <p>Reading:
 * <ul>
 * <li>{@link mmlens.engine.trace.TraceReader} streams ftrace text ({@code /sys/kernel/tracing/trace},
 * {@code trace-cmd report}) as typed {@link mmlens.engine.trace.TraceEvent}s with bounded memory; bad lines
 * become {@link mmlens.engine.trace.TraceDiagnostic}s with line numbers, never exceptions.</li>
 * <li>{@link mmlens.engine.trace.KPageFlags} reads /proc/kpageflags into a {@link mmlens.engine.trace.FreeMap}
 * (KPF_BUDDY: the per-pfn free map of one moment).</li>
 * <li>{@link mmlens.engine.trace.RecordedRun} is one directory written by {@code releng/kernel-oracle/record};
 * its /proc files are parsed by the engine's own importer, {@link mmlens.engine.proc.ProcSnapshot}.</li>
 * </ul>
 *
 * <p>Replaying without an allocator:
 * <ul>
 * <li>{@link mmlens.engine.trace.FreeMapReplay} applies the buddy-level events to a free map: the
 * bookkeeping a forced replay must reproduce. On the recorded runs it reaches the kernel's after
 * free map exactly, except one pfn per page compaction migrated (untraced target isolation).</li>
 * <li>{@link mmlens.engine.trace.RequestStream} turns the trace into the request stream of a free-mode
 * replay: allocations (order, migratetype, gfp, cpu, the kernel's pfn) and frees named by the
 * allocation they return.</li>
 * </ul>
 *
 * <p>Replaying on the engine ({@link mmlens.engine.trace.OracleReplay}, used by {@code mmlens replay} and
 * {@code mmlens oracle compare}):
 * <ul>
 * <li>{@link mmlens.engine.trace.StartState} is the kernel's before-state as an engine machine: the exact
 * free map, zoneinfo settings, and what /proc does not show (pageblock types, free-list order)
 * inferred from the trace.</li>
 * <li>{@link mmlens.engine.trace.ForcedReplay} applies the recorded buddy-level events pfn for pfn through
 * the engine's free lists; the after-state checks the engine's bookkeeping.</li>
 * <li>{@link mmlens.engine.trace.FreeReplay} feeds the request stream to the engine's own allocator,
 * following the kernel's reclaim from the trace (its kswapd's and direct reclaim's frees) and
 * inferring what the trace leaves out: frees the pcp lock sent to the buddy
 * ({@link mmlens.engine.trace.PcpLockedFrees}) and allocations made without a trace event
 * ({@link mmlens.engine.trace.UntracedAllocations}).</li>
 * <li>{@link mmlens.engine.trace.MmuReplay} drives the MMU engine ({@code mmlens.engine.mmu.Mmu}) from a
 * run recorded with the MMU events (syscalls, user faults, scheduling, task creation and exit):
 * its tlb_flush counts by reason and direct-map splits ({@link mmlens.engine.trace.MmuFigures}) are
 * the engine side of the report's tlb and directmap rows.</li>
 * </ul>
 *
 * <p>Comparing: a {@link mmlens.engine.trace.FidelitySide} is before/after /proc state, the after free map
 * and {@link mmlens.engine.trace.EventStats.Counts}; {@link mmlens.engine.trace.FidelityComparator} compares two
 * sides into a {@link mmlens.engine.trace.FidelityReport} (text and JSON). An engine run makes its side
 * from {@code ProcFormatter} output parsed by {@code ProcSnapshot.parse}, {@link mmlens.engine.trace.FreeMap#of}
 * over its free pfns, and an {@link mmlens.engine.trace.EventStats} fed with trace events built from its
 * {@link mmlens.engine.EngineListener} callbacks.
 */
package mmlens.engine.trace;
