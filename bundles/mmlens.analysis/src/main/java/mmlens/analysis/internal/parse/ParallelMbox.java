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
 * own diagnostics and line budget; results are merged strictly in message order. The result
 * equals the sequential parse: diagnostics are replayed in order into the file's {@link Diags}
 * (the splitter's own ones before the message they were raised for); a message read with an
 * unbounded budget is accepted only while the parse's {@link LineBudget} still covers every line
 * it stored, and once the budget is spent, messages are read with an empty budget (storing no
 * line, as the sequential parse would; a refusal is passed on). A message the budget covers only
 * in part, or whose reading failed, is read again on the merging thread with the real budget and
 * diagnostics, so budget exhaustion and failures behave exactly as in a sequential parse.
 */
final class ParallelMbox {
    /** One message read off-thread. */
    private record Parsed(byte[] raw, int first, List<Diagnostic> before, Unit unit, List<Diagnostic> diags,
            long lines, boolean emptyBudget, boolean refused) {
    }

    private final ExecutorService pool;
    private final int window;
    private final Diags diags;
    private final LineBudget budget;
    private final Consumer<Unit> sink;
    private final ArrayDeque<Future<Parsed>> inFlight = new ArrayDeque<>();

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
                boolean empty = budget.left() == 0; // only merges spend it: it stays empty
                inFlight.add(pool.submit(() -> parseAlone(bytes, first, before, empty)));
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

    private Parsed parseAlone(byte[] bytes, int first, List<Diagnostic> before, boolean emptyBudget) {
        Diags own = new Diags(diags.file(), Integer.MAX_VALUE);
        long start = emptyBudget ? 0 : Long.MAX_VALUE;
        LineBudget local = new LineBudget(start);
        try {
            Unit u = MailHandler.handle(MailDecoder.decode(bytes, first, own), first, own, local);
            return new Parsed(bytes, first, before, u, own.drain(), start - local.left(), emptyBudget,
                    local.refusedSinceLastAsked());
        } catch (RuntimeException | StackOverflowError e) {
            return new Parsed(bytes, first, before, null, List.of(), -1, emptyBudget, false);
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
        if (p.unit() != null && (p.emptyBudget() || p.lines() <= budget.left())) {
            budget.consume(p.lines());
            if (p.refused()) {
                budget.take(); // refused, as the sequential parse's first refused line was
            }
            replay(p.diags());
            sink.accept(p.unit());
            return;
        }
        sink.accept(parseSequential(p.raw(), p.first()));
    }

    private void replay(List<Diagnostic> list) {
        for (Diagnostic d : list) {
            diags.add(d.getSeverity(), d.getLine(), d.getCode(), d.getMessage());
        }
    }
}
