package mmlens.engine;

/**
 * Unaccepted memory of a machine at one moment ({@link Machine#unacceptedStats()}): how much is
 * still unaccepted, what was accepted since boot, and what acceptance cost during and after boot.
 * Costs are {@link CostModel} units (ns by convention): model figures, not measurements. Memory
 * is counted in whole 2 MiB units of the EFI unaccepted bitmap (2048 kB each), except
 * {@link #boot4kKb()}.
 *
 * @param strategy the {@code unaccepted} knob value
 * @param initialKb memory that came out of firmware unaccepted, in whole units
 * @param unacceptedKb memory still unaccepted
 * @param acceptedKb memory accepted after boot (by allocations or the background thread)
 * @param bootAcceptNs acceptance cost during boot (eager, chunks smaller than MAX_PAGE_ORDER,
 *            unit-unaligned 4 KiB pieces)
 * @param acceptNs acceptance cost after boot
 * @param boot4kKb memory accepted 4 KiB by 4 KiB at boot (the unaligned ends of the region)
 * @param acceptedKbSamples {@link #acceptedKb} at the workload's first op and then every
 *            1/{@value mmlens.engine.internal.Unaccepted#SAMPLES} of its ops (empty without a workload)
 * @param bootTimeNs {@link #BOOT_BASE_NS} + {@link #BOOT_NS_PER_PAGE} per present page +
 *            {@link #bootAcceptNs}: a boot-to-shell model whose fixed parts are assumptions
 */
public record UnacceptedStats(String strategy, long initialKb, long unacceptedKb, long acceptedKb, long bootAcceptNs,
        long acceptNs, long boot4kKb, long[] acceptedKbSamples, long bootTimeNs) {

    /** Assumption: boot to shell of a guest without any acceptance work (firmware, kernel, init), 1 s. */
    public static final long BOOT_BASE_NS = 1_000_000_000L;
    /** Assumption: memmap init and freeing to the buddy allocator per present 4 KiB page, 40 ns. */
    public static final long BOOT_NS_PER_PAGE = 40;

    public UnacceptedStats {
        acceptedKbSamples = acceptedKbSamples.clone();
    }

    @Override
    public long[] acceptedKbSamples() {
        return acceptedKbSamples.clone();
    }
}
