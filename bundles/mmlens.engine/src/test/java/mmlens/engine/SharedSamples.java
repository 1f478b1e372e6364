package mmlens.engine;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates ../shared/proc-samples by walking up from the working directory; tests skip if absent. */
public final class SharedSamples {
    private SharedSamples() {
    }

    public static Path sampleDir(String name) {
        Path p = Paths.get("").toAbsolutePath();
        while (p != null) {
            Path candidate = p.resolve("shared").resolve("proc-samples").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            p = p.getParent();
        }
        assumeTrue(false, "shared/proc-samples/" + name + " not found above the working directory");
        return null;
    }

    public static String read(Path dir, String file) {
        try {
            return Files.readString(dir.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
