package mmlens.benchmarks.parse;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import mmlens.analysis.parse.ParseLimits;
import mmlens.analysis.parse.ParseResult;
import mmlens.analysis.parse.PatchParser;

/**
 * Parse throughput of a large mbox: time per parse of a file of {@code megabytes} MB; throughput in
 * MB/s is {@code megabytes / (ms per op / 1000)}. The input is a synthetic mboxrd series written at
 * setup (cover letter plus patches with several files and hunks each, in the shape of real mm
 * series), with {@code -p input=corpus} the real series of {@code ../shared/corpus/series}
 * concatenated and repeated to {@code megabytes} MB (written to {@code target/} at setup, never
 * kept in the repository), or the file named by {@code -p input=/path/to.mbox}. {@code -p threads=N}
 * reads the messages on N worker threads (the parallel mode; same result).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class MboxParseBenchmark {

    @Param({"32"})
    public int megabytes;

    @Param({""})
    public String input;

    /** Worker threads over messages ({@code PatchParser(limits, threads)}); 1 = single-threaded. */
    @Param({"1"})
    public int threads;

    private Path file;
    private boolean generated;

    @Setup(Level.Trial)
    public void write() throws IOException {
        if (input.equals("corpus")) {
            file = CorpusMbox.write((long) megabytes << 20);
            return;
        }
        if (!input.isEmpty()) {
            file = Path.of(input);
            return;
        }
        file = Files.createTempFile("mmlens-bench", ".mbox");
        generated = true;
        long target = (long) megabytes << 20;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long written = 0;
            for (int series = 0; written < target; series++) {
                for (int i = 0; i <= 10 && written < target; i++) {
                    byte[] mail = mail(series, i).getBytes(StandardCharsets.UTF_8);
                    out.write(mail);
                    written += mail.length;
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        if (generated) {
            Files.deleteIfExists(file);
        }
    }

    @Benchmark
    public ParseResult parseMbox() {
        return new PatchParser(ParseLimits.DEFAULT, threads).parse(file);
    }

    private static String mail(int series, int i) {
        StringBuilder b = new StringBuilder();
        b.append("From mboxrd@z Thu Jan  1 00:00:00 1970\n");
        b.append("From: Ada Example <ada@example.org>\nDate: Mon, 6 Jan 2025 10:00:00 +0000\n");
        b.append("Subject: [PATCH v3 ").append(i).append("/10] mm/bench: step ").append(i).append('\n');
        b.append("Message-ID: <").append(series).append('.').append(i).append("@bench.example.org>\n");
        if (i > 0) {
            b.append("In-Reply-To: <").append(series).append(".0@bench.example.org>\n");
        }
        b.append("Content-Type: text/plain; charset=UTF-8\n\n");
        b.append("Make step ").append(i).append(" of the benchmark series.\n\n");
        b.append("Signed-off-by: Ada Example <ada@example.org>\n---\n");
        if (i == 0) {
            return b.append("Ada Example (10):\n  mm/bench: step 1\n\n-- \n2.47.0\n\n").toString();
        }
        for (int f = 0; f < 4; f++) {
            b.append("diff --git a/mm/bench").append(f).append(".c b/mm/bench").append(f).append(".c\n");
            b.append("index 1111111..2222222 100644\n--- a/mm/bench").append(f).append(".c\n+++ b/mm/bench").append(f).append(".c\n");
            for (int h = 0; h < 6; h++) {
                b.append("@@ -").append(100 * h + 1).append(",7 +").append(100 * h + 1).append(",8 @@ static int bench_step(struct page *page)\n");
                b.append(" \tstruct zone *zone = page_zone(page);\n \tunsigned long flags;\n \n");
                b.append("-\tspin_lock_irqsave(&zone->lock, flags);\n");
                b.append("+\tif (!zone_managed_pages(zone))\n+\t\treturn -ENOMEM;\n");
                b.append(" \t__mod_zone_page_state(zone, NR_FREE_PAGES, 1);\n \treturn 0;\n }\n");
            }
        }
        return b.append("-- \n2.47.0\n\n").toString();
    }
}
