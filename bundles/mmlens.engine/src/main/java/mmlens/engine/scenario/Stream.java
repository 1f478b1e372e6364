package mmlens.engine.scenario;

/**
 * One allocation stream of a workload: requests with a GFP mask and an order distribution, a relative
 * rate, a lifetime distribution and an active window of operation indices {@code [from, until)}.
 * A burst is a stream with {@code at} set: {@code count} requests issued at operation {@code at}.
 *
 * @param orders orders with weights: orders[i][0] = order, orders[i][1] = weight
 * @param cpus allowed cpus, empty = all
 */
public record Stream(String name, boolean pageCache, int gfp, int[][] orders, int weight, Lifetime lifetime,
        long from, long until, long at, int count, int[] cpus) {

    public boolean isBurst() {
        return at >= 0;
    }

    public boolean activeAt(long op) {
        return !isBurst() && op >= from && op < until;
    }
}
