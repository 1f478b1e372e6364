package mmlens.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shipped claims: every claim file is in the index and parses, its scenario parses, the seed
 * it names exists (when ../shared is beside the checkout), and the engine README's generated table
 * lists every claim.
 */
class ShippedClaimsTest {
    private static final Path DIR = Path.of("src/main/resources/mmlens/analysis/claims");

    @Test
    void indexListsExactlyTheClaimFiles() throws IOException {
        TreeSet<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(DIR)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".claim")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(Claims.index()));
        assertEquals(Claims.index().size(), new TreeSet<>(Claims.index()).size(), "no claim listed twice");
    }

    @Test
    void everyClaimParsesWithItsScenarioAndSeed() {
        Path seeds = sharedSeeds();
        for (Claim c : Claims.builtin()) {
            Claims.scenario(c);
            assertTrue(c.seed().matches("\\d{3}_[0-9a-f]+\\.txt"), c.seed());
            assertTrue(c.id().startsWith(c.seed().substring(0, 3) + "-"), "id starts with the seed number: " + c.id());
            if (seeds != null) {
                assertTrue(Files.isRegularFile(seeds.resolve(c.seed())), "seed " + c.seed() + " of " + c.id());
            }
        }
    }

    @Test
    void engineReadmeTableListsEveryClaim() throws IOException {
        String readme = Files.readString(Path.of("../mmlens.engine/README.md"));
        List<Claim> claims = Claims.builtin();
        for (Claim c : claims) {
            assertTrue(readme.contains("| " + c.id() + " | " + c.seed() + " |"),
                    c.id() + " missing from the engine README's claims table (run releng/claims-table)");
        }
    }

    static Path sharedSeeds() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolveSibling("shared").resolve("seeds");
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        return null;
    }
}
