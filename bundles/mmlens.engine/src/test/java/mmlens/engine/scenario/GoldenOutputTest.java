package mmlens.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Built-in scenarios at seed 1 against checked-in expected output (summary, buddyinfo, pagetypeinfo,
 * extfrag and unusable index). A behaviour change of the engine shows up here as a diff. To accept a
 * change, run with {@code -Dmmlens.golden.update=DIR} and copy the written files into
 * src/test/resources/mmlens/engine/golden/.
 */
class GoldenOutputTest {
    static String render(String name) {
        ScenarioResult r = ScenarioRunner.run(Scenario.builtin(name), 1);
        StringBuilder sb = new StringBuilder(r.summary());
        for (String f : List.of("buddyinfo", "pagetypeinfo", "extfrag", "unusable")) {
            sb.append("==> ").append(f).append(" <==\n").append(r.render(f));
        }
        return sb.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"boot", "slab-churn"})
    void builtinScenarioMatchesGoldenOutput(String name) throws IOException {
        String actual = render(name);
        String update = System.getProperty("mmlens.golden.update");
        if (update != null) {
            Files.writeString(Path.of(update, name + "-seed1.txt"), actual);
        }
        try (InputStream in = getClass().getResourceAsStream("/mmlens/engine/golden/" + name + "-seed1.txt")) {
            assertNotNull(in, "golden file for " + name);
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual);
        }
    }
}
