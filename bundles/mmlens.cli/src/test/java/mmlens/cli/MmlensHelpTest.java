package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class MmlensHelpTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void helpListsUsageAndExitsZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: mmlens"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageErrorOnStderr() {
        assertEquals(Mmlens.EXIT_UNUSABLE, run("--no-such-option"));
        assertTrue(err.toString().contains("no-such-option"), err.toString());
        assertEquals("", out.toString());
    }
}
