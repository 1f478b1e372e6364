package mmlens.engine.asi;

/** Scenario texts shared by the ASI tests. */
final class AsiScenarios {
    private AsiScenarios() {
    }

    /**
     * Every kind of request the ASI split distinguishes, with high orders so compaction, pageblock
     * claims, highatomic reserves and __rmqueue_asi_unmap() all happen: nonsensitive GFP_KERNEL
     * and GFP_ATOMIC, sensitive GFP_USER and GFP_KERNEL|__GFP_SENSITIVE, movable, reclaimable,
     * page cache.
     */
    static String mixed(long ops, String asi) {
        return "[machine]\nmemory = 128MiB\ncpus = 4\n\n[knobs]\nasi = " + asi + "\n\n[workload]\nops = " + ops
                + "\nkswapd_every = 500\nvmstat_every = 1000\ncheck_every = " + Math.max(1, ops / 4) + "\n\n"
                + "[stream kernel]\ngfp = GFP_KERNEL\norders = 0:80 1:10 3:5 9:1\nweight = 20\nlifetime = exp 3000\n\n"
                + "[stream atomic]\ngfp = GFP_ATOMIC\norders = 0:60 2:30 3:10\nweight = 4\nlifetime = exp 500\n\n"
                + "[stream secret]\ngfp = GFP_KERNEL|__GFP_SENSITIVE\norders = 0:85 2:10 4:5\nweight = 10\n"
                + "lifetime = exp 2500\n\n"
                + "[stream user]\ngfp = GFP_USER\norders = 0:90 1:10\nweight = 10\nlifetime = exp 2000\n\n"
                + "[stream anon]\ngfp = GFP_HIGHUSER_MOVABLE\norders = 0:90 9:2\nweight = 30\nlifetime = exp 4000\n\n"
                + "[stream slab]\ngfp = GFP_KERNEL|__GFP_RECLAIMABLE\norders = 0:90 1:10\nweight = 10\n"
                + "lifetime = exp 6000\n\n"
                + "[stream files]\nkind = pagecache\ngfp = GFP_HIGHUSER_MOVABLE\norders = 0:1\nweight = 16\n"
                + "lifetime = forever\n";
    }
}
