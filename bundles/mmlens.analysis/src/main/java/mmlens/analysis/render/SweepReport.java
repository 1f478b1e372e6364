package mmlens.analysis.render;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.analysis.check.KnobSweep;
import mmlens.analysis.check.MetricId;
import mmlens.analysis.check.Metrics;
import mmlens.model.Diagnostic;
import mmlens.model.PatchSeries;

/**
 * The {@code mmlens sweep} report: per series, each swept knob with its values as columns and the
 * metrics that moved between the baseline and the series value as rows (text), or the same as JSON
 * (bundles/mmlens.analysis/JSON.md, "mmlens sweep").
 */
public final class SweepReport {
    private SweepReport() {
    }

    /** One checked series and what its sweep found. */
    public record Entry(PatchSeries series, KnobSweep.Result result) {
    }

    public static String text(List<Entry> entries, int seeds, List<Diagnostic> diagnostics) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries) {
            b.append("series: ").append(SeriesText.named(e.series().getTitle())).append(" (v")
                    .append(e.series().getVersion()).append(")\n");
            KnobSweep.Result r = e.result();
            if (r.note() != null) {
                b.append("  ").append(r.note()).append('\n');
            }
            for (KnobSweep.Sweep s : r.sweeps()) {
                sweep(b, s);
            }
            for (KnobSweep.Skipped k : r.skipped()) {
                b.append("  not swept: ").append(k.knob()).append(": ").append(k.why()).append('\n');
            }
            b.append('\n');
        }
        if (entries.stream().anyMatch(e -> !e.result().sweeps().isEmpty())) {
            b.append("means over seeds 1..").append(seeds).append(" with their 95 % intervals; rows are the metrics that"
                    + " change significantly from the baseline value at the series value or at another one (paired"
                    + " t-test, Holm-corrected per scenario, at least 2 %); predictions of the engine model, not"
                    + " measurements of a kernel\n");
        }
        MappingText.diagnostics(b, diagnostics);
        return b.toString();
    }

    private static void sweep(StringBuilder b, KnobSweep.Sweep s) {
        b.append("\nsweep ").append(s.knob()).append(" (").append(s.mechanism()).append("): baseline ")
                .append(s.baselineValue()).append(", series ").append(s.seriesValue());
        if (!s.held().isEmpty()) {
            b.append("; held as the series leaves them: ");
            b.append(String.join(", ", s.held().entrySet().stream().map(x -> x.getKey() + "=" + x.getValue()).toList()));
        }
        b.append('\n');
        b.append("  suites: ").append(s.suites().isEmpty() ? "none" : String.join(", ", s.suites())).append('\n');
        s.notRunnable().forEach(n -> b.append("  not runnable: ").append(n).append('\n'));
        if (s.rows().isEmpty()) {
            b.append("  no metric of ").append(s.compared()).append(" compared moves significantly from ")
                    .append(s.baselineValue()).append(" at any value run (").append(String.join(", ", s.values()))
                    .append(")\n");
            return;
        }
        int nameWidth = "scenario metric".length();
        for (KnobSweep.Row r : s.rows()) {
            nameWidth = Math.max(nameWidth, r.scenario().length() + 1 + r.metric().length());
        }
        int n = s.values().size();
        String[] heads = new String[n];
        String[][] cells = new String[s.rows().size()][n];
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            String v = s.values().get(i);
            heads[i] = v + (v.equals(s.baselineValue()) ? " (base)" : v.equals(s.seriesValue()) ? " (series)" : "");
            width[i] = heads[i].length();
            for (int r = 0; r < s.rows().size(); r++) {
                double m = s.rows().get(r).means().get(i);
                cells[r][i] = Double.isNaN(m) ? "-"
                        : String.format(Locale.ROOT, "%.4g ±%.2g", m, s.rows().get(r).ci95().get(i));
                width[i] = Math.max(width[i], cells[r][i].length());
            }
        }
        StringBuilder head = new StringBuilder("  ").append(pad("scenario metric", nameWidth));
        for (int i = 0; i < n; i++) {
            head.append("  ").append(pad(heads[i], width[i]));
        }
        b.append(head.toString().stripTrailing()).append('\n');
        for (int r = 0; r < s.rows().size(); r++) {
            KnobSweep.Row row = s.rows().get(r);
            StringBuilder line = new StringBuilder("  ").append(pad(row.scenario() + " " + row.metric(), nameWidth));
            for (int i = 0; i < n; i++) {
                line.append("  ").append(pad(cells[r][i], width[i]));
            }
            MetricId id = Metrics.get(row.metric());
            line.append("  ").append(row.verdict().name().toLowerCase(Locale.ROOT)).append(" at ").append(s.seriesValue());
            if (id != null) {
                line.append(id.direction() == MetricId.Direction.LOWER_IS_BETTER ? " (lower is better)"
                        : " (higher is better)");
            }
            b.append(line).append('\n');
        }
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }

    public static String json(List<Entry> entries, int seeds) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("seeds", seeds);
        ArrayNode series = root.putArray("series");
        for (Entry e : entries) {
            ObjectNode o = series.addObject();
            o.put("title", e.series().getTitle());
            o.put("version", e.series().getVersion());
            if (e.result().note() == null) {
                o.putNull("note");
            } else {
                o.put("note", e.result().note());
            }
            ArrayNode sweeps = o.putArray("sweeps");
            for (KnobSweep.Sweep s : e.result().sweeps()) {
                ObjectNode w = sweeps.addObject();
                w.put("knob", s.knob());
                w.put("mechanism", s.mechanism());
                w.put("baselineValue", s.baselineValue());
                w.put("seriesValue", s.seriesValue());
                s.values().forEach(w.putArray("values")::add);
                ObjectNode held = w.putObject("held");
                s.held().forEach(held::put);
                s.suites().forEach(w.putArray("suites")::add);
                w.put("compared", s.compared());
                s.notRunnable().forEach(w.putArray("notRunnable")::add);
                ArrayNode rows = w.putArray("rows");
                for (KnobSweep.Row r : s.rows()) {
                    ObjectNode ro = rows.addObject();
                    ro.put("scenario", r.scenario());
                    ro.put("metric", r.metric());
                    ro.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
                    ArrayNode means = ro.putArray("means");
                    ArrayNode ci = ro.putArray("ci95");
                    for (int i = 0; i < r.means().size(); i++) {
                        number(means, r.means().get(i));
                        number(ci, r.ci95().get(i));
                    }
                }
            }
            ArrayNode skipped = o.putArray("skipped");
            for (KnobSweep.Skipped k : e.result().skipped()) {
                ObjectNode so = skipped.addObject();
                so.put("knob", k.knob());
                so.put("why", k.why());
            }
        }
        return MappingJson.write(root);
    }

    private static void number(ArrayNode a, double v) {
        if (Double.isNaN(v)) {
            a.addNull();
        } else {
            a.add(v);
        }
    }
}
