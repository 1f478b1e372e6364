package mmlens.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Shape of a simulated machine: nodes, cpus, zone spans, present memory ranges and reserved pages.
 * Pfns are 4 KiB page frame numbers; ranges are half-open {@code [start, end)}.
 */
public final class MachineSpec {
    /**
     * Most RAM {@link #x86} lays out, in MiB: 8184 GiB. Pfns are {@code int}s, so the layout's end
     * pfn (RAM plus the 1 GiB PCI hole plus per-node alignment) must stay below 2^31, i.e. 8 TiB.
     */
    public static final long MAX_X86_MEMORY_MIB = 8184L * 1024;
    /** Most nodes a machine may have: the kernel's MAX_NUMNODES at its largest (NODES_SHIFT 10). */
    public static final int MAX_NODES = 1024;
    /** Most CPUs a machine may have: the kernel's NR_CPUS at its largest on x86-64 (CONFIG_MAXSMP). */
    public static final int MAX_CPUS = 8192;

    /** Default workload operations per chunk of the background acceptance thread. */
    public static final int DEFAULT_ACCEPT_EVERY = 8;

    /** A zone span; pages of the span outside every present range are holes. */
    public record ZoneSpan(int nid, ZoneType type, int startPfn, int spannedPages) {
    }

    /** A present range; the first {@code reservedPages} pages are never given to the buddy allocator. */
    public record Range(int startPfn, int endPfn, int reservedPages) {
    }

    final int nodes;
    final int cpus;
    final MigrateTypes migrateTypes;
    final List<ZoneSpan> zones;
    final List<Range> ranges;
    final long minFreeKbytes;
    final boolean thp;
    final Knobs knobs;
    final int unacceptedPercent;
    final long unacceptedPages;
    final int acceptEvery;

    private MachineSpec(Builder b) {
        this.nodes = b.nodes;
        this.cpus = b.cpus;
        this.migrateTypes = b.migrateTypes;
        this.zones = Collections.unmodifiableList(new ArrayList<>(b.zones));
        this.ranges = Collections.unmodifiableList(new ArrayList<>(b.ranges));
        this.minFreeKbytes = b.minFreeKbytes;
        this.thp = b.thp;
        this.knobs = b.knobs;
        this.unacceptedPercent = b.unacceptedPercent;
        this.unacceptedPages = b.unacceptedPages;
        this.acceptEvery = b.acceptEvery;
    }

    /**
     * Present memory that starts unaccepted (a confidential guest's EFI_UNACCEPTED_MEMORY), taken
     * from the top of memory down: {@code percent} of the present pages, or {@code pages} 4 KiB pages
     * when percent is negative. Both 0 (the default): no unaccepted memory, every {@code unaccepted}
     * strategy runs as mainline.
     */
    public record UnacceptedMemory(int percent, long pages, int acceptEvery) {
        /** Whether any memory starts unaccepted. */
        public boolean any() {
            return percent > 0 || percent < 0 && pages > 0;
        }
    }

    /** The unaccepted memory of the machine ({@link Builder#unacceptedPercent}, {@link Builder#unacceptedPages}). */
    public UnacceptedMemory unaccepted() {
        return new UnacceptedMemory(unacceptedPercent, unacceptedPages, acceptEvery);
    }

    public int nodes() {
        return nodes;
    }

    public int cpus() {
        return cpus;
    }

    public MigrateTypes migrateTypes() {
        return migrateTypes;
    }

    public List<ZoneSpan> zones() {
        return zones;
    }

    public List<Range> ranges() {
        return ranges;
    }

    /** Explicit vm.min_free_kbytes, or -1 to compute it like the kernel at boot. */
    public long minFreeKbytes() {
        return minFreeKbytes;
    }

    /** Whether THP is enabled (khugepaged raises min_free_kbytes). */
    public boolean thp() {
        return thp;
    }

    /**
     * The knobs the machine boots with ({@link Knobs#mainline()} unless
     * {@link Builder#knobs(Knobs)} set them). An explicit {@code min_free_kbytes} knob wins over
     * {@link #minFreeKbytes()}.
     */
    public Knobs knobs() {
        return knobs;
    }

    /** This spec with {@code k} as its knobs. */
    public MachineSpec withKnobs(Knobs k) {
        Builder b = builder().nodes(nodes).cpus(cpus).migrateTypes(migrateTypes).minFreeKbytes(minFreeKbytes).thp(thp)
                .knobs(k);
        b.unacceptedPercent = unacceptedPercent;
        b.unacceptedPages = unacceptedPages;
        b.acceptEvery = acceptEvery;
        b.zones.addAll(zones);
        b.ranges.addAll(ranges);
        return b.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * An x86-64 PC layout: pfn 0 absent, DMA below 16 MiB, DMA32 below 4 GiB with the PCI hole at
     * 3-4 GiB, Normal above; the rest of memory split evenly across nodes (node &gt; 0 only Normal).
     * About 1/64 of every range plus the first 1 MiB is reserved (memmap, firmware, kernel image).
     *
     * @param memoryMiB total RAM in MiB (at least 64, at most {@link #MAX_X86_MEMORY_MIB})
     * @throws IllegalArgumentException when {@code memoryMiB} exceeds {@link #MAX_X86_MEMORY_MIB}
     */
    public static MachineSpec x86(long memoryMiB, int cpus, int nodes) {
        if (memoryMiB < 0 || memoryMiB > MAX_X86_MEMORY_MIB) {
            throw new IllegalArgumentException("memory " + memoryMiB + " MiB: the engine holds at most "
                    + MAX_X86_MEMORY_MIB / 1024 + " GiB (pfns are 32-bit ints)");
        }
        long pages = memoryMiB * 256;
        Builder b = builder().nodes(nodes).cpus(cpus);
        long perNode = pages / nodes;
        long node0 = perNode;
        // node 0: DMA [1,4096), DMA32 up to 3 GiB (then hole to 4 GiB), Normal from 4 GiB
        long dma32End = Math.min(node0, 786432);
        b.zone(0, ZoneType.DMA, 1, 4095);
        b.range(1, 4096, 97);
        if (dma32End > 4096) {
            b.zone(0, ZoneType.DMA32, 4096, (int) (node0 > 786432 ? 1048576 - 4096 : dma32End - 4096));
            b.range(4096, (int) dma32End, (int) ((dma32End - 4096) / 64 + 4096));
        }
        long next = 1048576;
        long rest = node0 - dma32End;
        if (rest > 0) {
            b.zone(0, ZoneType.NORMAL, (int) next, (int) rest);
            b.range((int) next, (int) (next + rest), (int) (rest / 64));
            next += rest;
        }
        for (int n = 1; n < nodes; n++) {
            long start = (next + 1023) & ~1023L;
            b.zone(n, ZoneType.NORMAL, (int) start, (int) perNode);
            b.range((int) start, (int) (start + perNode), (int) (perNode / 64));
            next = start + perNode;
        }
        return b.build();
    }

    /** Fluent builder; zones must not overlap and ranges must lie inside zone spans. */
    public static final class Builder {
        private int nodes = 1;
        private int cpus = 1;
        private MigrateTypes migrateTypes = MigrateTypes.mainline();
        private final List<ZoneSpan> zones = new ArrayList<>();
        private final List<Range> ranges = new ArrayList<>();
        private long minFreeKbytes = -1;
        private boolean thp = true;
        private Knobs knobs = Knobs.mainline();
        private int unacceptedPercent;
        private long unacceptedPages;
        private int acceptEvery = DEFAULT_ACCEPT_EVERY;

        /** Percent (0..100) of present memory that starts unaccepted, from the top of memory down. */
        public Builder unacceptedPercent(int percent) {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("unaccepted " + percent + "%: expected 0..100");
            }
            this.unacceptedPercent = percent;
            this.unacceptedPages = 0;
            return this;
        }

        /** 4 KiB pages of present memory that start unaccepted, from the top of memory down. */
        public Builder unacceptedPages(long pages) {
            if (pages < 0) {
                throw new IllegalArgumentException("unaccepted pages " + pages + " < 0");
            }
            this.unacceptedPercent = -1;
            this.unacceptedPages = pages;
            return this;
        }

        /**
         * Workload operations per MAX_PAGE_ORDER chunk the background acceptance thread accepts
         * ({@code unaccepted = background}); default {@link #DEFAULT_ACCEPT_EVERY}.
         */
        public Builder acceptEvery(int ops) {
            if (ops < 1) {
                throw new IllegalArgumentException("accept_every " + ops + ": expected at least 1");
            }
            this.acceptEvery = ops;
            return this;
        }

        public Builder nodes(int n) {
            this.nodes = n;
            return this;
        }

        public Builder cpus(int n) {
            this.cpus = n;
            return this;
        }

        public Builder migrateTypes(MigrateTypes t) {
            this.migrateTypes = t;
            return this;
        }

        public Builder zone(int nid, ZoneType type, int startPfn, int spannedPages) {
            zones.add(new ZoneSpan(nid, type, startPfn, spannedPages));
            return this;
        }

        public Builder range(int startPfn, int endPfn, int reservedPages) {
            ranges.add(new Range(startPfn, endPfn, reservedPages));
            return this;
        }

        public Builder minFreeKbytes(long kb) {
            this.minFreeKbytes = kb;
            return this;
        }

        public Builder thp(boolean on) {
            this.thp = on;
            return this;
        }

        /**
         * The allocator knobs of the machine ({@code Machine.boot} reads them; MMU knobs go to
         * {@code MmuConfig.Builder.knobs}). {@code Machine.boot} refuses a value
         * {@link Knobs#unsupportedReason} names.
         */
        public Builder knobs(Knobs k) {
            this.knobs = Objects.requireNonNull(k);
            return this;
        }

        public MachineSpec build() {
            if (nodes < 1 || cpus < nodes) {
                throw new IllegalArgumentException("need at least one cpu per node");
            }
            if (nodes > MAX_NODES || cpus > MAX_CPUS) {
                throw new IllegalArgumentException(nodes + " nodes, " + cpus + " cpus: the engine holds at most "
                        + MAX_NODES + " nodes and " + MAX_CPUS + " cpus");
            }
            return new MachineSpec(this);
        }
    }
}
