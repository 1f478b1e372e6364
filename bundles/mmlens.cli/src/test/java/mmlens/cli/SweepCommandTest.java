package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code mmlens sweep} end to end on the example series, one knob, 2 seeds, the tlb suite only. */
class SweepCommandTest {

    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.run(args);
    }

    private static final String CEILING = "tlb_single_page_flush_ceiling";

    @Test
    void theCeilingIsRunAtTheGivenValuesAndBothEnds() throws Exception {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        assertEquals(0, run("sweep", patch, "--knob", CEILING, "--values", "4,64", "--seeds", "2", "--suite", "tlb",
                "--only-suites", "--quiet", "--format", "json"), cli.err());
        JsonNode sweeps = new ObjectMapper().readTree(cli.out()).get("series").get(0).get("sweeps");
        assertEquals(1, sweeps.size(), cli.out());
        JsonNode w = sweeps.get(0);
        assertEquals(CEILING, w.get("knob").asText());
        assertEquals("[\"4\",\"16\",\"33\",\"64\"]", w.get("values").toString());
        assertEquals("20", w.get("held").get("watermark_scale_factor").asText(), "the series' other knobs are held");
        assertTrue(w.get("rows").size() > 0, w.toString());
        for (JsonNode r : w.get("rows")) {
            assertEquals(4, r.get("means").size(), r.toString());
        }

        assertEquals(0, run("sweep", patch, "--knob", CEILING, "--values", "4,64", "--seeds", "2", "--suite", "tlb",
                "--only-suites", "--quiet"));
        String text = cli.out();
        assertTrue(text.contains("sweep " + CEILING + " (tlb-flush): baseline 33, series 16"), text);
        assertTrue(text.contains("16 (series)") && text.contains("33 (base)"), text);
    }

    @Test
    void aKnobTheSeriesLeavesAloneIsAnError() {
        String patch = ShowCommandTest.example("fallback-tuning-v2.mbox").toString();
        assertEquals(Mmlens.EXIT_UNUSABLE, run("sweep", patch, "--knob", "pcp_decay_shift", "--quiet"));
        assertTrue(cli.err().contains("does not change it"), cli.err());
        assertEquals("", cli.out());
    }
}
