package mmlens.analysis.render;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.model.ImpactResult;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;

/**
 * The {@code mmlens check --format patchwork} output: JSON lines, one per patch in series order,
 * {@code {"patch": N, "messageId": "<...>", "check": BODY}} where BODY is the body of a patchwork
 * checks API request ({@code POST /api/patches/<id>/checks/}): {@code state} ({@code fail} when an
 * error finding concerns the patch, {@code warning} when another finding or a worse effect does,
 * else {@code success}), {@code context} ({@value #CONTEXT}), {@code description} (one line) and
 * {@code target_url} (the caller's, or null). Deterministic for the same input and seeds.
 */
public final class CheckPatchwork {
    /** The patchwork check context (a slug). */
    public static final String CONTEXT = "mmlens-check";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CheckPatchwork() {
    }

    /** @param targetUrl where the full report is, or null */
    public static String render(List<PatchSeries> series, String targetUrl) {
        StringBuilder b = new StringBuilder();
        for (PatchSeries s : series) {
            List<ReportItems.Item> items = ReportItems.of(s);
            for (Patch p : s.getPatches()) {
                ObjectNode line = JsonNodeFactory.instance.objectNode();
                line.put("patch", p.getIndex());
                line.put("messageId", p.getMessageId());
                ObjectNode check = line.putObject("check");
                List<ReportItems.Item> mine = new ArrayList<>();
                items.stream().filter(i -> i.concerns(p)).forEach(mine::add);
                check.put("state", state(mine));
                check.put("context", CONTEXT);
                check.put("description", description(CheckJson.result(s), mine));
                check.put("target_url", targetUrl);
                try {
                    b.append(MAPPER.writeValueAsString(line)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("JSON of a tree cannot fail", e);
                }
            }
        }
        return b.toString();
    }

    static String state(List<ReportItems.Item> items) {
        if (items.stream().anyMatch(i -> i.finding() != null && i.severity() == Severity.ERROR)) {
            return "fail";
        }
        return items.isEmpty() ? "success" : "warning";
    }

    private static String description(ImpactResult r, List<ReportItems.Item> items) {
        if (r == null) {
            return "mmlens check: not checked";
        }
        long findings = items.stream().filter(i -> i.finding() != null).count();
        long worse = items.size() - findings;
        StringBuilder b = new StringBuilder("mmlens check (").append(r.getSeeds()).append(" seeds, suites ")
                .append(r.getSuites().isEmpty() ? "none" : String.join(",", r.getSuites())).append("): ")
                .append(count(findings, "finding", "findings")).append(", ")
                .append(count(worse, "worse effect", "worse effects"));
        if (!items.isEmpty()) {
            b.append("; first: ").append(items.get(0).message());
        } else if (!r.getNotes().isEmpty()) {
            b.append("; ").append(ReportItems.oneLine(r.getNotes().get(0)));
        }
        return b.toString();
    }

    private static String count(long n, String one, String many) {
        return n == 0 ? "no " + many : n + " " + (n == 1 ? one : many);
    }
}
