package mmlens.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.code_intelligence.jazzer.junit.FuzzTest;

import mmlens.engine.scenario.Scenario;
import mmlens.engine.trace.TraceReader;

/**
 * Fuzz targets for the engine's text readers: the scenario reader (bad input must be refused with
 * an {@link IllegalArgumentException} naming file, line and key; any other exception is a crash)
 * and the ftrace trace reader (never throws for malformed lines: they become diagnostics).
 */
class EngineReadersFuzzTest {

    @FuzzTest(maxDuration = "1m")
    void scenario(String text) {
        if (text == null) {
            return; // Jazzer's String mutator also produces null; a scenario is never null text
        }
        try {
            Scenario.parse("fuzz.scenario", text, null);
        } catch (IllegalArgumentException expected) {
            // refused with a message: the documented outcome for bad scenario text
        }
    }

    @FuzzTest(maxDuration = "1m")
    void trace(byte[] data) throws IOException {
        try (TraceReader r = TraceReader.of(new ByteArrayInputStream(data))) {
            int n = 0;
            while (r.hasNext() && n++ < 100_000) {
                r.next();
            }
            r.diagnostics();
        }
    }
}
