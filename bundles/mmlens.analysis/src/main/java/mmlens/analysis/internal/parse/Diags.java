package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.List;

import mmlens.model.Diagnostic;
import mmlens.model.MmlensFactory;
import mmlens.model.Severity;

/**
 * Collects diagnostics for one input file. At most {@code cap} diagnostics are kept; the rest are
 * counted and summarised by one final warning, so hostile input cannot grow the result unboundedly.
 */
public final class Diags {

    private final String file;
    private final int cap;
    private final List<Diagnostic> list = new ArrayList<>();
    private int dropped;

    public Diags(String file, int cap) {
        this.file = file;
        this.cap = cap;
    }

    public String file() {
        return file;
    }

    public void info(int line, String code, String message) {
        add(Severity.INFO, line, code, message);
    }

    public void warn(int line, String code, String message) {
        add(Severity.WARNING, line, code, message);
    }

    public void error(int line, String code, String message) {
        add(Severity.ERROR, line, code, message);
    }

    /** Adds a diagnostic; {@code line} is 1-based, 0 for the whole file. */
    public void add(Severity severity, int line, String code, String message) {
        if (list.size() >= cap) {
            dropped++;
            return;
        }
        list.add(create(severity, file, line, code, message));
    }

    /** The kept diagnostics plus, when some were dropped, a warning saying how many. */
    public List<Diagnostic> drain() {
        List<Diagnostic> out = new ArrayList<>(list);
        if (dropped > 0) {
            out.add(create(Severity.WARNING, file, 0, "diagnostics-capped",
                    dropped + " further diagnostics for this file were not recorded"));
        }
        list.clear();
        dropped = 0;
        return out;
    }

    public static Diagnostic create(Severity severity, String file, int line, String code, String message) {
        Diagnostic d = MmlensFactory.eINSTANCE.createDiagnostic();
        d.setSeverity(severity);
        d.setFile(file);
        d.setLine(line);
        d.setCode(code);
        d.setMessage(message);
        return d;
    }
}
