package mmlens.analysis.render;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.analysis.claims.Claim;
import mmlens.analysis.claims.ClaimResult;

/**
 * {@code mmlens claims} output: a text table, the JSON array documented in JSON.md, and the
 * Markdown table kept in the engine's README.
 */
public final class ClaimsReport {
    private ClaimsReport() {
    }

    /** One block per claim, then a count per verdict. */
    public static String text(List<ClaimResult> results) {
        StringBuilder b = new StringBuilder();
        int[] n = new int[ClaimResult.Verdict.values().length];
        for (ClaimResult r : results) {
            Claim c = r.claim();
            n[r.verdict().ordinal()]++;
            b.append(r.verdict().name().toUpperCase(Locale.ROOT)).append("  ").append(c.id()).append("  (seed ")
                    .append(c.seed()).append(")\n");
            b.append("  claim:    ").append(c.claim()).append('\n');
            b.append("  run:      ").append(c.scenario()).append(", seeds 1..").append(c.seeds()).append('\n');
            b.append("  baseline: ").append(knobs(c.baseline())).append('\n');
            b.append("  variant:  ").append(knobs(c.variant())).append('\n');
            b.append("  metric:   ").append(c.metric()).append(": baseline ").append(num(r.baselineMean()))
                    .append(", variant ").append(num(r.variantMean())).append('\n');
            b.append("  figure:   ").append(c.measure()).append(" = ").append(num(r.figure())).append(", band [")
                    .append(num(c.lo())).append(", ").append(num(c.hi())).append("]\n");
            if (!r.note().isEmpty()) {
                b.append("  note:     ").append(r.note()).append('\n');
            }
            b.append('\n');
        }
        b.append(results.size()).append(" claims: ").append(n[0]).append(" hold, ").append(n[1]).append(" fail, ")
                .append(n[2]).append(" unmodelled\n");
        return b.toString();
    }

    /** The JSON array (JSON.md, "mmlens claims"). */
    public static String json(List<ClaimResult> results) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode a = f.arrayNode();
        for (ClaimResult r : results) {
            Claim c = r.claim();
            ObjectNode o = a.addObject();
            o.put("id", c.id());
            o.put("seed", c.seed());
            o.put("claim", c.claim());
            o.put("scenario", c.scenario());
            o.put("seeds", c.seeds());
            o.put("metric", c.metric());
            o.put("measure", c.measure().name());
            number(o, "baseline", r.baselineMean());
            number(o, "variant", r.variantMean());
            number(o, "figure", r.figure());
            ArrayNode band = o.putArray("band");
            band.add(c.lo());
            band.add(c.hi());
            ObjectNode bk = o.putObject("baseline_knobs");
            c.baseline().forEach(bk::put);
            ObjectNode vk = o.putObject("variant_knobs");
            c.variant().forEach(vk::put);
            o.put("verdict", r.verdict().name());
            if (!r.note().isEmpty()) {
                o.put("note", r.note());
            }
        }
        return MappingJson.write(a);
    }

    /** The Markdown table of the engine README (one row per claim). */
    public static String markdown(List<ClaimResult> results) {
        StringBuilder b = new StringBuilder();
        b.append("| id | seed | claim | variant vs baseline | metric | baseline | variant | figure | band | verdict |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (ClaimResult r : results) {
            Claim c = r.claim();
            b.append("| ").append(c.id()).append(" | ").append(c.seed()).append(" | ").append(cell(c.claim())).append(" | `")
                    .append(knobs(c.variant())).append("` vs `").append(knobs(c.baseline())).append("` | ")
                    .append(c.metric()).append(" (").append(c.measure()).append(") | ").append(num(r.baselineMean()))
                    .append(" | ").append(num(r.variantMean())).append(" | ").append(num(r.figure())).append(" | [")
                    .append(num(c.lo())).append(", ").append(num(c.hi())).append("] | **").append(r.verdict())
                    .append("**").append(r.note().isEmpty() ? "" : " " + cell(r.note())).append(" |\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isNaN(v)) {
            o.putNull(key);
        } else {
            o.put(key, round(v));
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    private static String knobs(Map<String, String> k) {
        if (k.isEmpty()) {
            return "scenario as written";
        }
        StringBuilder b = new StringBuilder();
        k.forEach((n, v) -> b.append(b.length() == 0 ? "" : ", ").append(n).append('=').append(v));
        return b.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
