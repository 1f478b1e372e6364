package mmlens.engine.trace;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

import mmlens.engine.internal.trace.FtraceLineParser;

/**
 * Streams the events of an ftrace text trace ({@code /sys/kernel/tracing/trace}, {@code trace_pipe}
 * or {@code trace-cmd report} output), one line at a time: memory stays bounded whatever the
 * trace size. Malformed lines never throw; each becomes a {@link TraceDiagnostic} (the first
 * {@value #MAX_DIAGNOSTICS} are kept, all are counted) and is skipped. Events of other kinds are
 * counted by name in {@link #otherEvents()}. Binary input (a line with NUL bytes or mostly
 * undecodable characters, e.g. trace-cmd's trace.dat) and a truncated or corrupt gzip stream end
 * the reading with one diagnostic each; the events read before are kept. Diagnostic excerpts show
 * control characters as '?'.
 *
 * <pre>
 * try (TraceReader r = TraceReader.open(path)) {
 *     r.forEach(event -> ...);
 *     r.diagnostics();
 * }
 * </pre>
 */
public final class TraceReader implements Iterator<TraceEvent>, Closeable {

    /** How many diagnostics are kept; more are only counted. */
    public static final int MAX_DIAGNOSTICS = 1000;

    private final BufferedReader in;
    private final FtraceLineParser parser = new FtraceLineParser();
    private final List<TraceDiagnostic> diagnostics = new ArrayList<>();
    private long diagnosticCount;
    private long lineNumber;
    private long events;
    private long lostEvents;
    private TraceEvent next;
    private boolean eof;

    private TraceReader(Reader in) {
        this.in = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in, 1 << 16);
    }

    /** Reads text from {@code in} (not closed until {@link #close}). */
    public static TraceReader of(Reader in) {
        return new TraceReader(in);
    }

    /**
     * Reads UTF-8 text from {@code in}, gunzipping it when it starts with the gzip magic. A gzip
     * header that is cut or malformed gives a reader with no events and one diagnostic.
     *
     * @throws IOException when reading {@code in} fails
     */
    public static TraceReader of(InputStream in) throws IOException {
        java.io.BufferedInputStream b = new java.io.BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m0 = b.read();
        int m1 = b.read();
        b.reset();
        InputStream data = b;
        if (m0 == 0x1f && m1 == 0x8b) {
            try {
                data = new GZIPInputStream(b, 1 << 16);
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                // the gzip magic with a header that is cut or not gzip's: say so as any corrupt input
                TraceReader r = new TraceReader(new java.io.StringReader(""));
                r.diagnose("starts with the gzip magic but its gzip header is unreadable (" + e.getMessage()
                        + "); no events read", "");
                return r;
            }
        }
        return new TraceReader(new InputStreamReader(data, StandardCharsets.UTF_8));
    }

    /** Opens a trace file, plain or gzip-compressed. */
    public static TraceReader open(Path file) throws IOException {
        return of(Files.newInputStream(file));
    }

    @Override
    public boolean hasNext() {
        while (next == null && !eof) {
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                // a truncated or corrupt gzip stream: keep what was read, say where it stopped
                diagnose("input ends early after this line (" + e.getMessage() + "); the events before it are used",
                        "");
                eof = true;
                break;
            }
            if (line == null) {
                eof = true;
                break;
            }
            lineNumber++;
            switch (parser.parse(lineNumber, line)) {
            case EVENT:
                next = parser.event();
                events++;
                break;
            case ERROR:
                if (binary(line)) {
                    // only lines that do not parse are checked: the event path stays one pass
                    diagnose(line.startsWith(TRACE_DAT_MAGIC)
                            ? "a trace-cmd trace.dat file (binary): print it as text with 'trace-cmd report'"
                            : "binary data, not ftrace text; reading stops here", line);
                    eof = true;
                    break;
                }
                diagnose(parser.error(), line);
                break;
            case LOST:
                lostEvents += parser.lostEvents();
                diagnose(parser.lostEvents() + " events lost (ring buffer overrun)", line);
                break;
            default:
                break;
            }
        }
        return next != null;
    }

    @Override
    public TraceEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TraceEvent e = next;
        next = null;
        return e;
    }

    /** Feeds every remaining event to {@code action}. */
    public void forEach(Consumer<? super TraceEvent> action) {
        forEachRemaining(action);
    }

    /** The remaining events as a sequential stream (closing the stream does not close the reader). */
    public Stream<TraceEvent> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** trace-cmd's trace.dat starts with bytes 0x17 0x08 'D' and "tracing". */
    private static final String TRACE_DAT_MAGIC = "\u0017\u0008Dtracing";

    /** A line with a NUL, or with more than one in eight characters undecodable or control characters. */
    private static boolean binary(String line) {
        int odd = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\r' && c != '\f')) {
                odd++;
            }
        }
        return odd > 0 && odd * 8 > line.length();
    }

    private void diagnose(String message, String line) {
        diagnosticCount++;
        if (diagnostics.size() < MAX_DIAGNOSTICS) {
            diagnostics.add(new TraceDiagnostic(lineNumber, message, printable(line)));
        }
    }

    /** The first 200 characters, with control and undecodable characters shown as '?'. */
    private static String printable(String line) {
        String head = line.length() > 200 ? line.substring(0, 200) : line;
        StringBuilder sb = new StringBuilder(head.length());
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            sb.append(c == '\uFFFD' || (Character.isISOControl(c) && c != '\t') ? '?' : c);
        }
        return sb.toString();
    }

    /** The first {@value #MAX_DIAGNOSTICS} problems, in line order. */
    public List<TraceDiagnostic> diagnostics() {
        return Collections.unmodifiableList(diagnostics);
    }

    /** All problems found so far, including those not kept. */
    public long diagnosticCount() {
        return diagnosticCount;
    }

    /** Lines read so far. */
    public long lines() {
        return lineNumber;
    }

    /** Events returned or about to be returned so far. */
    public long events() {
        return events;
    }

    /** Events the kernel reported lost ({@code [LOST n EVENTS]} lines). */
    public long lostEvents() {
        return lostEvents;
    }

    /** Events of kinds this reader does not type, by event name. */
    public Map<String, Long> otherEvents() {
        return Collections.unmodifiableMap(new TreeMap<>(parser.otherEvents()));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
