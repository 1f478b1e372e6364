package mmlens.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mmlens} command: a picocli command tree that runs the same on the plain JVM
 * (tests, {@link #main}) and inside the OSGi CLI product ({@code mmlens.cli.app}).
 *
 * <p>Exit codes: 0 success (warnings allowed), 1 failed run or findings that fail the check,
 * 2 unusable input or usage error.
 */
@Command(name = "mmlens", mixinStandardHelpOptions = true, versionProvider = Mmlens.Version.class,
        description = "Review Linux kernel memory-management patches against a simulated allocator/MMU.",
        subcommands = {ShowCommand.class, MapCommand.class, CheckCommand.class, SweepCommand.class, ClaimsCommand.class, CompareCommand.class, MachineCommand.class, SimulateCommand.class, ReplayCommand.class,
                OracleCommand.class, CommandLine.HelpCommand.class})
public final class Mmlens {

    /** Exit code for input that could not be used at all (nothing parsed, bad usage). */
    public static final int EXIT_UNUSABLE = 2;

    private Mmlens() {
    }

    /**
     * Runs one command line.
     *
     * @param out  where results go (stdout)
     * @param err  where diagnostics and usage errors go (stderr)
     * @param args the arguments after {@code mmlens}
     * @return the process exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Mmlens());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> EXIT_UNUSABLE);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return EXIT_UNUSABLE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Plain-JVM entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(out, err, args));
    }

    /** Reports the bundle version stamped at build time, or "dev" outside a built jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Mmlens.class.getPackage().getImplementationVersion();
            return new String[] {"mmlens " + (v == null ? "dev" : v)};
        }
    }
}
