package mmlens.benchmarks.check;

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

import mmlens.analysis.check.CheckMonitor;
import mmlens.analysis.check.CheckOptions;
import mmlens.analysis.check.SeriesCheck;
import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.PatchSeries;

/**
 * Wall time of the whole {@code mmlens check} work on one input: parse, map, and
 * {@link SeriesCheck#run} with the default options (5 seeds, the suites of the mechanisms found,
 * one worker per available processor), without rendering. Single-shot: each measured operation is
 * one complete check, as a user runs it. {@code -p example=NAME} picks a file of releng/examples
 * (found from the checkout's working directory) or {@code -p example=/path/to.mbox} any file;
 * the number of runs is (scenarios of the suites) × (distinct configurations: baseline plus one
 * per knob-setting patch) × 5 seeds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class CheckBenchmark {

    @Param({"fallback-tuning-v2.mbox", "knob-sweep-v3.mbox"})
    public String example;

    private Path file;

    @Setup(Level.Trial)
    public void locate() {
        Path given = Path.of(example);
        if (given.isAbsolute() || Files.isRegularFile(given)) {
            file = given;
            return;
        }
        Path rel = Path.of("releng/examples").resolve(example);
        file = Files.isRegularFile(rel) ? rel : Path.of("../..").resolve(rel);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no example " + example + " under releng/examples (run from the checkout)");
        }
    }

    @Benchmark
    public void check(Blackhole bh) {
        for (PatchSeries s : new PatchParser().parse(file).series()) {
            SeriesMapper.map(s);
            bh.consume(SeriesCheck.run(s, CheckOptions.defaults(), CheckMonitor.NONE));
        }
    }
}
