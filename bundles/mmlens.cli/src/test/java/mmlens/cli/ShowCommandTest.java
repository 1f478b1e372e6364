package mmlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Mmlens.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    /** The example series shipped with mmlens (releng/examples), found from the bundle directory. */
    static Path example(String name) {
        Path p = Path.of("../../releng/examples", name);
        assertTrue(Files.isRegularFile(p), "missing example " + p.toAbsolutePath());
        return p;
    }

    @Test
    void showsTheExampleSeriesWithItsThreePatches() {
        assertEquals(0, run("show", example("fallback-tuning-v2.mbox").toString()));
        String text = out.toString();
        assertTrue(text.contains("tune fallback claiming and flush batching"), text);
        assertTrue(text.contains("arch/x86/mm/tlb.c"), text);
        assertTrue(text.contains("3/3"), text);
    }

    @Test
    void jsonHasSeriesAndPatchesWithTrailers() throws Exception {
        assertEquals(0, run("show", "--format", "json", example("fallback-tuning-v2.mbox").toString()));
        String json = out.toString();
        assertTrue(java.util.regex.Pattern.compile("\"version\"\\s*:\\s*2\\b").matcher(json).find(), json);
        assertTrue(java.util.regex.Pattern.compile("\"total\"\\s*:\\s*3\\b").matcher(json).find(), json);
        assertTrue(json.contains("\"Reviewed-by\""), json);
    }

    /** show and map read one input from stdin when the only FILE is "-", as check does. */
    @Test
    void showAndMapReadStdinForDash() throws Exception {
        byte[] mbox = Files.readAllBytes(example("fallback-tuning-v2.mbox"));
        java.io.InputStream saved = System.in;
        try {
            for (String cmd : new String[] {"show", "map"}) {
                System.setIn(new java.io.ByteArrayInputStream(mbox));
                out.getBuffer().setLength(0);
                assertEquals(0, run(cmd, "-"), cmd + ": " + err);
                assertTrue(out.toString().contains("tune fallback claiming and flush batching"), cmd + ": " + out);
            }
        } finally {
            System.setIn(saved);
        }
        assertTrue(out.toString().contains("mm/page_alloc.c"), out.toString());
    }

    @Test
    void binaryGarbageExitsTwoWithReasonOnStderr(@TempDir Path dir) throws Exception {
        Path junk = dir.resolve("junk.bin");
        Files.write(junk, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x7f});
        assertEquals(2, run("show", junk.toString()));
        assertTrue(err.toString().contains("nothing could be parsed"), err.toString());
    }

    @Test
    void randomBytesAreCalledBinaryWithNoControlBytesPrinted(@TempDir Path dir) throws Exception {
        byte[] junk = new byte[200_000];
        new java.util.Random(3).nextBytes(junk);
        Path bin = dir.resolve("random.bin");
        Files.write(bin, junk);
        assertEquals(2, run("show", bin.toString()));
        String all = out.toString() + err.toString();
        assertTrue(all.contains("binary data, not a patch"), all);
        assertTrue(!all.contains("review comments"), all);
        assertTrue(all.chars().allMatch(c -> c == '\n' || c >= 0x20 && c != 0x7f && c != 0xFFFD), all);
    }

    /** Counts non-overlapping occurrences of {@code what} in {@code text}. */
    static int count(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    @Test
    void anUnreadableInputIsReportedOnce(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("missing.mbox");
        assertEquals(2, run("show", missing.toString()));
        String all = out.toString() + err.toString();
        assertEquals(1, count(all, "cannot read"), all);
        assertTrue(all.contains("cannot read " + missing + ": no such file"), all);
        assertTrue(err.toString().contains("nothing could be parsed"), all);
        // beside a readable input: once, with the series
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(0, run("show", example("claim-threshold.patch").toString(), missing.toString()));
        all = out.toString() + err.toString();
        assertEquals(1, count(all, "cannot read"), all);
        // json: the reason is in the JSON only
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(2, run("show", "--format", "json", missing.toString()));
        all = out.toString() + err.toString();
        assertEquals(1, count(all, "cannot read"), all);
    }

    @Test
    void inputFileIsNotModified() throws Exception {
        Path ex = example("claim-threshold.patch");
        byte[] before = Files.readAllBytes(ex);
        long modified = Files.getLastModifiedTime(ex).toMillis();
        run("show", ex.toString());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(ex)));
        assertEquals(modified, Files.getLastModifiedTime(ex).toMillis());
    }
}
