package mmlens.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mmlens.analysis.parse.ParseResult;

/** {@link CheckPatchwork}: one patchwork checks API body per patch, as JSON lines. */
class CheckPatchworkTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void onePatchworkCheckBodyPerPatch() throws IOException {
        ParseResult r = ReportFixture.checked();
        String text = CheckPatchwork.render(r.series(), "https://ci.example.org/run/1");
        String[] lines = text.split("\n");
        int patches = r.series().get(0).getPatches().size();
        assertEquals(patches, lines.length, text);
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = MAPPER.readTree(lines[i]);
            assertEquals(r.series().get(0).getPatches().get(i).getIndex(), line.get("patch").asInt());
            JsonNode body = line.get("check");
            assertEquals(Set.of("state", "context", "description", "target_url"), fields(body));
            assertEquals("mmlens-check", body.get("context").asText());
            assertTrue(body.get("context").asText().matches("[-a-zA-Z0-9_]+"), "a patchwork slug");
            assertEquals("https://ci.example.org/run/1", body.get("target_url").asText());
            assertTrue(!body.get("description").asText().contains("\n"));
        }
        JsonNode first = MAPPER.readTree(lines[0]).get("check");
        assertEquals("fail", first.get("state").asText(), "the error finding is on patch 1");
        assertTrue(first.get("description").asText().contains("1 finding, no worse effects"), first.toString());
        assertEquals("warning", MAPPER.readTree(lines[lines.length - 1]).get("check").get("state").asText(),
                "the worse effect is on the last patch");
        assertEquals(text, CheckPatchwork.render(ReportFixture.checked().series(), "https://ci.example.org/run/1"));
    }

    @Test
    void anUncheckedSeriesIsSuccessWithNullUrl() throws IOException {
        for (String l : CheckPatchwork.render(ReportFixture.parsed().series(), null).split("\n")) {
            JsonNode body = MAPPER.readTree(l).get("check");
            assertEquals("success", body.get("state").asText());
            assertTrue(body.get("target_url").isNull());
            assertEquals("mmlens check: not checked", body.get("description").asText());
        }
    }

    private static Set<String> fields(JsonNode n) {
        List<String> names = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return Set.copyOf(names);
    }
}
