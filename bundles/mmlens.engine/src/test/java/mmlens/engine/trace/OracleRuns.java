package mmlens.engine.trace;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** The kernel runs recorded by releng/kernel-oracle and kept in src/test/resources/oracle/. */
final class OracleRuns {

    /** Every recorded workload. */
    static final List<String> WORKLOADS = List.of("anon", "anon-normal", "fork", "frag", "thp", "secretmem", "munmap-storm");

    /**
     * The memory-pressure runs (1 and 2 CPUs), kept in oracle/ too but not in {@link #WORKLOADS}:
     * reclaim and compaction move pages without buddy-level trace events, so the exact figures the
     * other runs' tests hold do not apply; {@code PressureReplayTest} holds theirs.
     */
    static final List<String> PRESSURE_WORKLOADS = List.of("pressure", "pressure-2cpu");

    private OracleRuns() {
    }

    /** The runs recorded with --mmu-events, kept in src/test/resources/oracle-mmu/. */
    static final List<String> MMU_WORKLOADS = List.of("munmap-storm", "secretmem", "fork", "thp");

    static Path dir(String workload) {
        return dir("oracle", workload);
    }

    static Path mmuDir(String workload) {
        return dir("oracle-mmu", workload);
    }

    /** The run recorded after the harness began tracing vmstat_update (src/test/resources/oracle-vmstat/). */
    static RecordedRun loadVmstat(String workload) throws IOException {
        return RecordedRun.load(dir("oracle-vmstat", workload));
    }

    static RecordedRun loadMmu(String workload) throws IOException {
        return RecordedRun.load(mmuDir(workload));
    }

    private static Path dir(String set, String workload) {
        URL url = OracleRuns.class.getResource("/" + set + "/" + workload + "/run.properties");
        if (url == null) {
            throw new IllegalStateException("no recorded run for " + workload);
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordedRun load(String workload) throws IOException {
        return RecordedRun.load(dir(workload));
    }
}
