package mmlens.analysis.internal.parse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import mmlens.model.Diagnostic;

/**
 * The parallel mode of mbox parsing: one thread splits the stream into messages (as the
 * sequential reader does) while a pool decodes and reads them (MIME, mail, diff), each with its
 * own diagnostics and an unbounded line budget; results are merged strictly in message order.
 * The result equals the sequential parse: diagnostics are replayed in order into the file's
 * {@link Diags} (the splitter's own ones before the message they were raised for), and a message
 * is accepted only while the parse's {@link LineBudget} still covers every line it stored. From
 * the first message it does not cover, or that failed, on, messages are read again sequentially
 * with the real budget and diagnostics, so budget exhaustion and failures behave exactly as in a
 * sequential parse.
 */
final class ParallelMbox {
    /** One message read off-thread. */
    private record Parsed(byte[] raw, int first, List<Diagnostic> before, Unit unit, List<Diagnostic> diags,
            long lines) {
    }

    private final ExecutorService pool;
    private final int window;
    private final Diags diags;
    private final LineBudget budget;
    private final Consumer<Unit> sink;
    private final ArrayDeque<Future<Parsed>> inFlight = new ArrayDeque<>();
    private boolean sequential;

    /**
     * @param window messages read ahead at most (bounds memory)
     * @param sink   receives the units in message order
     */
    ParallelMbox(ExecutorService pool, int window, Diags diags, LineBudget budget, Consumer<Unit> sink) {
        this.pool = pool;
        this.window = window;
        this.diags = diags;
        this.budget = budget;
        this.sink = sink;
    }

    void read(LineReader lines, int maxMessageBytes) throws IOException {
        Diags splitter = new Diags(diags.file(), Integer.MAX_VALUE);
        try {
            new MboxReader(lines, splitter, maxMessageBytes, false).read((bytes, first) -> {
                List<Diagnostic> before = splitter.drain();
                if (sequential) {
                    while (!inFlight.isEmpty()) {
                        merge(inFlight.poll());
                    }
                    replay(before);
                    sink.accept(parseSequential(bytes, first));
                    return;
                }
                inFlight.add(pool.submit(() -> parseAlone(bytes, first, before)));
                while (inFlight.size() > window) {
                    merge(inFlight.poll());
                }
            });
            while (!inFlight.isEmpty()) {
                merge(inFlight.poll());
            }
            replay(splitter.drain());
        } finally {
            for (Future<Parsed> f : inFlight) {
                f.cancel(true);
            }
            inFlight.clear();
        }
    }

    private Parsed parseAlone(byte[] bytes, int first, List<Diagnostic> before) {
        Diags own = new Diags(diags.file(), Integer.MAX_VALUE);
        LineBudget unbounded = new LineBudget(Long.MAX_VALUE);
        try {
            Unit u = MailHandler.handle(MailDecoder.decode(bytes, first, own), first, own, unbounded);
            return new Parsed(bytes, first, before, u, own.drain(), Long.MAX_VALUE - unbounded.left());
        } catch (RuntimeException | StackOverflowError e) {
            return new Parsed(bytes, first, before, null, List.of(), -1);
        }
    }

    private Unit parseSequential(byte[] bytes, int first) {
        return MailHandler.handle(MailDecoder.decode(bytes, first, diags), first, diags, budget);
    }

    private void merge(Future<Parsed> f) {
        Parsed p;
        try {
            p = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("parse interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parallel parse failed", e.getCause());
        }
        replay(p.before());
        if (!sequential && p.unit() != null && p.lines() <= budget.left()) {
            budget.consume(p.lines());
            replay(p.diags());
            sink.accept(p.unit());
            return;
        }
        sequential = true;
        sink.accept(parseSequential(p.raw(), p.first()));
    }

    private void replay(List<Diagnostic> list) {
        for (Diagnostic d : list) {
            diags.add(d.getSeverity(), d.getLine(), d.getCode(), d.getMessage());
        }
    }
}
