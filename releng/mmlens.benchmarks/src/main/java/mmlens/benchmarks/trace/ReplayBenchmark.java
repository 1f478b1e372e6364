package mmlens.benchmarks.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import mmlens.engine.trace.OracleReplay;
import mmlens.engine.trace.RecordedRun;
import mmlens.engine.trace.TraceReader;

/**
 * Time to import and replay a run recorded by releng/kernel-oracle: {@code read} only streams the
 * gzip'ed ftrace text through the importer; {@code forced} and {@code free} are the whole
 * {@code mmlens oracle compare} work (start state from /proc and kpageflags, replay, report).
 * Events per second are the run's event count (its trace-stats / run.properties) divided by the
 * time per operation. The run directory is {@code -p run=DIR}; by default the kept frag run of
 * the engine's tests (111536 events), found from the working directory of the checkout.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class ReplayBenchmark {

    @Param({""})
    public String run;

    private RecordedRun recorded;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path dir;
        if (run.isEmpty()) {
            Path rel = Path.of("bundles/mmlens.engine/src/test/resources/oracle/frag");
            dir = Files.isDirectory(rel) ? rel : Path.of("../..").resolve(rel);
        } else {
            dir = Path.of(run);
        }
        recorded = RecordedRun.load(dir);
    }

    @Benchmark
    public long read() throws IOException {
        try (TraceReader r = recorded.openTrace()) {
            long n = 0;
            while (r.hasNext()) {
                r.next();
                n++;
            }
            return n;
        }
    }

    @Benchmark
    public void forced(Blackhole bh) throws IOException {
        bh.consume(OracleReplay.run(recorded, OracleReplay.Mode.FORCED).report());
    }

    @Benchmark
    public void free(Blackhole bh) throws IOException {
        bh.consume(OracleReplay.run(recorded, OracleReplay.Mode.FREE).report());
    }
}
