/**
 * A mainline-faithful (Linux 6.18) page allocator simulator, plain Java 17 with no dependencies.
 *
 * <p>Entry points:
 * <ul>
 * <li>{@link mmlens.engine.Machine#boot(MachineSpec)} boots a machine ({@link MachineSpec#x86} gives a PC
 * layout); {@code mmlens.engine.proc.ProcImporter.fromDirectory(dir)} builds one from a /proc snapshot.</li>
 * <li>{@link mmlens.engine.Machine#allocPages}, {@link mmlens.engine.Machine#allocPageCache},
 * {@link mmlens.engine.Machine#freePages} drive it; failures are return values, never exceptions.</li>
 * <li>{@link mmlens.engine.EngineListener} observes kernel-trace-shaped events; {@link AllocatorHooks},
 * {@link MigrateTypes#custom}, {@link PageFlag} and {@link CostModel} are the variation points for
 * patches under review.</li>
 * </ul>
 *
 * <p>State per simulated 4 KiB page is one packed {@code int} (see {@code internal.ZoneMem}) plus one
 * byte per pageblock. Everything is single-threaded and deterministic: no clock, no hash iteration.
 */
package mmlens.engine;
