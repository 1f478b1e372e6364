package mmlens.analysis.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import mmlens.analysis.internal.parse.Diags;
import mmlens.analysis.internal.parse.FileParser;
import mmlens.analysis.internal.parse.LineBudget;
import mmlens.analysis.internal.parse.SeriesAssembler;
import mmlens.model.Diagnostic;
import mmlens.model.PatchSeries;

/**
 * Entry point: parses mbox files, single mails, mailing-list archive pages and plain diffs into
 * {@link PatchSeries} models. Inputs given together are assembled together, so the separate files
 * of one {@code git format-patch} run become one series. Never throws for bad input: every
 * problem is a {@link Diagnostic} with file and line. Instances hold only their limits and may be
 * shared between threads; each call parses independently.
 */
public final class PatchParser {

    private final ParseLimits limits;
    private final int threads;

    public PatchParser() {
        this(ParseLimits.DEFAULT);
    }

    public PatchParser(ParseLimits limits) {
        this(limits, 1);
    }

    /**
     * A parser whose mbox inputs are read with {@code threads} worker threads over messages (the
     * splitting into messages and the merge stay on the calling thread); the result is identical to
     * the single-threaded parse, diagnostics and line budget included. {@code threads <= 1} is the
     * single-threaded parser. Each call starts and stops its own threads.
     */
    public PatchParser(ParseLimits limits, int threads) {
        this.limits = limits;
        this.threads = threads;
    }

    public ParseResult parse(Path file) {
        return parse(List.of(file));
    }

    /** Parses the files in order; diagnostics name each file as given. */
    public ParseResult parse(List<Path> files) {
        Map<String, InputSupplier> inputs = new LinkedHashMap<>();
        for (Path f : files) {
            inputs.put(f.toString(), () -> Files.newInputStream(f));
        }
        return parseInputs(inputs);
    }

    /** Parses one stream named {@code name} in diagnostics; the stream is closed. */
    public ParseResult parse(String name, InputStream in) {
        return parseInputs(Map.of(name, () -> in));
    }

    /** Opens an input; lets {@link #parseInputs} turn open failures into diagnostics. */
    @FunctionalInterface
    private interface InputSupplier {
        InputStream open() throws IOException;
    }

    /** Why an input could not be opened, without repeating its name (NIO's messages are the path). */
    private static String reason(Exception ex) {
        if (ex instanceof NoSuchFileException) {
            return "no such file";
        }
        if (ex instanceof AccessDeniedException) {
            return "permission denied";
        }
        return ex.getMessage();
    }

    private ParseResult parseInputs(Map<String, InputSupplier> inputs) {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, PatchParser::daemon) : null;
        try {
            return parseInputs(inputs, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "mmlens-parse");
        t.setDaemon(true);
        return t;
    }

    private ParseResult parseInputs(Map<String, InputSupplier> inputs, ExecutorService pool) {
        SeriesAssembler assembler = new SeriesAssembler();
        LineBudget budget = new LineBudget(limits.maxDiffLines());
        FileParser parser = new FileParser(limits, budget, assembler, pool);
        Map<String, List<Diagnostic>> diagnostics = new LinkedHashMap<>();
        for (Map.Entry<String, InputSupplier> e : inputs.entrySet()) {
            Diags diags = new Diags(e.getKey(), limits.maxDiagnostics());
            try (InputStream in = e.getValue().open()) {
                parser.parse(in, diags);
            } catch (IOException | RuntimeException ex) {
                diags.error(0, "io-error", "cannot read " + e.getKey() + ": " + reason(ex));
            }
            diagnostics.put(e.getKey(), diags.drain());
        }
        List<PatchSeries> series = parser.finish();
        List<Diagnostic> unattached = new ArrayList<>();
        for (Map.Entry<String, List<Diagnostic>> e : diagnostics.entrySet()) {
            PatchSeries owner = series.stream().filter(s -> s.getSources().contains(e.getKey())).findFirst().orElse(null);
            if (owner != null) {
                owner.getDiagnostics().addAll(e.getValue());
            } else {
                unattached.addAll(e.getValue());
            }
        }
        return new ParseResult(List.copyOf(series), List.copyOf(unattached));
    }
}
