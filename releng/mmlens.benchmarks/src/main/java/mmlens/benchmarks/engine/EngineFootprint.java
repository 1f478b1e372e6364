package mmlens.benchmarks.engine;

import java.util.Locale;

import mmlens.engine.Machine;
import mmlens.engine.MachineSpec;

/**
 * Prints bytes of engine state per simulated 4 KiB page for machines of the given sizes (MiB,
 * default 1024 and 65536): the packed per-pfn store plus pageblock flags counted by
 * {@link Machine#stateBytes()}, and the whole retained heap measured around boot.
 *
 * <pre>java -cp benchmarks.jar mmlens.benchmarks.engine.EngineFootprint 1024 65536</pre>
 */
public final class EngineFootprint {
    private EngineFootprint() {
    }

    public static void main(String[] args) {
        String[] sizes = args.length == 0 ? new String[] {"1024", "65536"} : args;
        for (String s : sizes) {
            long mib = Long.parseLong(s);
            long before = usedHeap();
            Machine m = Machine.boot(MachineSpec.x86(mib, 4, 1));
            long after = usedHeap();
            long pages = m.spannedPages();
            System.out.printf(Locale.ROOT,
                    "%6d MiB: spanned pages %,d, engine state %,d B = %.3f B/page, retained heap %,d B = %.3f B/page%n",
                    mib, pages, m.stateBytes(), (double) m.stateBytes() / pages, after - before,
                    (double) (after - before) / pages);
            if (m.nrCpus() < 0) {
                System.out.println(m); // keep the machine reachable until measured
            }
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
