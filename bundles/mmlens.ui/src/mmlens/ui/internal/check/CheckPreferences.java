package mmlens.ui.internal.check;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The impact check's settings (Preferences > mmlens): seeds per scenario and side, suites
 * (comma-separated; empty = all), worker threads, and the fail threshold (relative change in
 * percent: a worse effect whose change reaches it is an error in the review editor's annotations,
 * the Problems view and the outline, a smaller one a warning).
 */
public final class CheckPreferences {

    public static final String SEEDS = "check.seeds";
    public static final String SUITES = "check.suites";
    public static final String THREADS = "check.threads";
    public static final String FAIL_THRESHOLD = "check.failThresholdPct";

    private static IPreferenceStore store;

    private CheckPreferences() {
    }

    /** The plugin's instance-scope store with the defaults set. */
    public static synchronized IPreferenceStore store() {
        if (store == null) {
            store = new ScopedPreferenceStore(InstanceScope.INSTANCE, SeriesJob.PLUGIN);
            store.setDefault(SEEDS, 5);
            store.setDefault(SUITES, "");
            store.setDefault(THREADS, Math.max(1, Runtime.getRuntime().availableProcessors()));
            store.setDefault(FAIL_THRESHOLD, 5);
        }
        return store;
    }

    /** The fail threshold in percent (0: every worse effect fails). */
    public static double failThreshold() {
        return Math.max(0, store().getInt(FAIL_THRESHOLD));
    }

    /** The check options the preferences describe. */
    public static ImpactService.Options options() {
        IPreferenceStore s = store();
        List<String> suites = Arrays.stream(s.getString(SUITES).split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        return new ImpactService.Options(Math.max(1, s.getInt(SEEDS)), suites, Math.max(1, s.getInt(THREADS)));
    }
}
