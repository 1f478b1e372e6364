package mmlens.cli.internal;

import java.io.PrintWriter;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import mmlens.cli.Mmlens;

/**
 * Equinox application {@code mmlens.cli.app}: the CLI product's entry point. It hands the
 * application arguments to {@link Mmlens#run} and returns its exit code to the launcher.
 */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = Mmlens.run(out, err, args == null ? new String[0] : args);
        return code == 0 ? IApplication.EXIT_OK : Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // Commands run to completion on the calling thread; nothing to interrupt.
    }
}
