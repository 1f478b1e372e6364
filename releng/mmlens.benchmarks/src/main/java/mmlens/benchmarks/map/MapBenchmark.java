package mmlens.benchmarks.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

import mmlens.analysis.map.SeriesMapper;
import mmlens.analysis.map.SymbolCatalog;
import mmlens.analysis.parse.PatchParser;
import mmlens.model.PatchSeries;

/**
 * Time to map every hunk of a series (parsed once at setup; each operation maps a fresh parse, so
 * the parse is excluded by re-parsing in a {@link Level#Invocation} setup). Default input: the
 * largest corpus series, {@code shared/corpus/series/asi-rfc-v2.mbox} (307 hunks) found above the
 * working directory, or {@code -p input=/path/to.mbox}. {@code catalogLoad} measures loading the
 * bundled 6.18 symbol catalog, which the first mapping of a process pays once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class MapBenchmark {

    @Param({""})
    public String input;

    private Path file;
    private List<PatchSeries> series;

    @Setup(Level.Trial)
    public void locate() {
        if (!input.isEmpty()) {
            file = Path.of(input);
            return;
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("shared/corpus/series/asi-rfc-v2.mbox");
            if (Files.isRegularFile(f)) {
                file = f;
                return;
            }
        }
        throw new IllegalStateException("no shared/corpus/series/asi-rfc-v2.mbox above the working directory; pass -p input=");
    }

    @Setup(Level.Invocation)
    public void parse() {
        series = new PatchParser().parse(file).series();
    }

    @Benchmark
    public int mapSeries() {
        int hunks = 0;
        for (PatchSeries s : series) {
            hunks += SeriesMapper.map(s).getHunks();
        }
        return hunks;
    }

    @Benchmark
    public int catalogLoad() throws Exception {
        try (var in = SymbolCatalog.class.getResourceAsStream("/" + SymbolCatalog.RESOURCE);
                var r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            return SymbolCatalog.read(r).size();
        }
    }
}
