package mmlens.engine.trace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import mmlens.engine.proc.ProcSnapshot;

/**
 * A run recorded by {@code releng/kernel-oracle/record}: a directory with
 *
 * <pre>
 *   before/ after/   buddyinfo pagetypeinfo zoneinfo vmstat meminfo (text), kpageflags.gz
 *   trace.gz         ftrace text (plain "trace" also accepted)
 *   run.properties   how it was produced
 * </pre>
 */
public final class RecordedRun {
    private final Path dir;
    private final ProcSnapshot before;
    private final ProcSnapshot after;
    private final Properties properties = new Properties();

    /** Reads the run; the /proc files are parsed by the engine's importer ({@link ProcSnapshot}). */
    private RecordedRun(Path dir) throws IOException {
        this.dir = dir;
        this.before = ProcSnapshot.read(dir.resolve("before"));
        this.after = ProcSnapshot.read(dir.resolve("after"));
        Path props = dir.resolve("run.properties");
        if (Files.isRegularFile(props)) {
            try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                properties.load(r);
            }
        }
    }

    public static RecordedRun load(Path dir) throws IOException {
        return new RecordedRun(dir);
    }

    public Path directory() {
        return dir;
    }

    /** The workload name from run.properties, else the directory name. */
    public String workload() {
        return properties.getProperty("workload", dir.getFileName().toString());
    }

    public ProcSnapshot before() {
        return before;
    }

    public ProcSnapshot after() {
        return after;
    }

    /** "Page block order" of the before pagetypeinfo (9 on x86-64), -1 when not printed. */
    public int pageblockOrder() throws IOException {
        for (String line : Files.readAllLines(dir.resolve("before").resolve("pagetypeinfo"), StandardCharsets.UTF_8)) {
            if (line.startsWith("Page block order:")) {
                return Integer.parseInt(line.substring("Page block order:".length()).strip());
            }
        }
        return -1;
    }

    /**
     * The recorded kernel's version, run.properties {@code kernel.version} (Debian's package version,
     * e.g. {@code 6.12.117-1~deb12u1}), or null when the run does not say.
     */
    public String kernelVersion() {
        return properties.getProperty("kernel.version");
    }

    /** A value of run.properties, or null. */
    public String property(String key) {
        return properties.getProperty(key);
    }

    /** The free map at the before moment (read on each call). */
    public FreeMap beforeFreeMap() throws IOException {
        return KPageFlags.readFreeMap(kpageflags("before"));
    }

    /** The free map at the after moment (read on each call). */
    public FreeMap afterFreeMap() throws IOException {
        return KPageFlags.readFreeMap(kpageflags("after"));
    }

    /** A fresh streaming reader over the trace; the caller closes it. */
    public TraceReader openTrace() throws IOException {
        Path gz = dir.resolve("trace.gz");
        return TraceReader.open(Files.isRegularFile(gz) ? gz : dir.resolve("trace"));
    }

    /** Whether the run has an after/kpageflags file. */
    public boolean hasAfterKpageflags() {
        return Files.isRegularFile(kpageflags("after"));
    }

    private Path kpageflags(String side) {
        Path gz = dir.resolve(side).resolve("kpageflags.gz");
        return Files.isRegularFile(gz) ? gz : dir.resolve(side).resolve("kpageflags");
    }
}
