package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import mmlens.analysis.check.EndState;
import mmlens.analysis.map.SeriesMapper;
import mmlens.model.Diagnostic;
import mmlens.model.Effect;
import mmlens.model.FileDiff;
import mmlens.model.Finding;
import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.SeriesMapping;
import mmlens.model.Trailer;
import mmlens.model.Verdict;

/**
 * The {@code mmlens check --format html} report: one self-contained HTML5 file (inline CSS, inline
 * SVG, one small inline script allowed by its hash; a Content-Security-Policy forbids every other
 * source, so the page loads nothing from the network). Per series: the summary, each patch and hunk
 * (trimmed quote) with its mapping and the effects and findings it caused, then every effect plotted
 * (an {@code svg.effect-plot} each: baseline and patched mean with the 95 % interval), the findings
 * with their traces, and the pageblock maps of both sides at the end of the main scenario
 * ({@link EndState}). All text from the input is HTML-escaped. No timestamps: the same input and
 * seeds give the same bytes.
 */
public final class CheckHtml {
    /**
     * The inline script: the "only significant effects" switch, and, once the page is laid out,
     * {@code data-plots-rendered} on the body = the number of effect plots the browser built as
     * SVG elements with a non-empty box (a check for tests).
     */
    static final String SCRIPT = "(function(){var b=document.body,c=document.getElementById('only-significant');"
            + "function f(){b.classList.toggle('only-significant',!!(c&&c.checked));}"
            + "if(c){c.addEventListener('change',f);}f();"
            + "var n=0;document.querySelectorAll('svg.effect-plot').forEach(function(s){"
            + "if(s instanceof SVGSVGElement&&s.getBBox().width>0){n++;}});"
            + "b.setAttribute('data-plots-rendered',String(n));})();";

    private static final String CSS = "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em auto;max-width:72em;color:#222}"
            + "h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em}"
            + "pre.diff{background:#f6f6f6;padding:.5em;overflow-x:auto;font:12px/1.35 monospace}"
            + ".add{color:#1a7f37}.del{color:#b3261e}.hdr{color:#6f42c1}"
            + ".hunk{margin:1em 0 1.5em 1em}.mapping{margin:.3em 0;color:#444}"
            + ".worse{color:#b3261e;font-weight:bold}.better{color:#1a7f37;font-weight:bold}.neutral{color:#555}"
            + ".finding{color:#b3261e}figure{display:inline-block;margin:.4em 1em .4em 0;vertical-align:top}"
            + "figcaption{font-size:12px;max-width:420px}"
            + "body.only-significant figure.verdict-neutral{display:none}"
            + ".sides{display:flex;gap:2em;flex-wrap:wrap}.legend span{display:inline-block;margin-right:1em}"
            + ".swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}"
            + "table{border-collapse:collapse}td,th{padding:.15em .6em;text-align:left}";

    private CheckHtml() {
    }

    /**
     * @param series     the checked series (their {@link ImpactResult}s attached)
     * @param unattached diagnostics of inputs that gave no series
     * @param endStates  the pageblock maps to show for a series, or null (none shown)
     */
    public static String render(List<PatchSeries> series, List<Diagnostic> unattached,
            Function<PatchSeries, EndState.Sides> endStates) {
        StringBuilder b = new StringBuilder(64 * 1024);
        String title = series.isEmpty() ? "mmlens check" : "mmlens check: " + SeriesText.named(series.get(0).getTitle());
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "img-src data:; script-src ").append(Html.cspHash(SCRIPT)).append("\">\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.append("<title>").append(Html.esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<p><label><input type=\"checkbox\" id=\"only-significant\"> plot only significant effects</label></p>\n");
        for (int i = 0; i < series.size(); i++) {
            PatchSeries s = series.get(i);
            series(b, s, "s" + (i + 1) + "-", endStates == null ? null : endStates.apply(s));
        }
        if (series.isEmpty()) {
            b.append("<h1>mmlens check</h1>\n<p>No series in the input.</p>\n");
        }
        diagnostics(b, unattached);
        b.append("<footer><p>Verdicts come from a paired t-test over the seeds (Holm-corrected per scenario, at least "
                + "a 2 % change); effects are predictions of the engine model, not measurements of a kernel.</p></footer>\n");
        b.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void series(StringBuilder b, PatchSeries s, String pre, EndState.Sides end) {
        ImpactResult r = CheckJson.result(s);
        b.append("<section class=\"series\">\n<h1>").append(Html.esc(SeriesText.named(s.getTitle()))).append(" <small>(v")
                .append(s.getVersion()).append(s.isRfc() ? ", RFC" : "").append(")</small></h1>\n");
        summary(b, s, r, pre);
        if (s.getCoverLetter() != null) {
            b.append("<details class=\"cover\"><summary>Cover letter: ").append(Html.esc(s.getCoverLetter().getSubject()))
                    .append(s.getCoverLetter().getAuthor() == null ? "" : " (" + Html.esc(s.getCoverLetter().getAuthor()) + ")")
                    .append("</summary><pre>").append(Html.esc(s.getCoverLetter().getText())).append("</pre></details>\n");
        }
        Map<Object, Hunk> shownAt = new HashMap<>();
        for (Patch p : s.getPatches()) {
            patch(b, p, r, pre, shownAt);
        }
        if (r != null) {
            effects(b, r, pre);
            findings(b, r, pre);
        }
        if (end != null) {
            HtmlPageblocks.section(b, end);
        }
        diagnostics(b, s.getDiagnostics());
        b.append("</section>\n");
    }

    private static void summary(StringBuilder b, PatchSeries s, ImpactResult r, String pre) {
        SeriesMapping sm = SeriesMapper.find(s.getAnnotations(), SeriesMapping.class);
        b.append("<table class=\"summary\">\n");
        row(b, "sources", String.join(", ", s.getSources()));
        if (sm != null) {
            row(b, "coverage", sm.getMapped() + " of " + sm.getHunks() + " hunks mapped");
        }
        if (r == null) {
            row(b, "check", "not checked");
        } else {
            long worse = r.getEffects().stream().filter(e -> e.getVerdict() == Verdict.WORSE).count();
            long better = r.getEffects().stream().filter(e -> e.getVerdict() == Verdict.BETTER).count();
            row(b, "effects", worse + " worse, " + better + " better, " + (r.getEffects().size() - worse - better)
                    + " neutral (metrics compared)");
            row(b, "findings", String.valueOf(r.getFindings().size()));
            List<CheckText.Where> where = CheckText.where(s, r);
            if (!where.isEmpty()) {
                b.append("<tr><th>where</th><td><ul class=\"where\">");
                for (CheckText.Where w : where) {
                    b.append("<li><a href=\"#").append(pre).append("hunk-").append(Html.esc(HunkIds.of(w.hunk())))
                            .append("\">").append(Html.esc(w.place())).append("</a>: ").append(Html.esc(w.what()))
                            .append("</li>");
                }
                b.append("</ul></td></tr>\n");
            }
            row(b, "runs", "seeds 1.." + r.getSeeds() + " per scenario and side; suites: "
                    + (r.getSuites().isEmpty() ? "none run" : String.join(", ", r.getSuites())) + "; engine: "
                    + r.getEngineVersion());
            for (String n : r.getNotes()) {
                row(b, "note", n);
            }
        }
        b.append("</table>\n");
    }

    private static void row(StringBuilder b, String k, String v) {
        b.append("<tr><th>").append(Html.esc(k)).append("</th><td>").append(Html.esc(v)).append("</td></tr>\n");
    }

    private static void patch(StringBuilder b, Patch p, ImpactResult r, String pre, Map<Object, Hunk> shownAt) {
        b.append("<section class=\"patch\" id=\"").append(pre).append("patch-").append(p.getIndex()).append("\">\n<h2>[PATCH ")
                .append(p.getIndex()).append("] ").append(Html.esc(SeriesText.named(p.getSubject()))).append("</h2>\n");
        if (p.getAuthor() != null) {
            b.append("<p class=\"author\">").append(Html.esc(p.getAuthor())).append("</p>\n");
        }
        if (!p.getTrailers().isEmpty()) {
            b.append("<ul class=\"trailers\">\n");
            for (Trailer t : p.getTrailers()) {
                b.append("<li>").append(Html.esc(t.getKey())).append(": ").append(Html.esc(t.getValue()))
                        .append(Html.esc(SeriesText.replyOf(t))).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        for (FileDiff f : p.getFiles()) {
            b.append("<h3>").append(Html.esc(SeriesText.path(f))).append("</h3>\n");
            for (Hunk h : f.getHunks()) {
                hunk(b, h, r, pre, shownAt);
            }
        }
        b.append("</section>\n");
    }

    /**
     * One hunk: the diff, its mapping, and its findings and significant effects as links; those
     * listed at an earlier hunk ({@code shownAt}) are not repeated, a line links back to that hunk.
     */
    private static void hunk(StringBuilder b, Hunk h, ImpactResult r, String pre, Map<Object, Hunk> shownAt) {
        String id = HunkIds.of(h);
        b.append("<div class=\"hunk\" id=\"").append(pre).append("hunk-").append(Html.esc(id)).append("\">\n<pre class=\"diff\">");
        for (String l : QuotedHunk.lines(h)) {
            String cls = l.startsWith("@@") ? "hdr" : l.startsWith("+") ? "add" : l.startsWith("-") ? "del" : null;
            if (cls != null) {
                b.append("<span class=\"").append(cls).append("\">").append(Html.esc(l)).append("</span>\n");
            } else {
                b.append(Html.esc(l)).append('\n');
            }
        }
        b.append("</pre>\n<div class=\"mapping\">");
        StringBuilder m = new StringBuilder();
        MappingText.hunk(m, h, "");
        for (String l : m.toString().split("\n")) {
            b.append(Html.esc(l)).append("<br>");
        }
        b.append("</div>\n");
        if (r != null) {
            b.append("<ul class=\"results\">\n");
            Map<Hunk, Integer> repeated = new LinkedHashMap<>();
            for (Finding f : r.getFindings()) {
                if (f.getHunks().contains(h) && !CheckText.alreadyShown(f, h, shownAt, repeated)) {
                    b.append("<li class=\"finding\"><a href=\"#").append(pre).append("finding-").append(Html.esc(f.getId()))
                            .append("\">").append(Html.esc(f.getSeverity().getLiteral())).append(' ')
                            .append(Html.esc(f.getKind())).append("</a>: ").append(Html.esc(ReportItems.oneLine(f.getMessage())))
                            .append("</li>\n");
                }
            }
            for (Finding f : r.getFixedFindings()) {
                if (f.getHunks().contains(h) && !CheckText.alreadyShown(f, h, shownAt, repeated)) {
                    b.append("<li class=\"fixed\"><a href=\"#").append(pre).append("finding-").append(Html.esc(f.getId()))
                            .append("\">fixed ").append(Html.esc(f.getKind())).append("</a>: ")
                            .append(Html.esc(ReportItems.oneLine(f.getMessage()))).append("</li>\n");
                }
            }
            for (Effect e : r.getEffects()) {
                if (e.getVerdict() != Verdict.NEUTRAL && e.getHunks().contains(h)
                        && !CheckText.alreadyShown(e, h, shownAt, repeated)) {
                    b.append("<li class=\"").append(e.getVerdict().getLiteral()).append("\"><a href=\"#").append(pre)
                            .append("effect-").append(Html.esc(e.getId())).append("\">").append(Html.esc(CheckText.effectLine(e)))
                            .append("</a>");
                    if (e.getExplanation() != null) {
                        b.append("<br><small>because ").append(Html.esc(e.getExplanation())).append("</small>");
                    }
                    b.append("</li>\n");
                }
            }
            repeated.forEach((first, n) -> b.append("<li class=\"same\"><a href=\"#").append(pre).append("hunk-")
                    .append(Html.esc(HunkIds.of(first))).append("\">").append(Html.esc(CheckText.sameAs(first, n)))
                    .append("</a></li>\n"));
            b.append("</ul>\n");
        }
        b.append("</div>\n");
    }

    private static void effects(StringBuilder b, ImpactResult r, String pre) {
        b.append("<section class=\"effects\">\n<h2>Effects (").append(r.getEffects().size()).append(")</h2>\n");
        if (r.getEffects().isEmpty()) {
            b.append("<p>No effects: nothing was simulated.</p>\n");
        }
        Map<String, List<Effect>> byScenario = new LinkedHashMap<>();
        for (Effect e : r.getEffects()) {
            byScenario.computeIfAbsent(e.getScenario(), k -> new ArrayList<>()).add(e);
        }
        for (Map.Entry<String, List<Effect>> en : byScenario.entrySet()) {
            b.append("<h3>").append(Html.esc(en.getKey())).append("</h3>\n<div class=\"plots\">\n");
            for (Effect e : en.getValue()) {
                b.append("<figure class=\"verdict-").append(e.getVerdict().getLiteral()).append("\" id=\"").append(pre)
                        .append("effect-").append(Html.esc(e.getId())).append("\">");
                HtmlSvg.effect(b, e);
                b.append("<figcaption><span class=\"").append(e.getVerdict().getLiteral()).append("\">")
                        .append(Html.esc(e.getVerdict().getLiteral())).append("</span> ").append(Html.esc(e.getMetric()))
                        .append(": ").append(Double.isNaN(e.getChangePct()) ? "new"
                                : String.format(java.util.Locale.ROOT, "%+.1f%%", e.getChangePct()));
                if (!e.getPatches().isEmpty()) {
                    b.append(" — patches");
                    for (Patch p : e.getPatches()) {
                        b.append(" <a href=\"#").append(pre).append("patch-").append(p.getIndex()).append("\">[")
                                .append(p.getIndex()).append("]</a>");
                    }
                }
                b.append("</figcaption></figure>\n");
            }
            b.append("</div>\n");
        }
        b.append("</section>\n");
    }

    private static void findings(StringBuilder b, ImpactResult r, String pre) {
        b.append("<section class=\"findings\">\n<h2>Findings (").append(r.getFindings().size()).append(")</h2>\n");
        if (r.getFindings().isEmpty()) {
            b.append("<p>No checker finding on the patched side that the baseline did not show.</p>\n");
        }
        findingList(b, r.getFindings(), pre);
        if (!r.getFixedFindings().isEmpty()) {
            b.append("<h2>Fixed (").append(r.getFixedFindings().size()).append(")</h2>\n<p>Checker findings of the"
                    + " baseline that no seed shows after the series (the trace is the baseline's).</p>\n");
            findingList(b, r.getFixedFindings(), pre);
        }
        b.append("</section>\n");
    }

    private static void findingList(StringBuilder b, List<Finding> list, String pre) {
        for (Finding f : list) {
            b.append("<div class=\"finding\" id=\"").append(pre).append("finding-").append(Html.esc(f.getId())).append("\"><p><b>")
                    .append(Html.esc(f.getId())).append("</b> ").append(Html.esc(f.getSeverity().getLiteral())).append(' ')
                    .append(Html.esc(f.getKind())).append(" in ").append(Html.esc(f.getScenario())).append(" seed ")
                    .append(f.getSeed()).append(": ").append(Html.esc(f.getMessage())).append("</p>\n");
            if (!f.getTrace().isEmpty()) {
                b.append("<details><summary>trace (").append(f.getTrace().size()).append(" lines)</summary><pre>");
                f.getTrace().forEach(t -> b.append(Html.esc(t)).append('\n'));
                b.append("</pre></details>\n");
            }
            b.append("</div>\n");
        }
    }

    private static void diagnostics(StringBuilder b, List<Diagnostic> ds) {
        if (ds.isEmpty()) {
            return;
        }
        b.append("<ul class=\"diagnostics\">\n");
        for (Diagnostic d : ds) {
            b.append("<li>").append(Html.esc(d.getSeverity().getLiteral())).append(": ").append(Html.esc(d.getFile()))
                    .append(':').append(d.getLine()).append(": ").append(Html.esc(d.getMessage())).append("</li>\n");
        }
        b.append("</ul>\n");
    }
}
