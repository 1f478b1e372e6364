package mmlens.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import mmlens.analysis.claims.Claim;
import mmlens.analysis.claims.ClaimResult;
import mmlens.analysis.claims.Claims;
import mmlens.analysis.render.ClaimsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mmlens claims [--format text|json|markdown] [--only TEXT]... [--list]}: runs the claims of
 * the seed discussions on the engine and prints each with its figure, its band and the verdict.
 * Exit 0 when the claims ran (whatever their verdicts), 2 when {@code --only} selects none.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Reproduce the seed discussions' claims on the engine: figure, band fixed beforehand, verdict.")
final class ClaimsCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--only", paramLabel = "TEXT", description = "Run only claims whose id or seed contains TEXT (repeatable).")
    private List<String> only = new ArrayList<>();

    @Option(names = "--list", description = "List the claims without running them.")
    private boolean list;

    @Option(names = "--threads", description = "Worker threads (default: the processors).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Claim> claims = new ArrayList<>();
        for (Claim c : Claims.builtin()) {
            if (only.isEmpty() || only.stream().anyMatch(o -> c.id().contains(o) || c.seed().contains(o))) {
                claims.add(c);
            }
        }
        if (claims.isEmpty()) {
            err.println("mmlens: no claim matches " + only + "; known: "
                    + Claims.builtin().stream().map(Claim::id).toList());
            return Mmlens.EXIT_UNUSABLE;
        }
        if (list) {
            for (Claim c : claims) {
                out.println(c.id() + "  " + c.seed() + "  " + c.claim());
            }
            out.flush();
            return 0;
        }
        List<ClaimResult> results = Claims.run(claims, threads);
        switch (format) {
            case text -> out.print(ClaimsReport.text(results));
            case json -> out.print(ClaimsReport.json(results));
            case markdown -> out.print(ClaimsReport.markdown(results));
        }
        out.flush();
        return 0;
    }
}
