package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mmlens.analysis.claims.Claim;
import mmlens.analysis.claims.Claims;

class ClaimsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void unknownSelectionExitsTwoNamingTheClaims() {
        assertEquals(2, run("claims", "--only", "no-such-claim"));
        assertTrue(err.toString().contains("no claim matches [no-such-claim]"), err.toString());
    }

    @Test
    void listNamesEveryShippedClaim() {
        List<Claim> all = Claims.builtin();
        assertEquals(all.isEmpty() ? 2 : 0, run("claims", "--list"));
        for (Claim c : all) {
            assertTrue(out.toString().contains(c.id() + "  " + c.seed()), out.toString());
        }
    }

    /** One claim run through the command: the JSON entry carries the claim's own file values. */
    @Test
    void runsOneClaimAsJson() throws Exception {
        List<Claim> all = Claims.builtin();
        if (all.isEmpty()) {
            return;
        }
        Claim c = all.get(0);
        assertEquals(0, run("claims", "--only", c.id(), "--format", "json", "--threads", "2"));
        JsonNode a = new ObjectMapper().readTree(out.toString());
        assertTrue(a.size() >= 1);
        JsonNode o = a.get(0);
        assertEquals(c.seed(), o.get("seed").asText());
        assertEquals(c.metric(), o.get("metric").asText());
        assertEquals(c.lo(), o.get("band").get(0).asDouble());
        assertTrue(List.of("holds", "fails", "unmodelled").contains(o.get("verdict").asText()));
    }
}
