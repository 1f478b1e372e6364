package mmlens.engine.internal;

import java.util.ArrayList;
import java.util.List;

import mmlens.engine.MachineSpec;

/** Sets up a booting machine's unaccepted memory from its spec and the {@code unaccepted} knob. */
final class UnacceptedBoot {
    private UnacceptedBoot() {
    }

    /** Creates {@code e.ctx.unaccepted} and marks the memory when the spec has unaccepted memory. */
    static void setUp(Engine e, MachineSpec spec) {
        MachineSpec.UnacceptedMemory u = spec.unaccepted();
        if (!u.any()) {
            return;
        }
        List<int[]> ranges = new ArrayList<>();
        long present = 0;
        for (MachineSpec.Range r : spec.ranges()) {
            ranges.add(new int[] {r.startPfn(), r.endPfn(), r.reservedPages()});
            present += Math.max(0, r.endPfn() - r.startPfn() - r.reservedPages());
        }
        long pages = u.percent() >= 0 ? present * u.percent() / 100 : Math.min(u.pages(), present);
        Unaccepted acc = new Unaccepted(e, Unaccepted.Strategy.of(spec.knobs().get("unaccepted")), u.acceptEvery());
        acc.markUnaccepted(ranges, pages);
        e.ctx.unaccepted = acc;
    }
}
