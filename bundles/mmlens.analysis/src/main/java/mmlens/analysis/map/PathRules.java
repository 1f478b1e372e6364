package mmlens.analysis.map;

import java.util.Locale;

/**
 * What a file path alone says about a hunk: either a reason why nothing in it can be modelled
 * (documentation, another architecture, a build file...) or null when its code must be read.
 * The engine models x86-64 memory management: mm/, arch/x86 and the mm headers.
 */
final class PathRules {
    private PathRules() {
    }

    /** Either reason, the hard one first. */
    static String unmodelledReason(String path) {
        String h = hardReason(path);
        return h != null ? h : areaReason(path);
    }

    /**
     * The reason for kernel C code in an area the engine does not model (drivers, slab, memcg...),
     * or null. Code there may still call into a modelled mechanism the 6.18 catalog cannot name
     * ({@link ProposedNames}).
     */
    static String areaReason(String path) {
        if (path == null || path.isBlank() || hardReason(path) != null) {
            return null;
        }
        String low = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        for (String[] d : UNMODELLED_DIRS) {
            if (low.startsWith(d[0])) {
                return d[1];
            }
        }
        for (String[] f : UNMODELLED_MM_FILES) {
            if (low.equals(f[0]) || low.startsWith(f[0])) {
                return f[1];
            }
        }
        return null;
    }

    /**
     * The reason a path is not kernel C code the engine could model at all (documentation,
     * selftests, another architecture, a build file...), or null.
     */
    static String hardReason(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.replace('\\', '/');
        String low = p.toLowerCase(Locale.ROOT);
        String name = low.substring(low.lastIndexOf('/') + 1);
        if (low.startsWith("documentation/")) {
            return "documentation";
        }
        if (low.startsWith("tools/testing/") || low.contains("/selftests/")) {
            return "selftests are not kernel code";
        }
        if (low.startsWith("tools/")) {
            return "user-space tools (" + firstDirs(p, 2) + ") are not kernel code";
        }
        if (low.startsWith("samples/") || low.startsWith("scripts/")) {
            return firstDirs(p, 1) + " is not kernel code the engine runs";
        }
        if (low.startsWith("arch/") && !low.startsWith("arch/x86/")) {
            return firstDirs(p, 2).substring("arch/".length()) + " code: the engine models x86-64";
        }
        if (name.equals("makefile") || name.equals("kbuild") || name.endsWith(".mk")) {
            return "build file";
        }
        if (name.equals("maintainers") || name.endsWith(".rst") || name.endsWith(".txt") || name.endsWith(".md")
                || name.equals("credits")) {
            return "documentation";
        }
        if (low.startsWith("include/trace/")) {
            return "tracepoint definitions: instrumentation only";
        }
        if (low.startsWith("include/uapi/") && !low.contains("mman")) {
            return "user-space API header";
        }
        boolean kconfig = name.startsWith("kconfig");
        if (!kconfig && !name.endsWith(".c") && !name.endsWith(".h") && !name.endsWith(".s")
                && !name.endsWith(".lds.s")) {
            int dot = name.lastIndexOf('.');
            return "not C code (" + (dot < 0 ? name : name.substring(dot)) + ")";
        }
        return null;
    }

    private static final String[][] UNMODELLED_DIRS = {
        {"drivers/", "driver code is not modelled"},
        {"fs/", "file-system code is not modelled"},
        {"net/", "networking code is not modelled"},
        {"sound/", "sound drivers are not modelled"},
        {"crypto/", "crypto code is not modelled"},
        {"block/", "block layer is not modelled"},
        {"security/", "security modules are not modelled"},
        {"virt/", "KVM is not modelled"},
        {"arch/x86/kvm/", "KVM is not modelled"},
        {"arch/x86/boot/", "the boot stub runs before the engine's machine exists"},
        {"arch/x86/platform/", "platform code is not modelled"},
        {"arch/x86/events/", "perf events are not modelled"},
        {"lib/", "library code outside mm is not modelled"},
        {"init/", "init code outside mm is not modelled"},
        {"rust/", "Rust bindings are not modelled"},
    };

    private static final String[][] UNMODELLED_MM_FILES = {
        {"mm/slub.c", "slab internals are not modelled"},
        {"mm/slab", "slab internals are not modelled"},
        {"include/linux/slab.h", "slab internals are not modelled"},
        {"mm/memcontrol", "memcg is not modelled"},
        {"include/linux/memcontrol.h", "memcg is not modelled"},
        {"mm/hugetlb", "hugetlbfs is not modelled"},
        {"include/linux/hugetlb", "hugetlbfs is not modelled"},
        {"mm/cma", "CMA is not modelled"},
        {"include/linux/cma.h", "CMA is not modelled"},
        {"mm/memory_hotplug.c", "memory hotplug is not modelled"},
        {"mm/memory-failure.c", "memory failure handling is not modelled"},
        {"mm/kasan/", "KASAN is not modelled"},
        {"mm/kmsan/", "KMSAN is not modelled"},
        {"mm/kfence/", "KFENCE is not modelled"},
        {"mm/damon/", "DAMON is not modelled"},
        {"mm/zswap.c", "zswap is not modelled"},
        {"mm/zsmalloc.c", "zsmalloc is not modelled"},
        {"mm/swapfile.c", "swap files are not modelled"},
        {"mm/page_io.c", "swap I/O is not modelled"},
        {"mm/shmem.c", "shmem is not modelled"},
        {"mm/page-writeback.c", "writeback is not modelled"},
        {"mm/readahead.c", "readahead is not modelled"},
        {"mm/ksm.c", "KSM is not modelled"},
        {"mm/userfaultfd.c", "userfaultfd is not modelled"},
        {"mm/memblock.c", "memblock (boot-time allocator) is not modelled"},
        {"include/linux/memblock.h", "memblock (boot-time allocator) is not modelled"},
        {"mm/percpu", "the percpu allocator is not modelled"},
        {"mm/dmapool.c", "dmapool is not modelled"},
        {"mm/mempool.c", "mempool is not modelled"},
        {"mm/page_owner.c", "page_owner is debugging only"},
        {"mm/debug", "debugging code"},
        {"mm/page_ext.c", "page_ext is not modelled"},
        {"mm/vmstat.c", "vmstat reporting is not modelled as behaviour"},
        {"mm/balloon_compaction.c", "balloon drivers are not modelled"},
        {"mm/memremap.c", "ZONE_DEVICE is not modelled"},
        {"mm/hmm.c", "HMM is not modelled"},
        {"mm/nommu.c", "NOMMU kernels are not modelled"},
        {"mm/highmem.c", "highmem is not modelled on x86-64"},
    };

    private static String firstDirs(String p, int n) {
        String[] parts = p.split("/");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(n, parts.length - 1); i++) {
            b.append(i == 0 ? "" : "/").append(parts[i]);
        }
        return b.length() == 0 ? p : b.toString();
    }
}
