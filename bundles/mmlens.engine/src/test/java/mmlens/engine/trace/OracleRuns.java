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

    private OracleRuns() {
    }

    static Path dir(String workload) {
        URL url = OracleRuns.class.getResource("/oracle/" + workload + "/run.properties");
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
