package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import mmlens.analysis.parse.ParseResult;

/**
 * {@link CheckSarif} output is valid against the SARIF 2.1.0 JSON schema and locates results on the
 * patch file's {@code @@} lines. The schema (test resource {@code sarif-schema-2.1.0.json}) is the
 * SARIF 2.1.0 (rtm.5) schema as shipped in the MIT-licensed npm package {@code @microsoft/jest-sarif}
 * 1.0.0-beta.0 ({@code lib/schemas/sarif-2.1.0-rtm.5.json}), kept unchanged.
 */
class CheckSarifTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Set<ValidationMessage> validate(JsonNode doc) throws IOException {
        try (InputStream in = CheckSarifTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            return schema.validate(doc);
        }
    }

    @Test
    void findingsAndWorseEffectsAreValidSarifOnThePatchLines() throws IOException {
        ParseResult r = ReportFixture.checked();
        String text = CheckSarif.render(r.series());
        JsonNode doc = MAPPER.readTree(text);
        assertEquals(Set.of(), validate(doc), text);
        JsonNode run = doc.get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(2, results.size(), "the finding and the worse effect, not the better or neutral ones");
        JsonNode finding = results.get(0);
        assertEquals("finding/oom", finding.get("ruleId").asText());
        assertEquals("error", finding.get("level").asText());
        assertFalse(finding.get("message").get("text").asText().contains("\n"));
        var h1 = r.series().get(0).getPatches().get(0).getFiles().get(0).getHunks().get(0);
        JsonNode loc = finding.get("locations").get(0).get("physicalLocation");
        assertEquals("series-v2.mbox", loc.get("artifactLocation").get("uri").asText());
        assertEquals(h1.getSourceLine(), loc.get("region").get("startLine").asInt());
        JsonNode rel = finding.get("relatedLocations").get(0).get("physicalLocation");
        assertEquals(ReportItems.targetPath(h1), rel.get("artifactLocation").get("uri").asText());
        assertEquals(ReportItems.newLine(h1), rel.get("region").get("startLine").asInt());
        JsonNode effect = results.get(1);
        assertEquals("metric/pageblock_claims", effect.get("ruleId").asText());
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals("finding/oom", rules.get(0).get("id").asText());
        assertEquals("metric/pageblock_claims", rules.get(1).get("id").asText());
        assertEquals(1, effect.get("ruleIndex").asInt());
        assertEquals(text, CheckSarif.render(ReportFixture.checked().series()), "deterministic");
    }

    @Test
    void anUncheckedSeriesIsAValidLogWithoutResults() throws IOException {
        JsonNode doc = MAPPER.readTree(CheckSarif.render(ReportFixture.parsed().series()));
        assertEquals(Set.of(), validate(doc));
        assertEquals(0, doc.get("runs").get(0).get("results").size());
        assertEquals(0, doc.get("runs").get(0).get("tool").get("driver").get("rules").size());
    }

    @Test
    void theSchemaCatchesABrokenLog() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(CheckSarif.render(ReportFixture.checked().series()));
        doc.put("version", "2.0.0");
        ((ObjectNode) doc.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertTrue(validate(doc).size() >= 2, "the validator rejects a wrong version and level");
    }
}
