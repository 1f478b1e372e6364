package mmlens.analysis.check;

import java.util.List;

/**
 * How {@link SeriesCheck} runs.
 *
 * @param seeds N: seeds 1..N per scenario and configuration (at least 2)
 * @param suites suite names or scenario files ({@code --suite}); empty: the built-in suites of the
 *            mechanisms the mapping found
 * @param replaceSuites true: only {@code suites}; false: {@code suites} in addition to those of the
 *            mechanisms found
 * @param threads worker threads (at least 1)
 */
public record CheckOptions(int seeds, List<String> suites, boolean replaceSuites, int threads) {
    public CheckOptions {
        suites = List.copyOf(suites);
    }

    /** 5 seeds, the suites of the mechanisms found, one thread per processor. */
    public static CheckOptions defaults() {
        return new CheckOptions(5, List.of(), false, Runtime.getRuntime().availableProcessors());
    }

    public CheckOptions withSeeds(int n) {
        return new CheckOptions(n, suites, replaceSuites, threads);
    }

    public CheckOptions withSuites(List<String> s, boolean replace) {
        return new CheckOptions(seeds, s, replace, threads);
    }

    public CheckOptions withThreads(int n) {
        return new CheckOptions(seeds, suites, replaceSuites, n);
    }
}
