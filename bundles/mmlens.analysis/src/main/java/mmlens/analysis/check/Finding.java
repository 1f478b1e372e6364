package mmlens.analysis.check;

import java.util.List;

/**
 * A checker result on the patched side that the baseline never showed in the same scenario
 * (matched by kind and message shape: numbers and addresses do not count).
 *
 * @param kind the MMU checker's {@code Finding.Kind} name, {@code ALLOCATOR_INVARIANT} or
 *            {@code OOM_KILL}
 * @param severity {@code error} for checker and invariant results, {@code warning} for OOM kills
 * @param message what happened, from the first run that showed it
 * @param scenario {@code suite/name}
 * @param seed the lowest seed that showed it at {@code stepIndex}
 * @param trace the minimal event trace, oldest first, at most {@link #MAX_TRACE} lines
 * @param stepIndex the first step (1-based) whose configuration shows it
 */
public record Finding(String kind, String severity, String message, String scenario, long seed, List<String> trace,
        int stepIndex) {
    /** Longest trace kept; longer traces keep their last lines after an "omitted" line. */
    public static final int MAX_TRACE = 40;

    public Finding {
        trace = bound(trace);
    }

    static List<String> bound(List<String> t) {
        if (t.size() <= MAX_TRACE) {
            return List.copyOf(t);
        }
        List<String> l = new java.util.ArrayList<>();
        l.add("... " + (t.size() - MAX_TRACE + 1) + " earlier lines omitted");
        l.addAll(t.subList(t.size() - MAX_TRACE + 1, t.size()));
        return List.copyOf(l);
    }

    @Override
    public String toString() {
        return severity + " " + kind + " in " + scenario + " seed " + seed + " step " + stepIndex + ": " + message + " ("
                + trace.size() + " trace lines)";
    }
}
