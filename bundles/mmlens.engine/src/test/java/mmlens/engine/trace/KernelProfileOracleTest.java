package mmlens.engine.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import mmlens.engine.Knobs;

/**
 * The kept oracle runs under their own kernel's profile (6.12.117): the replays take the profile,
 * and on these runs it moves no figure (none exercises a 6.12/6.18 difference the engine models;
 * the README's Fidelity section says why, per switch).
 */
class KernelProfileOracleTest {

    private static String withoutKnobNote(String text) {
        return text.replaceAll("(?m)^  engine knobs: .*\\n", "");
    }

    @Test
    void keptRunsGiveTheSameFiguresUnderTheirOwnProfile() throws IOException {
        for (RecordedRun run : new RecordedRun[] {OracleRuns.load("anon"), OracleRuns.loadMmu("munmap-storm")}) {
            assertEquals("6.12.117-1~deb12u1", run.kernelVersion());
            Knobs profile = Knobs.profile(run.kernelVersion());
            String asRecorded = OracleReplay.run(run, OracleReplay.Mode.FREE, profile).toText();
            assertTrue(asRecorded.contains("  engine knobs: " + profile + "\n"), asRecorded);
            assertEquals(OracleReplay.run(run, OracleReplay.Mode.FREE).toText(), withoutKnobNote(asRecorded),
                    run.workload());
        }
    }

    /** An imported machine takes the behaviour switches only; boot-time knobs are refused with the reason. */
    @Test
    void replayRefusesBootTimeKnobs() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OracleReplay
                .run(OracleRuns.load("thp"), OracleReplay.Mode.FREE, Knobs.mainline().with("pcp_batch_shift", "9")));
        assertTrue(e.getMessage().startsWith("knob pcp_batch_shift=9: not modelled by the engine: "), e.getMessage());
    }
}
