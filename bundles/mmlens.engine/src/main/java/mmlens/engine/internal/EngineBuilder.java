package mmlens.engine.internal;

import static mmlens.engine.internal.Orders.MAX_PAGE_ORDER;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.MachineSpec;
import mmlens.engine.MigrateTypes;
import mmlens.engine.ZoneType;

/**
 * Boot of a simulated machine: zone spans, memmap_init (all pageblocks MOVABLE), memblock_free_all()
 * in MAX_ORDER-aligned chunks with FPI_TO_TAIL, then init_per_zone_wmark_min(), khugepaged's
 * set_recommended_min_free_kbytes(), lowmem reserves, pcp batch/high and stat thresholds.
 */
public final class EngineBuilder {
    private EngineBuilder() {
    }

    /** Creates nodes and (possibly empty) zones for a spec, without memory. */
    public static Engine skeleton(int nrNodes, int nrCpus, MigrateTypes types, List<MachineSpec.ZoneSpan> spans,
            Sysctl sysctl) {
        Node[] nodes = new Node[nrNodes];
        int[] cpuNode = new int[nrCpus];
        int perNode = nrCpus / nrNodes;
        for (int c = 0; c < nrCpus; c++) {
            cpuNode[c] = Math.min(c / perNode, nrNodes - 1);
        }
        for (int n = 0; n < nrNodes; n++) {
            int cpusHere = 0;
            for (int c : cpuNode) {
                cpusHere += c == n ? 1 : 0;
            }
            nodes[n] = new Node(n, cpusHere);
        }
        for (MachineSpec.ZoneSpan s : spans) {
            Node n = nodes[s.nid()];
            if (n.zones[s.type().ordinal()] != null) {
                throw new IllegalArgumentException("duplicate zone " + s);
            }
            n.zones[s.type().ordinal()] = new Zone(s.nid(), s.type(), s.startPfn(), s.spannedPages(), types.count(),
                    nrCpus, types.pcpTypes(), sysctl.costlyOrder, sysctl.pageblockOrder);
        }
        for (Node n : nodes) {
            for (ZoneType t : ZoneType.values()) {
                if (n.zones[t.ordinal()] == null) {
                    n.zones[t.ordinal()] = new Zone(n.nid, t, 0, 0, types.count(), nrCpus, types.pcpTypes(),
                            sysctl.costlyOrder, sysctl.pageblockOrder);
                }
            }
        }
        Engine e = new Engine(types, sysctl, nodes, cpuNode);
        for (Zone z : e.allZones()) {
            z.view = new ZoneViewImpl(z, e);
            if (z.mem != null) {
                for (int i = 0; i < z.pageblock.length; i++) {
                    z.pageblock[i] = (byte) types.movable();
                }
            }
        }
        return e;
    }

    /**
     * Boots a machine from its spec, with the spec's {@link mmlens.engine.Knobs}. An explicit
     * {@code min_free_kbytes} knob wins over {@link MachineSpec#minFreeKbytes()}.
     *
     * @throws IllegalArgumentException when a knob value is not modelled
     *             ({@link mmlens.engine.Knobs#requireSupported()})
     */
    public static Engine boot(MachineSpec spec) {
        spec.knobs().requireSupported();
        MigrateTypes types = migrateTypes(spec);
        Sysctl sysctl = Sysctl.fromKnobs(spec.knobs(), types);
        sysctl.thpEnabled = spec.thp();
        long minFree = sysctl.minFreeKbytes >= 0 ? sysctl.minFreeKbytes : spec.minFreeKbytes();
        Engine e = skeleton(spec.nodes(), spec.cpus(), types, spec.zones(), sysctl);
        UnacceptedBoot.setUp(e, spec);
        if (spec.knobs().is("asi", "unmapped-area")) {
            e.ctx.area = new UnmappedArea(e);
        } else if (!spec.knobs().is("asi", "off")) {
            Asi asi = new Asi(e.ctx, spec.knobs().is("asi", "split-unmovable-zeroed"), spec.cpus());
            e.ctx.asi = asi;
            for (Zone z : e.allZones()) {
                z.asi = asi;
            }
        }
        for (MachineSpec.Range r : spec.ranges()) {
            addRange(e, r.startPfn(), r.endPfn(), r.reservedPages());
        }
        if (e.ctx.unaccepted != null) {
            e.ctx.unaccepted.bootDone();
        }
        buildZonelists(e);
        setupWatermarks(e, minFree);
        return e;
    }

    /** The spec's migratetypes, or under knob {@code asi} the RFC's table ({@link MigrateTypes#asi()}). */
    private static MigrateTypes migrateTypes(MachineSpec spec) {
        if (spec.knobs().is("asi", "off") || spec.knobs().is("asi", "unmapped-area")) {
            return spec.migrateTypes();
        }
        if (!spec.migrateTypes().names().equals(MigrateTypes.mainline().names())) {
            throw new IllegalArgumentException("knob asi=" + spec.knobs().get("asi") + ": not modelled by the engine:"
                    + " the machine has its own migratetype table " + spec.migrateTypes() + " (the ASI split applies"
                    + " to the mainline table without CMA; the RFC has no CMA integration)");
        }
        return MigrateTypes.asi();
    }

    private static void addRange(Engine e, int start, int end, int reserved) {
        for (Zone z : e.allZones()) {
            if (z.mem == null) {
                continue;
            }
            int s = Math.max(start, z.startPfn);
            int t = Math.min(end, z.endPfn());
            if (s >= t) {
                continue;
            }
            int resEnd = Math.min(t, Math.max(s, start + reserved));
            ZoneMem m = z.mem;
            m.fillState(s - m.base, resEnd - s, ZoneMem.K_RESERVED, 0, false);
            z.presentPages += t - s;
            z.managedPages += t - resEnd;
            freeRange(e, z, resEnd, t);
        }
    }

    /** __free_pages_memory(): largest aligned blocks up to MAX_PAGE_ORDER, freed to the tail. */
    public static void freeRange(Engine e, Zone z, int start, int end) {
        ZoneMem m = z.mem;
        m.fillState(start - m.base, end - start, ZoneMem.K_FREE_TAIL, 0, false);
        while (start < end) {
            int order = Math.min(MAX_PAGE_ORDER, start == 0 ? MAX_PAGE_ORDER : Integer.numberOfTrailingZeros(start));
            while (start + (1 << order) > end) {
                order--;
            }
            if (e.ctx.unaccepted != null && e.ctx.unaccepted.freePagesCore(z, start, order)) {
                start += 1 << order;
                continue;
            }
            e.freePath.splitLargeBuddy(z, start, order, true);
            start += 1 << order;
        }
    }

    /** build_zonelists(): local node first, then the others in nid order; managed zones high to low. */
    public static void buildZonelists(Engine e) {
        int n = e.nodes.length;
        for (int nid = 0; nid < n; nid++) {
            List<Zone> l = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                Node other = e.nodes[(nid + k) % n];
                for (int t = ZoneType.MAX_NR_ZONES - 1; t >= 0; t--) {
                    Zone z = other.zones[t];
                    if (z.managed()) {
                        l.add(z);
                    }
                }
            }
            e.nodes[nid].zonelist = l.toArray(new Zone[0]);
            List<Zone> own = new ArrayList<>();
            for (int t = ZoneType.MAX_NR_ZONES - 1; t >= 0; t--) {
                if (e.nodes[nid].zones[t].managed()) {
                    own.add(e.nodes[nid].zones[t]);
                }
            }
            e.nodes[nid].zonelistThisNode = own.toArray(new Zone[0]);
        }
    }

    /** init_per_zone_wmark_min() followed by set_recommended_min_free_kbytes(). */
    public static void setupWatermarks(Engine e, long explicitMinFreeKbytes) {
        List<Zone> zones = e.allZones();
        Sysctl s = e.ctx.sysctl;
        long minFree = explicitMinFreeKbytes;
        if (minFree < 0) {
            minFree = ZoneSetup.calculateMinFreeKbytes(zones);
            ZoneSetup.setupPerZoneWmarks(zones, minFree, s.watermarkScaleFactor);
            if (s.thpEnabled) {
                minFree = ZoneSetup.recommendedMinFreeKbytes(zones, minFree, e.ctx.pageblockNrPages);
            }
        }
        s.minFreeKbytes = minFree;
        ZoneSetup.setupPerZoneWmarks(zones, minFree, s.watermarkScaleFactor);
        for (Node n : e.nodes) {
            ZoneSetup.setupLowmemReserve(n.zones, s.lowmemReserveRatio);
        }
        int online = e.nrCpus();
        for (Zone z : zones) {
            ZoneSetup.setPagesetHighAndBatch(z, z.managedPages, e.nodes[z.nid].nrCpus, online, s);
            int th = ZoneSetup.normalThreshold(z, online);
            for (PerCpuPages p : z.pcp) {
                p.statThreshold = th;
            }
        }
    }
}
