package mmlens.engine.trace;

import mmlens.engine.internal.Engine;
import mmlens.engine.internal.Node;

/**
 * Whether the kernel's balance_pgdat() run ends where a kswapd stretch of the trace ends
 * ({@link ReplayInference#KSWAPD_RUNS_SPAN_STRETCHES}). A stretch ends when another task runs on
 * kswapd's cpu: either the run returned and kswapd naps (kswapd_try_to_sleep()), or kswapd was
 * preempted (or blocked) in the middle of its run, which goes on at its next stretch.
 *
 * <p>The run goes on when the stretch's last kswapd event shows need-resched set (the second
 * character of the irq-info column: the scheduler was about to switch kswapd out, a preemption,
 * not a return from balance_pgdat()), or when balance_pgdat() could not have returned there: the
 * node not balanced for the run's order and zone (pgdat_balanced(), boosted high watermarks), or
 * the boost reclaim not done (nr_boost_reclaim: the boosts noted when the run began less the
 * pages reclaimed since, dropped to 0 once the run finds the node unbalanced, as balance_pgdat()
 * restarts without boosting).
 */
final class KswapdRunSpan {
    private final Engine e;
    /** nr_boost_reclaim of the open run, in pages. */
    private long boostReclaim;

    KswapdRunSpan(Engine e) {
        this.e = e;
    }

    /** The run has just begun on node {@code n} (its boosts noted in {@link Node#kswapdRunBoosts}). */
    void begin(Node n) {
        boostReclaim = n.kswapdRunBoostTotal();
        if (!balanced(n)) {
            boostReclaim = 0;
        }
    }

    /** The run reclaimed {@code pages} more. */
    void reclaimed(long pages) {
        boostReclaim -= Math.min(boostReclaim, pages);
    }

    /**
     * At the end of a kswapd stretch of the run on node {@code n}, whose last kswapd event (of any
     * kind) showed need-resched when {@code resched}: true when the run goes on past it.
     */
    boolean goesOn(Node n, boolean resched) {
        if (!balanced(n)) {
            boostReclaim = 0;
            return true;
        }
        return resched || boostReclaim > 0;
    }

    /** The need-resched character of an irq-info column ("dN.2."): anything but '.'. */
    static boolean needResched(String flags) {
        return flags.length() >= 2 && flags.charAt(1) != '.';
    }

    private boolean balanced(Node n) {
        return e.reclaim.pgdatBalanced(n, n.kswapdRunOrder, n.kswapdRunZoneidx);
    }
}
