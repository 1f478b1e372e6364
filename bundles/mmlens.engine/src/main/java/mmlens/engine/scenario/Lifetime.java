package mmlens.engine.scenario;

import java.util.SplittableRandom;

/**
 * How many workload operations an allocation lives before the workload frees it.
 * Syntax: {@code forever} | {@code fixed N} | {@code uniform A B} | {@code exp MEAN}.
 */
public record Lifetime(Kind kind, long a, long b) {
    /** Distribution families. */
    public enum Kind { FOREVER, FIXED, UNIFORM, EXP }

    public static final Lifetime FOREVER = new Lifetime(Kind.FOREVER, 0, 0);

    public static Lifetime parse(String s) {
        String[] t = s.trim().split("\\s+");
        switch (t[0]) {
            case "forever": return FOREVER;
            case "fixed": return new Lifetime(Kind.FIXED, Long.parseLong(t[1]), 0);
            case "uniform": return new Lifetime(Kind.UNIFORM, Long.parseLong(t[1]), Long.parseLong(t[2]));
            case "exp": return new Lifetime(Kind.EXP, Long.parseLong(t[1]), 0);
            default: throw new IllegalArgumentException("bad lifetime '" + s + "'");
        }
    }

    /** Operations until free, or -1 for forever. */
    public long sample(SplittableRandom rnd) {
        switch (kind) {
            case FIXED: return a;
            case UNIFORM: return a + (b > a ? rnd.nextLong(b - a + 1) : 0);
            case EXP: return 1 + (long) (-a * StrictMath.log(1.0 - rnd.nextDouble())); // StrictMath: same bits on every JVM
            default: return -1;
        }
    }

    @Override
    public String toString() {
        switch (kind) {
            case FIXED: return "fixed " + a;
            case UNIFORM: return "uniform " + a + " " + b;
            case EXP: return "exp " + a;
            default: return "forever";
        }
    }
}
