package mmlens.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one fuzz test ({@code mmlens.fuzz.Class#method}) through the JUnit platform without Maven,
 * so {@code releng/fuzz/run} builds once and fuzzes every target from the same classpath. Exit 1
 * when the test failed (Jazzer found a crash), else 0.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        String[] cm = args[0].split("#");
        Class<?> c = Class.forName("mmlens.fuzz." + cm[0]);
        Method m = Arrays.stream(c.getDeclaredMethods()).filter(x -> x.getName().equals(cm[1])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fuzz test " + args[0]));
        LauncherDiscoveryRequest req = LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(c, m)).build();
        Launcher l = LauncherFactory.create();
        SummaryGeneratingListener s = new SummaryGeneratingListener();
        l.execute(req, s);
        TestExecutionSummary sum = s.getSummary();
        sum.printTo(new java.io.PrintWriter(System.out));
        sum.printFailuresTo(new java.io.PrintWriter(System.out), 40);
        System.exit(sum.getTotalFailureCount() > 0 ? 1 : 0);
    }
}
