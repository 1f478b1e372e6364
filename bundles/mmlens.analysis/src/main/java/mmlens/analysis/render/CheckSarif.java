package mmlens.analysis.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mmlens.model.Hunk;
import mmlens.model.ImpactResult;
import mmlens.model.Patch;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;

/**
 * The {@code mmlens check --format sarif} document: one SARIF 2.1.0 log with one run for all series.
 * A result per finding and per significantly worse effect ({@link ReportItems}); its locations are
 * the patch input file at each hunk's {@code @@} line, its related locations the file each hunk
 * changes at its first added new-side line (relative to {@code %SRCROOT%}, the kernel tree). Rules
 * ({@code tool.driver.rules}) are {@code finding/<kind>} and {@code metric/<metric>}, sorted by id.
 * No timestamps or absolute paths are added, so the same input and seeds give the same bytes.
 */
public final class CheckSarif {
    /** The schema URI written as {@code $schema}. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private CheckSarif() {
    }

    public static String render(List<PatchSeries> series) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode log = nf.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "mmlens");
        String engine = null;
        Map<String, ReportItems.Item> rules = new TreeMap<>();
        for (PatchSeries s : series) {
            ImpactResult r = CheckJson.result(s);
            if (r != null && engine == null) {
                engine = r.getEngineVersion();
            }
            for (ReportItems.Item i : ReportItems.of(s)) {
                rules.putIfAbsent(i.ruleId(), i);
            }
        }
        if (engine != null) {
            driver.put("version", engine);
        }
        ArrayNode ruleArray = driver.putArray("rules");
        List<String> ruleIds = List.copyOf(rules.keySet());
        for (ReportItems.Item i : rules.values()) {
            rule(ruleArray.addObject(), i);
        }
        ObjectNode srcroot = run.putObject("originalUriBaseIds").putObject("SRCROOT");
        srcroot.putObject("description").put("text", "The kernel source tree the patches apply to.");
        ArrayNode results = run.putArray("results");
        for (PatchSeries s : series) {
            for (ReportItems.Item i : ReportItems.of(s)) {
                result(results.addObject(), i, ruleIds.indexOf(i.ruleId()));
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        return MappingJson.write(log);
    }

    private static void rule(ObjectNode o, ReportItems.Item i) {
        o.put("id", i.ruleId());
        boolean finding = i.finding() != null;
        String what = finding ? i.finding().getKind() : i.effect().getMetric();
        o.put("name", camel(what));
        o.putObject("shortDescription").put("text", finding
                ? "Simulation finding: " + what
                : "Significantly worse " + what);
        o.putObject("fullDescription").put("text", finding
                ? "The patched engine hit a '" + what + "' finding in a check scenario that the baseline did not."
                : "The metric " + what + " of a check scenario is significantly worse on the patched engine than on "
                        + "the baseline (paired t-test over the seeds, Holm-corrected across the scenario's metrics, at least a 2 % change).");
        o.putObject("defaultConfiguration").put("level", finding ? level(i.severity()) : "warning");
        o.putObject("properties").putArray("tags").add(finding ? "finding" : "metric");
    }

    private static void result(ObjectNode o, ReportItems.Item i, int ruleIndex) {
        o.put("ruleId", i.ruleId());
        o.put("ruleIndex", ruleIndex);
        o.put("level", level(i.severity()));
        o.putObject("message").put("text", i.message());
        ArrayNode locations = o.putArray("locations");
        ArrayNode related = o.putArray("relatedLocations");
        int relatedId = 0;
        for (Hunk h : i.hunks()) {
            Patch p = ReportItems.patchOf(h);
            ObjectNode pl = locations.addObject().putObject("physicalLocation");
            pl.putObject("artifactLocation").put("uri", uri(p == null ? null : p.getSourceFile()));
            pl.putObject("region").put("startLine", Math.max(1, h.getSourceLine()));
            if (ReportItems.targetPath(h) == null) {
                continue; // a quoted fragment naming no file: nothing in the kernel tree to point at
            }
            ObjectNode rl = related.addObject();
            rl.put("id", relatedId++);
            ObjectNode rpl = rl.putObject("physicalLocation");
            ObjectNode art = rpl.putObject("artifactLocation");
            art.put("uri", uri(ReportItems.targetPath(h)));
            art.put("uriBaseId", "SRCROOT");
            rpl.putObject("region").put("startLine", ReportItems.newLine(h));
            rl.putObject("message").put("text", "hunk " + HunkIds.of(h) + " changes this file");
        }
        if (i.hunks().isEmpty()) {
            for (Patch p : i.patches()) {
                ObjectNode pl = locations.addObject().putObject("physicalLocation");
                pl.putObject("artifactLocation").put("uri", uri(p.getSourceFile()));
                pl.putObject("region").put("startLine", Math.max(1, p.getSourceLine()));
            }
        }
        if (related.isEmpty()) {
            o.remove("relatedLocations");
        }
        ObjectNode props = o.putObject("properties");
        props.put("id", i.finding() != null ? i.finding().getId() : i.effect().getId());
        ArrayNode hs = props.putArray("hunks");
        i.hunks().forEach(h -> hs.add(HunkIds.of(h)));
        ArrayNode ps = props.putArray("patches");
        i.patches().forEach(p -> ps.add(p.getIndex()));
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference for a path as given (spaces and the like percent-encoded). */
    static String uri(String path) {
        String p = path == null || path.isEmpty() ? "-" : path.replace('\\', '/');
        try {
            return new URI(null, null, p, null).toASCIIString();
        } catch (URISyntaxException e) {
            return "-";
        }
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
                up = false;
            } else {
                up = true;
            }
        }
        return b.length() == 0 ? "Rule" : b.toString();
    }
}
