package mmlens.engine.mmu;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.Knobs;

/**
 * The simulated CPU and MMU: cpus, paging features, TLB geometry and the policies under test.
 * Memory ranges are half-open pfn ranges {@code [start, end)} of e820 RAM (also memblock memory).
 */
public final class MmuConfig {
    /** A RAM range in pfns, half open. */
    public record Ram(long startPfn, long endPfn) {
    }

    /** Set-associative TLB geometry for one page size: {@code sets * ways} entries. */
    public record TlbGeometry(int sets, int ways) {
        public int entries() {
            return sets * ways;
        }
    }

    public final int cpus;
    public final List<Ram> ram;
    /** X86_FEATURE_GBPAGES and direct_gbpages: 1G direct-map pages. */
    public final boolean gbpages;
    /** X86_FEATURE_PCID: 6 dynamic ASIDs per cpu (TLB_NR_DYN_ASIDS). */
    public final boolean pcid;
    /** X86_FEATURE_PTI: kernel mappings not global. */
    public final boolean pti;
    /** SME/TDX-style memory encryption: the direct map carries the encryption bit. */
    public final boolean memEncrypt;
    public final TlbGeometry tlb4k;
    public final TlbGeometry tlb2m;
    public final TlbGeometry tlb1g;
    /** tlb_single_page_flush_ceiling (strides, i.e. pages for 4K flushes), default 33. */
    public final int flushCeiling;
    /**
     * {@code mm_cpumask = v6.12}: switch_mm_irqs_off() clears the cpu from the previous mm's cpumask
     * (6.18 keeps it until a flush IPI finds the cpu running another mm).
     */
    public final boolean cpumaskClearOnSwitch;
    /**
     * {@code flush_gen_check = unguarded}: flush_tlb_func() skips a request whose generation is not
     * above the cpu's, without excepting requests that carry none (TLB_GENERATION_INVALID, 0).
     */
    public final boolean flushGenUnguarded;
    public final FlushPolicy flushPolicy;
    public final FolioOrderPolicy folioOrders;
    /** The folio rules of the kernel whose order choice {@link #folioOrders} is. */
    public final AnonOrderPolicy anonPolicy;
    public final PermGrouping permGrouping;
    public final boolean checker;
    public final CycleCosts costs;

    private MmuConfig(Builder b) {
        cpus = b.cpus;
        ram = List.copyOf(b.ram);
        gbpages = b.gbpages;
        pcid = b.pcid;
        pti = b.pti;
        memEncrypt = b.memEncrypt;
        tlb4k = b.tlb4k;
        tlb2m = b.tlb2m;
        tlb1g = b.tlb1g;
        flushCeiling = b.flushCeiling;
        cpumaskClearOnSwitch = b.cpumaskClearOnSwitch;
        flushGenUnguarded = b.flushGenUnguarded;
        flushPolicy = b.flushPolicy;
        folioOrders = b.folioOrders;
        anonPolicy = b.anonPolicy;
        permGrouping = b.permGrouping;
        checker = b.checker;
        costs = b.costs.copy();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Highest RAM pfn + 1 (max_pfn). */
    public long maxPfn() {
        long m = 0;
        for (Ram r : ram) {
            m = Math.max(m, r.endPfn);
        }
        return m;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.cpus = cpus;
        b.ram.addAll(ram);
        b.gbpages = gbpages;
        b.pcid = pcid;
        b.pti = pti;
        b.memEncrypt = memEncrypt;
        b.tlb4k = tlb4k;
        b.tlb2m = tlb2m;
        b.tlb1g = tlb1g;
        b.flushCeiling = flushCeiling;
        b.cpumaskClearOnSwitch = cpumaskClearOnSwitch;
        b.flushGenUnguarded = flushGenUnguarded;
        b.flushPolicy = flushPolicy;
        b.folioOrders = folioOrders;
        b.anonPolicy = anonPolicy;
        b.permGrouping = permGrouping;
        b.checker = checker;
        b.costs = costs.copy();
        return b;
    }

    /** Defaults: 4 cpus, gbpages, PCID, no PTI, a 1536-entry 12-way STLB, 32 2M and 16 1G entries. */
    public static final class Builder {
        private int cpus = 4;
        private final List<Ram> ram = new ArrayList<>();
        private boolean gbpages = true;
        private boolean pcid = true;
        private boolean pti;
        private boolean memEncrypt;
        private TlbGeometry tlb4k = new TlbGeometry(128, 12);
        private TlbGeometry tlb2m = new TlbGeometry(8, 4);
        private TlbGeometry tlb1g = new TlbGeometry(4, 4);
        private int flushCeiling = 33;
        private boolean cpumaskClearOnSwitch;
        private boolean flushGenUnguarded;
        private FlushPolicy flushPolicy = FlushPolicy.BATCHED;
        private FolioOrderPolicy folioOrders = FolioOrderPolicy.mainline(1L << FolioOrderPolicy.PMD_ORDER, 0);
        private AnonOrderPolicy anonPolicy = AnonOrderPolicy.MAINLINE;
        private PermGrouping permGrouping = PermGrouping.SCATTERED;
        private boolean checker = true;
        private CycleCosts costs = new CycleCosts();

        public Builder cpus(int n) {
            cpus = n;
            return this;
        }

        public Builder ram(long startPfn, long endPfn) {
            ram.add(new Ram(startPfn, endPfn));
            return this;
        }

        /** RAM like MachineSpec.x86: [1, 768 Ki) below the PCI hole and the rest from 4 GiB. */
        public Builder x86Ram(long memoryMiB) {
            long pages = memoryMiB * 256;
            long low = Math.min(pages, 786432);
            ram(1, low);
            if (pages > low) {
                ram(1048576, 1048576 + pages - low);
            }
            return this;
        }

        public Builder gbpages(boolean on) {
            gbpages = on;
            return this;
        }

        public Builder pcid(boolean on) {
            pcid = on;
            return this;
        }

        public Builder pti(boolean on) {
            pti = on;
            return this;
        }

        public Builder memEncrypt(boolean on) {
            memEncrypt = on;
            return this;
        }

        public Builder tlb(TlbGeometry t4k, TlbGeometry t2m, TlbGeometry t1g) {
            tlb4k = t4k;
            tlb2m = t2m;
            tlb1g = t1g;
            return this;
        }

        public Builder flushCeiling(int pages) {
            flushCeiling = pages;
            return this;
        }

        public Builder flushPolicy(FlushPolicy p) {
            flushPolicy = p;
            return this;
        }

        public Builder folioOrders(FolioOrderPolicy p) {
            folioOrders = p;
            return this;
        }

        /** The folio rules that go with the order choice (see {@link AnonOrderPolicy}). */
        public Builder anonPolicy(AnonOrderPolicy p) {
            anonPolicy = p;
            return this;
        }

        public Builder permGrouping(PermGrouping p) {
            permGrouping = p;
            return this;
        }

        /**
         * The MMU knobs: {@code tlb_single_page_flush_ceiling} → {@link #flushCeiling},
         * {@code mm_cpumask} → {@link MmuConfig#cpumaskClearOnSwitch},
         * {@code flush_gen_check} → {@link MmuConfig#flushGenUnguarded},
         * {@code flush_policy} → {@link FlushPolicy}, {@code anon_orders}, {@code anon_orders_madvise}
         * and {@code thp_orders_all_anon} → {@link FolioOrderPolicy#masked} (or, with
         * {@code anon_order_policy = rfc-v1}, {@link FolioOrderPolicy#rfcV1} and
         * {@link AnonOrderPolicy#RFC_V1}), {@code perm_grouping}
         * → {@link PermGrouping}. Other knobs are the allocator's ({@code MachineSpec.Builder.knobs}).
         */
        public Builder knobs(Knobs k) {
            flushCeiling = k.getInt("tlb_single_page_flush_ceiling");
            cpumaskClearOnSwitch = k.is("mm_cpumask", "v6.12");
            flushGenUnguarded = k.is("flush_gen_check", "unguarded");
            flushPolicy = flushPolicy(k.get("flush_policy"));
            anonPolicy = AnonOrderPolicy.of(k.get("anon_order_policy"));
            folioOrders = anonPolicy == AnonOrderPolicy.RFC_V1
                    ? FolioOrderPolicy.rfcV1(k.ordersMask("anon_orders"), k.ordersMask("anon_orders_madvise"),
                            k.ordersMask("thp_orders_all_anon"), AnonOrderPolicy.RFC_START_ORDER)
                    : FolioOrderPolicy.masked(k.ordersMask("anon_orders"), k.ordersMask("anon_orders_madvise"),
                            k.ordersMask("thp_orders_all_anon"));
            permGrouping = k.is("perm_grouping", "grouped-2m") ? PermGrouping.GROUPED_2M
                    : k.is("perm_grouping", "gfp-flag") ? PermGrouping.GFP_FLAG : PermGrouping.SCATTERED;
            return this;
        }

        private static FlushPolicy flushPolicy(String v) {
            switch (v) {
                case "immediate":
                    return FlushPolicy.IMMEDIATE;
                case "deferred":
                    return FlushPolicy.DEFERRED_GENERATIONS;
                case "deferred-no-write-flush":
                    return FlushPolicy.DEFERRED_NO_WRITE_FLUSH;
                case "free-before-flush":
                    return FlushPolicy.FREE_BEFORE_FLUSH;
                default:
                    return FlushPolicy.BATCHED;
            }
        }

        public Builder checker(boolean on) {
            checker = on;
            return this;
        }

        public Builder costs(CycleCosts c) {
            costs = c.copy();
            return this;
        }

        public MmuConfig build() {
            if (cpus < 1 || cpus > 4096) {
                throw new IllegalArgumentException("cpus must be 1..4096");
            }
            if (ram.isEmpty()) {
                throw new IllegalArgumentException("no RAM ranges");
            }
            return new MmuConfig(this);
        }
    }
}
