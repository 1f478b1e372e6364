package mmlens.engine.internal.trace;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mmlens.engine.trace.EventHeader;
import mmlens.engine.trace.PageAlloc;
import mmlens.engine.trace.PageAllocExtfrag;
import mmlens.engine.trace.PageAllocZoneLocked;
import mmlens.engine.trace.PageFree;
import mmlens.engine.trace.PageFreeBatched;
import mmlens.engine.trace.PageFaultKernel;
import mmlens.engine.trace.PageFaultUser;
import mmlens.engine.trace.PagePcpuDrain;
import mmlens.engine.trace.SchedProcessExit;
import mmlens.engine.trace.SchedSwitch;
import mmlens.engine.trace.WorkqueueExecuteStart;
import mmlens.engine.trace.SysEnter;
import mmlens.engine.trace.SysExit;
import mmlens.engine.trace.TaskNewtask;
import mmlens.engine.trace.TlbFlush;
import mmlens.engine.trace.TraceEvent;
import mmlens.engine.trace.TraceMarker;

/**
 * Parses one line of ftrace text. Understands both printers:
 *
 * <pre>
 *  tracefs:    "          oracle-138     [000] d..1.     2.006566: tlb_flush: pages:-1 reason:..."
 *  +tgid:      "          oracle-138     (    138) [000] .....  2.006254: mm_page_alloc: page=..."
 *  trace-cmd:  "          oracle-138   [000]     2.006254: mm_page_alloc:        page=0xffd4... pfn=..."
 * </pre>
 *
 * The result of {@link #parse} is one of: an event, {@link Outcome#SKIPPED} (comment, blank,
 * header, or an event of another kind, counted in {@link #otherEvents()}), or an error message
 * stored in {@link #error()}. Lost-event lines set {@link #lostEvents()}.
 */
public final class FtraceLineParser {

    /** Kind of result of the last {@link #parse} call. */
    public enum Outcome { EVENT, SKIPPED, ERROR, LOST }

    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(.*)-(\\d+)\\s+(?:\\(\\s*[-\\d]+\\)\\s+)?\\[(\\d+)\\]\\s+(?:(\\S{4,6})\\s+)?"
                    + "(\\d+(?:\\.\\d+)?):\\s+(\\w+):\\s?(.*)$");
    private static final Pattern LOST = Pattern.compile("^CPU:?\\s*(\\d+)\\s*\\[(?:LOST (\\d+) EVENTS|(\\d+) EVENTS DROPPED)\\]");
    private static final Pattern TLB = Pattern.compile("^\\s*pages:\\s*(-?\\d+)\\s+reason:\\s*(?:(.*?)\\s*\\((\\d+)\\)|(\\d+))\\s*$");

    private static final Pattern SYS_ENTER = Pattern.compile("^\\s*NR\\s+(-?\\d+)\\s*\\(([0-9a-fA-F,\\s]*)\\)\\s*$");
    private static final Pattern SYS_EXIT = Pattern.compile("^\\s*NR\\s+(-?\\d+)\\s*=\\s*(-?\\d+)\\s*$");
    private static final Pattern SWITCH = Pattern.compile("^\\s*prev_comm=(.*) prev_pid=(-?\\d+) prev_prio=(-?\\d+) "
            + "prev_state=(\\S*) ==> next_comm=(.*) next_pid=(-?\\d+) next_prio=(-?\\d+)\\s*$");
    private static final Pattern NEWTASK = Pattern.compile("^\\s*pid=(\\d+) comm=(.*) clone_flags=([0-9a-fA-F]+)"
            + "(?: oom_score_adj=-?\\d+)?\\s*$");
    private static final Pattern WORK_START = Pattern.compile("^\\s*work struct \\S+: function (\\S+)\\s*$");
    private static final Pattern PROCESS_EXIT = Pattern.compile("^\\s*comm=(.*) pid=(\\d+)(?: .*)?$");

    private final Map<String, Long> otherEvents = new HashMap<>();
    private TraceEvent event;
    private String error;
    private long lost;

    /** Parses {@code text}, the 1-based {@code line} of the trace. */
    public Outcome parse(long line, String text) {
        event = null;
        error = null;
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Outcome.SKIPPED;
        }
        if (parseFast(line, text)) {
            return finish();
        }
        Matcher m = HEAD.matcher(text);
        if (!m.matches()) {
            Matcher l = LOST.matcher(trimmed);
            if (l.find()) {
                lost = Long.parseLong(l.group(2) != null ? l.group(2) : l.group(3));
                return Outcome.LOST;
            }
            if (isReportHeader(trimmed)) {
                return Outcome.SKIPPED;
            }
            error = "not an ftrace event line";
            return Outcome.ERROR;
        }
        try {
            header = new EventHeader(line, m.group(1).strip(), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), nanos(m.group(5)), m.group(4) == null ? "" : m.group(4));
        } catch (NumberFormatException e) {
            error = "bad number in event header";
            return Outcome.ERROR;
        }
        name = m.group(6);
        body = m.group(7);
        return finish();
    }

    private EventHeader header;
    private String name;
    private String body;

    private Outcome finish() {
        try {
            event = parseBody(header, name, body);
        } catch (IllegalArgumentException e) {
            error = name + ": " + e.getMessage();
            return Outcome.ERROR;
        }
        if (event == null) {
            otherEvents.merge(name, 1L, Long::sum);
            return Outcome.SKIPPED;
        }
        return Outcome.EVENT;
    }

    /**
     * The common shapes without a regular expression: {@code task-pid [(tgid)] [cpu] [flags] ts: name: body}.
     * Returns false (leaving the line to the regular expression) on anything unusual.
     */
    private boolean parseFast(long line, String t) {
        int n = t.length();
        int open = t.indexOf('[');
        while (open >= 0) {
            int close = open + 1;
            while (close < n && isDigit(t.charAt(close))) {
                close++;
            }
            if (close > open + 1 && close < n && t.charAt(close) == ']' && open > 0 && t.charAt(open - 1) == ' ') {
                break;
            }
            open = t.indexOf('[', open + 1);
        }
        if (open < 0) {
            return false;
        }
        int cpuEnd = t.indexOf(']', open);
        // task-pid, possibly followed by "(tgid)"
        int end = open - 1;
        while (end > 0 && t.charAt(end) == ' ') {
            end--;
        }
        if (t.charAt(end) == ')') {
            int lp = t.lastIndexOf('(', end);
            if (lp < 0) {
                return false;
            }
            end = lp - 1;
            while (end > 0 && t.charAt(end) == ' ') {
                end--;
            }
        }
        int pidStart = end;
        while (pidStart >= 0 && isDigit(t.charAt(pidStart))) {
            pidStart--;
        }
        if (pidStart == end || pidStart <= 0 || t.charAt(pidStart) != '-') {
            return false;
        }
        // after "[cpu]": optional flags, then "timestamp:"
        int i = skipSpaces(t, cpuEnd + 1);
        int tok = tokenEnd(t, i);
        String flags = "";
        if (tok == i || t.charAt(tok - 1) != ':' || !isTimestamp(t, i, tok - 1)) {
            flags = t.substring(i, tok);
            i = skipSpaces(t, tok);
            tok = tokenEnd(t, i);
            if (tok == i || t.charAt(tok - 1) != ':' || !isTimestamp(t, i, tok - 1)) {
                return false;
            }
        }
        String ts = t.substring(i, tok - 1);
        i = skipSpaces(t, tok);
        int colon = t.indexOf(':', i);
        if (colon <= i) {
            return false;
        }
        for (int k = i; k < colon; k++) {
            char c = t.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        name = t.substring(i, colon);
        int b = colon + 1;
        if (b < n && t.charAt(b) == ' ') {
            b++;
        }
        body = t.substring(b);
        try {
            header = new EventHeader(line, t.substring(0, pidStart).strip(),
                    Integer.parseInt(t.substring(pidStart + 1, end + 1)), Integer.parseInt(t.substring(open + 1, cpuEnd)),
                    nanos(ts), flags);
        } catch (NumberFormatException e) {
            return false;
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipSpaces(String t, int i) {
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String t, int i) {
        while (i < t.length() && t.charAt(i) != ' ' && t.charAt(i) != '\t') {
            i++;
        }
        return i;
    }

    /** digits, optionally one '.' followed by digits */
    private static boolean isTimestamp(String t, int from, int to) {
        boolean dot = false;
        if (from >= to || !isDigit(t.charAt(from))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c == '.' && !dot && k + 1 < to) {
                dot = true;
            } else if (!isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    public TraceEvent event() {
        return event;
    }

    public String error() {
        return error;
    }

    /** Events lost according to the last {@link Outcome#LOST} line. */
    public long lostEvents() {
        return lost;
    }

    /** Events of other kinds seen so far, by name. */
    public Map<String, Long> otherEvents() {
        return otherEvents;
    }

    private static boolean isReportHeader(String t) {
        return t.startsWith("cpus=") || t.startsWith("version =") || t.startsWith("version=")
                || t.matches("CPU \\d+ is empty") || t.startsWith("trace-cmd:");
    }

    /** "2.006254" seconds → nanoseconds; a plain integer (counter clocks) is kept as is. */
    static long nanos(String ts) {
        int dot = ts.indexOf('.');
        if (dot < 0) {
            return Long.parseLong(ts);
        }
        String frac = ts.substring(dot + 1);
        if (frac.length() > 9) {
            frac = frac.substring(0, 9);
        }
        long f = Long.parseLong(frac);
        for (int i = frac.length(); i < 9; i++) {
            f *= 10;
        }
        return Long.parseLong(ts.substring(0, dot)) * 1_000_000_000L + f;
    }

    private static TraceEvent parseBody(EventHeader h, String name, String body) {
        switch (name) {
        case "mm_page_alloc": {
            Fields f = Fields.of(body);
            long pfn = f.isNullPage() ? -1 : f.num("pfn");
            return new PageAlloc(h, pfn, f.integer("order"), f.integer("migratetype"), f.text("gfp_flags"));
        }
        case "mm_page_free": {
            Fields f = Fields.of(body);
            return new PageFree(h, f.num("pfn"), f.integer("order"));
        }
        case "mm_page_free_batched": {
            Fields f = Fields.of(body);
            return new PageFreeBatched(h, f.num("pfn"), f.has("order") ? f.integer("order") : 0);
        }
        case "mm_page_alloc_zone_locked": {
            Fields f = Fields.of(body);
            long pfn = f.isNullPage() ? -1 : f.num("pfn");
            boolean refill = f.has("percpu_refill") && f.integer("percpu_refill") != 0;
            return new PageAllocZoneLocked(h, pfn, f.integer("order"), f.integer("migratetype"), refill);
        }
        case "mm_page_pcpu_drain": {
            Fields f = Fields.of(body);
            return new PagePcpuDrain(h, f.num("pfn"), f.integer("order"), f.integer("migratetype"));
        }
        case "mm_page_alloc_extfrag": {
            Fields f = Fields.of(body);
            return new PageAllocExtfrag(h, f.num("pfn"), f.integer("alloc_order"), f.integer("fallback_order"),
                    f.has("pageblock_order") ? f.integer("pageblock_order") : -1, f.integer("alloc_migratetype"),
                    f.integer("fallback_migratetype"), f.integer("fragmenting") != 0,
                    f.integer("change_ownership") != 0);
        }
        case "tlb_flush": {
            Matcher t = TLB.matcher(body);
            if (!t.matches()) {
                throw new IllegalArgumentException("expected 'pages:N reason:TEXT (N)'");
            }
            long pages = Long.parseLong(t.group(1));
            int reason = Integer.parseInt(t.group(3) != null ? t.group(3) : t.group(4));
            String text = t.group(2) != null ? t.group(2) : TlbFlush.reasonName(reason);
            return new TlbFlush(h, pages, reason, text);
        }
        case "sys_enter": {
            Matcher t = SYS_ENTER.matcher(body);
            if (!t.matches()) {
                throw new IllegalArgumentException("expected 'NR n (hex, ...)'");
            }
            String list = t.group(2).strip();
            String[] parts = list.isEmpty() ? new String[0] : list.split("\\s*,\\s*");
            long[] args = new long[parts.length];
            for (int i = 0; i < parts.length; i++) {
                args[i] = Long.parseUnsignedLong(parts[i], 16);
            }
            return new SysEnter(h, Long.parseLong(t.group(1)), args);
        }
        case "sys_exit": {
            Matcher t = SYS_EXIT.matcher(body);
            if (!t.matches()) {
                throw new IllegalArgumentException("expected 'NR n = ret'");
            }
            return new SysExit(h, Long.parseLong(t.group(1)), Long.parseLong(t.group(2)));
        }
        case "page_fault_user": {
            Fields f = Fields.of(body);
            return new PageFaultUser(h, address(f.text("address")), address(f.text("ip")), f.num("error_code"));
        }
        case "page_fault_kernel": {
            Fields f = Fields.of(body);
            return new PageFaultKernel(h, address(f.text("address")), address(f.text("ip")), f.num("error_code"));
        }
        case "sched_switch": {
            Matcher t = SWITCH.matcher(body);
            if (!t.matches()) {
                throw new IllegalArgumentException("expected 'prev_comm=... ==> next_comm=...'");
            }
            return new SchedSwitch(h, t.group(1), Integer.parseInt(t.group(2)), t.group(4), t.group(5),
                    Integer.parseInt(t.group(6)));
        }
        case "task_newtask": {
            Matcher t = NEWTASK.matcher(body);
            if (!t.matches()) {
                throw new IllegalArgumentException("expected 'pid=N comm=C clone_flags=HEX'");
            }
            return new TaskNewtask(h, Integer.parseInt(t.group(1)), t.group(2), Long.parseUnsignedLong(t.group(3), 16));
        }
        case "sched_process_exit": {
            Matcher t = PROCESS_EXIT.matcher(body);
            if (!t.matches()) {
                throw new IllegalArgumentException("expected 'comm=C pid=N'");
            }
            return new SchedProcessExit(h, t.group(1), Integer.parseInt(t.group(2)));
        }
        case "workqueue_execute_start": {
            Matcher t = WORK_START.matcher(body);
            if (!t.matches()) {
                throw new IllegalArgumentException("expected 'work struct PTR: function NAME'");
            }
            return new WorkqueueExecuteStart(h, t.group(1));
        }
        case "tracing_mark_write":
            return new TraceMarker(h, stripNewline(body));
        case "print": {
            String b = body.strip();
            String prefix = "tracing_mark_write:";
            return new TraceMarker(h, stripNewline(b.startsWith(prefix) ? b.substring(prefix.length()).strip() : b));
        }
        default:
            return null;
        }
    }

    /**
     * An address printed with %ps: a user address has no symbol and prints as {@code 0x...} (or
     * plain hex); a kernel one may print as {@code symbol+0x10/0x40}, which is not a number (-1).
     */
    private static long address(String v) {
        String d = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v;
        try {
            return Long.parseUnsignedLong(d, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String stripNewline(String s) {
        return s.endsWith("\\n") ? s.substring(0, s.length() - 2) : s.strip();
    }
}
