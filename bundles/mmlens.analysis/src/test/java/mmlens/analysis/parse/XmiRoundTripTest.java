package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mmlens.model.PatchSeries;

/** XMI save/load outside OSGi: equal after a round trip, and external entities are never resolved. */
class XmiRoundTripTest {

    @TempDir
    Path work;

    private static byte[] save(PatchSeries s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatchSeriesXmi.save(s, out);
        return out.toByteArray();
    }

    @Test
    void parsedSeriesSurvivesSaveAndLoad() throws IOException {
        for (String name : new String[] {"series-v2.mbox", "review-page.txt"}) {
            PatchSeries original = Inputs.parse(name, Inputs.resource(name)).series().get(0);
            PatchSeries copy = EcoreUtil.copy(original);
            PatchSeries loaded = PatchSeriesXmi.load(new ByteArrayInputStream(save(original)));
            assertNotSame(original, loaded);
            assertTrue(EcoreUtil.equals(copy, loaded), name + " differs after the round trip");
            assertEquals(loaded.getPatches().get(loaded.getPatches().size() - 1).getFiles().get(0).getHunks().get(0),
                    loaded.getReviewComments().get(0).getHunk(), "comment anchors stay references into the patch");
        }
    }

    @Test
    void externalEntitiesAreNotResolved() throws IOException {
        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET-42");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE x [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<mmlens:PatchSeries xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:mmlens=\"http://mmlens/model/1.0\" title=\"&xxe;\"/>\n";
        IOException e = assertThrows(IOException.class,
                () -> PatchSeriesXmi.load(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))));
        assertFalse(String.valueOf(e.getMessage()).contains("TOP-SECRET-42"));
        String plain = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mmlens:PatchSeries xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:mmlens=\"http://mmlens/model/1.0\" title=\"ok\" version=\"3\"/>\n";
        PatchSeries s = PatchSeriesXmi.load(new ByteArrayInputStream(plain.getBytes(StandardCharsets.UTF_8)));
        assertEquals("ok", s.getTitle());
        assertEquals(3, s.getVersion());
    }
}
