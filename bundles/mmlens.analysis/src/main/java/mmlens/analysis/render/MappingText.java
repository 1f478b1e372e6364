package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.List;

import mmlens.analysis.map.SeriesMapper;
import mmlens.engine.Knobs;
import mmlens.model.Diagnostic;
import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.HunkMapping;
import mmlens.model.KnobChange;
import mmlens.model.KnobSetting;
import mmlens.model.NamedIdentifier;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;

/** The {@code mmlens map} text report: per hunk its mechanisms, knobs, variant or unmodelled reason. */
public final class MappingText {
    private MappingText() {
    }

    public static String render(List<PatchSeries> series, List<Diagnostic> unattached) {
        StringBuilder b = new StringBuilder();
        for (PatchSeries s : series) {
            series(b, s);
        }
        diagnostics(b, unattached);
        return b.toString();
    }

    /** One line per diagnostic: severity, file:line, message. */
    static void diagnostics(StringBuilder b, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            b.append(d.getSeverity().getLiteral()).append(": ").append(d.getFile()).append(':').append(d.getLine())
                    .append(": ").append(d.getMessage()).append('\n');
        }
    }

    static void series(StringBuilder b, PatchSeries s) {
        SeriesMapping sm = SeriesMapper.find(s.getAnnotations(), SeriesMapping.class);
        b.append("series: ").append(SeriesText.named(s.getTitle())).append(" (v").append(s.getVersion()).append(")\n");
        for (Patch p : s.getPatches()) {
            b.append("\n[").append(p.getIndex()).append("] ").append(SeriesText.named(p.getSubject())).append('\n');
            for (FileDiff f : p.getFiles()) {
                String path = SeriesText.path(f);
                for (Hunk h : f.getHunks()) {
                    b.append("  ").append(path).append(" @@ -").append(h.getOldStart()).append(" +")
                            .append(h.getNewStart()).append(" @@ (line ").append(h.getSourceLine()).append(")\n");
                    hunk(b, h, "    ");
                }
            }
        }
        if (sm != null) {
            b.append("\ncoverage: ").append(sm.getMapped()).append(" of ").append(sm.getHunks())
                    .append(" hunks mapped\n");
            if (!sm.getBaseline().isEmpty()) {
                b.append("baseline (earlier behaviour, the patches are already in mainline):");
                for (KnobSetting k : sm.getBaseline()) {
                    b.append(' ').append(k.getKnob()).append('=').append(k.getValue());
                }
                b.append('\n');
            }
            if (!sm.getSettings().isEmpty()) {
                b.append("patched engine:");
                for (KnobSetting k : sm.getSettings()) {
                    b.append(' ').append(k.getKnob()).append('=').append(k.getValue());
                    if (k.getPatch() != null) {
                        b.append(" [").append(k.getPatch().getIndex()).append(']');
                    }
                }
                b.append('\n');
            }
            if (!sm.getNamedIdentifiers().isEmpty()) {
                b.append("named in the text, not in a diff:\n");
                for (NamedIdentifier n : sm.getNamedIdentifiers()) {
                    b.append("  ").append(n.getName()).append(" (").append(n.getKind()).append(", ")
                            .append(n.getMechanism()).append(") in ").append(n.getWhere()).append('\n');
                }
            }
        }
        diagnostics(b, s.getDiagnostics());
    }

    /** The mapping lines of one hunk, each prefixed with {@code indent}. */
    public static void hunk(StringBuilder b, Hunk h, String indent) {
        HunkMapping m = SeriesMapper.find(h.getAnnotations(), HunkMapping.class);
        if (m == null) {
            b.append(indent).append("not mapped\n");
            return;
        }
        if (m.getUnmodelled() != null) {
            b.append(indent).append("unmodelled, because ").append(m.getUnmodelled()).append('\n');
            return;
        }
        b.append(indent).append("mechanisms: ").append(String.join(", ", m.getMechanisms()));
        if (m.getFunction() != null && !m.getFunction().isEmpty()) {
            b.append("  (in ").append(m.getFunction()).append(')');
        }
        b.append('\n');
        for (KnobChange k : m.getKnobChanges()) {
            b.append(indent).append("knob ").append(k.getKnob()).append(": ")
                    .append(k.getOldValue() == null ? "?" : k.getOldValue()).append(" -> ").append(k.getNewValue())
                    .append("  (line ").append(k.getLine()).append(": ").append(k.getEvidence()).append(")\n");
        }
        if (m.getVariant() != null) {
            b.append(indent).append("variant: ").append(m.getVariant()).append('\n');
        }
        if (m.getMainline() != null) {
            b.append(indent).append(m.getMainline()).append('\n');
        } else if (m.getKnobChanges().isEmpty() && m.getVariant() == null) {
            List<String> others = knobsOfPatch(h);
            if (!others.isEmpty()) {
                // the patch is one step of the check: this hunk runs with what its other hunks set
                b.append(indent).append("sets no engine knob or variant itself; the check runs this patch with ")
                        .append(String.join(", ", others)).append(" from its other hunks\n");
                return;
            }
            b.append(indent).append("not simulated: ");
            if (withoutCounterpart(m)) {
                b.append(m.getFunction()).append("() has no counterpart in the engine, and ");
            }
            b.append("the change sets no engine knob or variant (")
                    .append(knobsOf(m.getMechanisms())).append("), so ")
                    .append(m.getMechanisms().size() == 1 ? "this mechanism runs" : "these mechanisms run")
                    .append(" as mainline on both sides\n");
            for (String e : m.getEvidence()) {
                if (e.startsWith(mmlens.analysis.map.HunkMapper.UNRUNNABLE)) {
                    b.append(indent).append("  the engine read ").append(e.substring(
                            mmlens.analysis.map.HunkMapper.UNRUNNABLE.length())).append('\n');
                }
            }
        }
    }

    /**
     * Whether the hunk's function is a 6.18 function the mapping found (its evidence names it) that
     * no engine class follows (no "(engine: ...)" beside it): a change there cannot reach the engine
     * other than through a knob.
     */
    private static boolean withoutCounterpart(HunkMapping m) {
        String f = m.getFunction();
        if (f == null || f.isEmpty()) {
            return false;
        }
        boolean named = false;
        for (String e : m.getEvidence()) {
            if (e.startsWith(f + " (engine: ")) {
                return false;
            }
            if (e.equals(f)) {
                named = true; // a 6.18 name (an older one says so in its evidence and has no engine column)
            }
        }
        return named;
    }

    /** {@code knob = value} of every knob change the other hunks of h's patch read, in patch order. */
    private static List<String> knobsOfPatch(Hunk h) {
        List<String> l = new ArrayList<>();
        if (!(h.eContainer() instanceof FileDiff f) || !(f.eContainer() instanceof Patch p)) {
            return l;
        }
        for (FileDiff fd : p.getFiles()) {
            for (Hunk o : fd.getHunks()) {
                HunkMapping om = o == h ? null : SeriesMapper.find(o.getAnnotations(), HunkMapping.class);
                if (om == null) {
                    continue;
                }
                for (KnobChange k : om.getKnobChanges()) {
                    String kv = k.getKnob() + " = " + k.getNewValue();
                    if (!l.contains(kv)) {
                        l.add(kv);
                    }
                }
            }
        }
        return l;
    }

    /**
     * What the engine could have run differently for these mechanisms: the knobs it reads for
     * each ({@link Knobs.Info#mechanism()}), at most five named per mechanism.
     */
    static String knobsOf(List<String> mechanisms) {
        List<String> parts = new ArrayList<>();
        for (String mech : mechanisms) {
            List<String> names = Knobs.all().stream().filter(i -> i.mechanism().equals(mech)).map(Knobs.Info::name)
                    .toList();
            if (names.isEmpty()) {
                parts.add("the engine has no knob for " + mech);
            } else {
                String shown = String.join(", ", names.subList(0, Math.min(5, names.size())));
                parts.add(mech + "'s knobs: " + shown + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : ""));
            }
        }
        return String.join("; ", parts);
    }
}
