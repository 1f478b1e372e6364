/*
 * oracle: the guest-side driver of the mmlens kernel oracle.
 *
 *   oracle WORKLOAD OUTDIR
 *
 * Runs inside the initramfs as PID 1's child, with the kmem/tlb trace events already enabled and
 * tracing_on == 0. It
 *   1. sizes and pre-faults every buffer it will need (so the snapshots themselves allocate as
 *      little as possible), then sleeps 2 s (guest time) so earlier exits settle,
 *   2. turns tracing on and writes "mmlens: before-begin" to trace_marker,
 *   3. reads /proc/{zoneinfo,vmstat,meminfo,pagetypeinfo,buddyinfo,kpageflags} into memory
 *      (pagetypeinfo, buddyinfo and kpageflags re-read until stable: they describe the same
 *      moment, see take_snapshot()),
 *   4. writes "mmlens: before-end", "mmlens: workload-begin", runs the workload,
 *      "mmlens: workload-end",
 *   5. takes the after snapshot the same way between "after-begin" / "after-end" markers,
 *   6. turns tracing off and only then writes the snapshots to OUTDIR/{before,after}/.
 *
 * The markers let a replay see exactly which trace events fell inside a snapshot window.
 * Build: gcc -O2 -static -pthread -o oracle oracle.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/loop.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define PAGE 4096UL
#define TRACING "/sys/kernel/tracing/"

static void die(const char *what)
{
	fprintf(stderr, "oracle: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* ---------------------------------------------------------------- snapshot buffers */

struct snap_file {
	const char *path; /* /proc file */
	const char *name; /* file name under OUTDIR/{before,after} */
	size_t cap;       /* buffer capacity, bytes */
	char *buf[2];     /* [0] before, [1] after */
	size_t len[2];
	char *check;      /* second read, to see that nothing moved during the snapshot */
};

/* Order matters: the last two are read back to back and must describe the same moment. */
static struct snap_file snaps[] = {
	{ "/proc/zoneinfo", "zoneinfo", 0, { 0, 0 }, { 0, 0 }, 0 },
	{ "/proc/vmstat", "vmstat", 0, { 0, 0 }, { 0, 0 }, 0 },
	{ "/proc/meminfo", "meminfo", 0, { 0, 0 }, { 0, 0 }, 0 },
	{ "/proc/pagetypeinfo", "pagetypeinfo", 0, { 0, 0 }, { 0, 0 }, 0 },
	{ "/proc/buddyinfo", "buddyinfo", 0, { 0, 0 }, { 0, 0 }, 0 },
	{ "/proc/kpageflags", "kpageflags", 0, { 0, 0 }, { 0, 0 }, 0 },
};
#define NSNAPS (sizeof(snaps) / sizeof(snaps[0]))

static char *alloc_populated(size_t bytes)
{
	char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
		       -1, 0);
	if (p == MAP_FAILED)
		die("mmap buffer");
	madvise(p, bytes, MADV_NOHUGEPAGE);
	memset(p, 0, bytes);
	return p;
}

/* Reads a whole file into buf (at most cap bytes); returns its length. */
static size_t slurp(const char *path, char *buf, size_t cap)
{
	int fd = open(path, O_RDONLY);
	size_t len = 0;
	if (fd < 0)
		die(path);
	for (;;) {
		size_t want = cap - len > (1UL << 20) ? (1UL << 20) : cap - len;
		ssize_t n;
		if (want == 0)
			break;
		n = read(fd, buf + len, want);
		if (n < 0)
			die(path);
		if (n == 0)
			break;
		len += (size_t)n;
	}
	close(fd);
	return len;
}

/* Sizing pass, before tracing: measure each file and give it a buffer with ample headroom. */
static void size_snapshots(void)
{
	size_t probe_cap = 64UL << 20;
	char *probe = mmap(NULL, probe_cap, PROT_READ | PROT_WRITE,
			   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (probe == MAP_FAILED)
		die("mmap probe");
	for (size_t i = 0; i < NSNAPS; i++) {
		size_t len = slurp(snaps[i].path, probe, probe_cap);
		snaps[i].cap = (len * 2 + 65536 + PAGE - 1) & ~(PAGE - 1);
		snaps[i].buf[0] = alloc_populated(snaps[i].cap);
		snaps[i].buf[1] = alloc_populated(snaps[i].cap);
		snaps[i].check = alloc_populated(snaps[i].cap);
	}
	munmap(probe, probe_cap);
}

static void marker(const char *fmt, ...);

/*
 * zoneinfo, vmstat and meminfo once; then pagetypeinfo, buddyinfo and kpageflags, and
 * pagetypeinfo and buddyinfo again: if the second reads differ (an RCU callback or a kworker on
 * another CPU freed pages meanwhile), the three are read again, up to 20 times, each retry
 * marked in the trace. So kpageflags and buddyinfo describe the same moment.
 */
#define FIRST_STABLE 3 /* index of pagetypeinfo in snaps[] */
static void take_snapshot(int which)
{
	for (size_t i = 0; i < FIRST_STABLE; i++)
		snaps[i].len[which] = slurp(snaps[i].path, snaps[i].buf[which], snaps[i].cap);
	for (int attempt = 0; attempt < 20; attempt++) {
		int stable = 1;
		for (size_t i = FIRST_STABLE; i < NSNAPS; i++)
			snaps[i].len[which] = slurp(snaps[i].path, snaps[i].buf[which], snaps[i].cap);
		for (size_t i = FIRST_STABLE; i < NSNAPS - 1; i++) {
			size_t len = slurp(snaps[i].path, snaps[i].check, snaps[i].cap);
			if (len != snaps[i].len[which] || memcmp(snaps[i].check, snaps[i].buf[which], len) != 0)
				stable = 0;
		}
		if (stable)
			return;
		marker("mmlens: snapshot-retry %d", attempt + 1);
	}
}

static void write_snapshots(const char *outdir)
{
	static const char *side[2] = { "before", "after" };
	char path[512];
	for (int s = 0; s < 2; s++) {
		snprintf(path, sizeof(path), "%s/%s", outdir, side[s]);
		mkdir(path, 0755);
		for (size_t i = 0; i < NSNAPS; i++) {
			int fd;
			size_t off = 0;
			snprintf(path, sizeof(path), "%s/%s/%s", outdir, side[s], snaps[i].name);
			fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
			if (fd < 0)
				die(path);
			while (off < snaps[i].len[s]) {
				ssize_t n = write(fd, snaps[i].buf[s] + off, snaps[i].len[s] - off);
				if (n <= 0)
					die(path);
				off += (size_t)n;
			}
			close(fd);
		}
	}
}

/* ---------------------------------------------------------------- tracing control */

static int tracing_on_fd = -1, marker_fd = -1;

static void tracing_on(int on)
{
	if (write(tracing_on_fd, on ? "1" : "0", 1) != 1)
		die("tracing_on");
}

static void marker(const char *fmt, ...)
{
	char text[256];
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	if (write(marker_fd, text, (size_t)n) != n)
		die("trace_marker");
}

/* ---------------------------------------------------------------- helpers for workloads */

static size_t meminfo_kb(const char *key)
{
	char buf[8192];
	size_t len = slurp("/proc/meminfo", buf, sizeof(buf) - 1);
	size_t klen = strlen(key);
	buf[len] = 0;
	for (char *line = buf; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
		if (strncmp(line, key, klen) == 0 && line[klen] == ':')
			return strtoul(line + klen + 1, NULL, 10);
	return 0;
}

static char *map_anon(size_t bytes, int advice)
{
	char *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (p == MAP_FAILED)
		die("mmap");
	if (advice && madvise(p, bytes, advice) != 0)
		die("madvise");
	return p;
}

static void touch(char *p, size_t bytes, size_t stride)
{
	for (size_t off = 0; off < bytes; off += stride)
		p[off] = 1;
}

static void pin_cpu(int cpu)
{
	cpu_set_t set;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

/* ---------------------------------------------------------------- workloads */

/* anon: a stream of 6144 order-0 anonymous write faults (24 MB, THP off), then munmap. */
static void wl_anon(void)
{
	size_t bytes = 24UL << 20;
	char *p = map_anon(bytes, MADV_NOHUGEPAGE);
	touch(p, bytes, PAGE);
	munmap(p, bytes);
}

/* fork: parent holds 2 MB of touched anon memory; 32 children each COW-write 16 pages and exit. */
static void wl_fork(void)
{
	size_t bytes = 2UL << 20;
	char *p = map_anon(bytes, MADV_NOHUGEPAGE);
	touch(p, bytes, PAGE);
	for (int i = 0; i < 32; i++) {
		pid_t pid = fork();
		if (pid < 0)
			die("fork");
		if (pid == 0) {
			touch(p + (size_t)(i % 32) * 16 * PAGE, 16 * PAGE, PAGE);
			_exit(0);
		}
		waitpid(pid, NULL, 0);
	}
	munmap(p, bytes);
}

/*
 * frag: fill 85% of MemFree with order-0 movable pages (THP off), free every other page
 * (MADV_DONTNEED per page), then create unmovable demand: read faults one per 2 MB of a huge
 * sparse mapping, each allocating a page-table page (the data side maps the shared zero page).
 * Page-table pages requested = FRAG_PT_PAGES.
 */
#define FRAG_PT_PAGES 4096
static void wl_frag(void)
{
	size_t free_kb = meminfo_kb("MemFree");
	size_t bytes = (free_kb * 1024 / 100 * 85) & ~(PAGE - 1);
	size_t sparse = (size_t)FRAG_PT_PAGES << 21;
	char *fill = map_anon(bytes, MADV_NOHUGEPAGE);
	char *pt = map_anon(sparse, MADV_NOHUGEPAGE);
	volatile char sink = 0;

	marker("mmlens: phase fill pages=%zu", bytes / PAGE);
	touch(fill, bytes, PAGE);
	marker("mmlens: phase free-every-other");
	for (size_t off = 0; off < bytes; off += 2 * PAGE)
		madvise(fill + off, PAGE, MADV_DONTNEED);
	marker("mmlens: phase unmovable pt-pages=%d", FRAG_PT_PAGES);
	for (size_t off = 0; off < sparse; off += 1UL << 21)
		sink += pt[off];
	(void)sink;
	marker("mmlens: phase release");
	munmap(pt, sparse);
	munmap(fill, bytes);
}

/*
 * thp: 16 PMD-sized anonymous faults (MADV_HUGEPAGE, 2 MB aligned), one 4 KB MADV_DONTNEED in
 * the middle of the first huge page (splits the PMD, defers the folio split), then munmap.
 */
static void wl_thp(void)
{
	size_t huge = 2UL << 20, bytes = 16 * huge;
	char *raw = map_anon(bytes + huge, 0);
	char *p = (char *)(((unsigned long)raw + huge - 1) & ~(huge - 1));
	if (madvise(p, bytes, MADV_HUGEPAGE) != 0)
		die("madvise hugepage");
	touch(p, bytes, huge);
	madvise(p + huge / 2, PAGE, MADV_DONTNEED);
	munmap(raw, bytes + huge);
}

/*
 * secretmem: a 4 MB memfd_secret mapping, every page written (each fault removes the page from
 * the direct map, splitting 2 MB / 1 GB direct-map entries), then unmapped and closed.
 * Needs boot option secretmem.enable=1 and RLIMIT_MEMLOCK >= 4 MB.
 */
static void wl_secretmem(void)
{
	size_t bytes = 4UL << 20;
	struct rlimit rl = { RLIM_INFINITY, RLIM_INFINITY };
	int fd;
	char *p;
	setrlimit(RLIMIT_MEMLOCK, &rl);
	fd = (int)syscall(447 /* memfd_secret */, 0);
	if (fd < 0)
		die("memfd_secret");
	if (ftruncate(fd, (off_t)bytes) != 0)
		die("ftruncate");
	p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED)
		die("mmap secret");
	touch(p, bytes, PAGE);
	munmap(p, bytes);
	close(fd);
}

/*
 * munmap-storm: two threads of one mm pinned to CPU 0 and CPU 1. The spinner on CPU 1 keeps
 * touching its own 64 KB so the mm stays active there; the storm thread on CPU 0 maps 64 KB,
 * touches it, and unmaps it, STORM_ROUNDS times: every munmap needs a remote TLB shootdown.
 */
#define STORM_ROUNDS 400
static volatile int storm_done;
static void *spinner(void *arg)
{
	char *mine = arg;
	pin_cpu(1);
	while (!storm_done)
		for (size_t off = 0; off < 16 * PAGE; off += PAGE)
			mine[off]++;
	return NULL;
}

static void wl_munmap_storm(void)
{
	size_t bytes = 16 * PAGE;
	char *mine = map_anon(bytes, MADV_NOHUGEPAGE);
	pthread_t t;
	touch(mine, bytes, PAGE);
	pin_cpu(0);
	if (pthread_create(&t, NULL, spinner, mine) != 0)
		die("pthread_create");
	for (int i = 0; i < STORM_ROUNDS; i++) {
		char *p = map_anon(bytes, MADV_NOHUGEPAGE);
		touch(p, bytes, PAGE);
		munmap(p, bytes);
	}
	storm_done = 1;
	pthread_join(t, NULL);
	munmap(mine, bytes);
}

/*
 * pressure: memory pressure without swap and without OOM. Reclaimable memory is page cache of a
 * block device: the loop driver (loop.ko, loaded by /init) over a sparse tmpfs file as large as
 * MemFree. Its holes read as zeroes without allocating, so the backing costs nothing and every
 * page read from /dev/loopN is a clean, reclaimable page-cache page (GFP_USER: the block
 * device's mapping, unmovable). Set up before tracing (pressure_prepare): the loop device, THP
 * enabled=madvise and defrag=madvise (the kernel turns THP off below 512 MB; madvised faults
 * then reclaim and compact directly, without __GFP_NORETRY). Phases, each marked in the trace:
 *   anon:  PRESSURE_ANON_PCT % of MemFree in order-0 anonymous pages (THP off), written;
 *   cache: PRESSURE_CACHE_PCT % of the device read (64 KB reads): the cache outgrows what is
 *          free, kswapd (and direct reclaim, when it falls behind) evicts it;
 *   thp:   PRESSURE_THP rounds of one huge-page fault (MADV_HUGEPAGE, order 9) followed by
 *          reading the next PRESSURE_REREAD_MB of the device, so every fault meets memory
 *          full of cache: direct reclaim, compaction, and a 4 KB fallback when order 9 fails;
 *   release: the anonymous memory and the huge pages unmapped (the cache stays).
 * Unreclaimable demand (anon + huge pages) stays near 60 % of MemFree: no OOM kill.
 */
#define PRESSURE_ANON_PCT 30
#define PRESSURE_CACHE_PCT 70
#define PRESSURE_THP 10
#define PRESSURE_REREAD_MB 1
static size_t pressure_dev_bytes;
static int pressure_dev_fd = -1;

static void write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY);
	if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text))
		die(path);
	close(fd);
}

static void pressure_prepare(void)
{
	char path[64];
	int ctl, n, backing;
	write_file("/sys/kernel/mm/transparent_hugepage/enabled", "madvise");
	write_file("/sys/kernel/mm/transparent_hugepage/defrag", "madvise");
	mkdir("/pressure", 0755);
	if (mount("tmpfs", "/pressure", "tmpfs", 0, "size=4g") != 0)
		die("mount tmpfs");
	pressure_dev_bytes = (meminfo_kb("MemFree") * 1024) & ~((1UL << 20) - 1);
	backing = open("/pressure/dev.img", O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (backing < 0 || ftruncate(backing, (off_t)pressure_dev_bytes) != 0)
		die("backing file");
	ctl = open("/dev/loop-control", O_RDWR);
	if (ctl < 0)
		die("/dev/loop-control");
	n = ioctl(ctl, LOOP_CTL_GET_FREE);
	if (n < 0)
		die("LOOP_CTL_GET_FREE");
	snprintf(path, sizeof(path), "/dev/loop%d", n);
	pressure_dev_fd = open(path, O_RDONLY);
	if (pressure_dev_fd < 0)
		die(path);
	if (ioctl(pressure_dev_fd, LOOP_SET_FD, backing) != 0)
		die("LOOP_SET_FD");
	close(backing);
	close(ctl);
}

/* Reads bytes of the device from its current offset, wrapping at its end. */
static void pressure_read(char *buf, size_t bufsize, size_t bytes)
{
	for (size_t done = 0; done < bytes;) {
		ssize_t n = read(pressure_dev_fd, buf, bufsize);
		if (n < 0)
			die("read loop");
		if (n == 0) {
			if (lseek(pressure_dev_fd, 0, SEEK_SET) != 0)
				die("lseek loop");
			continue;
		}
		done += (size_t)n;
	}
}

static void wl_pressure(void)
{
	size_t anon = (meminfo_kb("MemFree") * 1024 / 100 * PRESSURE_ANON_PCT) & ~(PAGE - 1);
	size_t cache = (pressure_dev_bytes / 100 * PRESSURE_CACHE_PCT) & ~((64UL << 10) - 1);
	size_t huge = 2UL << 20, thp = PRESSURE_THP * huge;
	size_t bufsize = 64UL << 10;
	char *buf = map_anon(bufsize, MADV_NOHUGEPAGE);
	char *fill = map_anon(anon, MADV_NOHUGEPAGE);
	char *raw = map_anon(thp + huge, 0);
	char *p = (char *)(((unsigned long)raw + huge - 1) & ~(huge - 1));
	if (madvise(p, thp, MADV_HUGEPAGE) != 0)
		die("madvise hugepage");
	touch(buf, bufsize, PAGE);
	marker("mmlens: phase anon pages=%zu", anon / PAGE);
	touch(fill, anon, PAGE);
	marker("mmlens: phase cache pages=%zu", cache / PAGE);
	pressure_read(buf, bufsize, cache);
	marker("mmlens: phase thp faults=%d reread-mb=%d", PRESSURE_THP, PRESSURE_REREAD_MB);
	for (int i = 0; i < PRESSURE_THP; i++) {
		touch(p + (size_t)i * huge, huge, PAGE);
		pressure_read(buf, bufsize, (size_t)PRESSURE_REREAD_MB << 20);
	}
	marker("mmlens: phase release");
	munmap(raw, thp + huge);
	munmap(fill, anon);
	munmap(buf, bufsize);
}

/* ---------------------------------------------------------------- address space (ORACLE_MMU=1) */

/*
 * The MMU replay's start state: this process's VMAs (/proc/self/maps) and, for every present
 * page, its /proc/self/pagemap entry (bit 63 present, 61 file page or shared anon, 56 exclusively
 * mapped, low bits the pfn), captured just before tracing starts and written after it stops.
 * Only with ORACLE_MMU=1 in the environment; otherwise nothing here runs.
 */
#define MM_STATE_CAP (8UL << 20)
static char *mm_state;
static size_t mm_state_len;

static void mm_append(const char *fmt, ...)
{
	va_list ap;
	int n;
	va_start(ap, fmt);
	n = vsnprintf(mm_state + mm_state_len, MM_STATE_CAP - mm_state_len, fmt, ap);
	va_end(ap);
	if (n < 0 || (size_t)n >= MM_STATE_CAP - mm_state_len) {
		fprintf(stderr, "oracle: address-space capture too large\n");
		exit(1);
	}
	mm_state_len += (size_t)n;
}

static void capture_address_space(void)
{
	static char maps[65536];
	static unsigned long long ent[512];
	size_t len;
	int fd;
	mm_state = alloc_populated(MM_STATE_CAP);
	len = slurp("/proc/self/maps", maps, sizeof(maps) - 1);
	maps[len] = 0;
	fd = open("/proc/self/pagemap", O_RDONLY);
	if (fd < 0)
		die("pagemap");
	for (char *line = maps; *line;) {
		char *nl = strchr(line, '\n');
		unsigned long start, end;
		if (nl)
			*nl = 0;
		mm_append("vma %s\n", line);
		if (sscanf(line, "%lx-%lx", &start, &end) == 2 && end <= (1UL << 47)) {
			for (unsigned long va = start; va < end; va += 512 * PAGE) {
				size_t n = (end - va) / PAGE > 512 ? 512 : (end - va) / PAGE;
				ssize_t got = pread(fd, ent, n * 8, (off_t)(va / PAGE * 8));
				if (got < 0)
					break;
				for (size_t i = 0; i < (size_t)got / 8; i++)
					if (ent[i] >> 63)
						mm_append("page %lx %llx\n", va + i * PAGE, ent[i]);
			}
		}
		if (!nl)
			break;
		line = nl + 1;
	}
	close(fd);
}

static void write_address_space(const char *outdir)
{
	char path[512];
	int fd;
	size_t off = 0;
	snprintf(path, sizeof(path), "%s/mm-before", outdir);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		die(path);
	while (off < mm_state_len) {
		ssize_t n = write(fd, mm_state + off, mm_state_len - off);
		if (n <= 0)
			die(path);
		off += (size_t)n;
	}
	close(fd);
}

static const struct {
	const char *name;
	void (*run)(void);
	void (*prepare)(void); /* before tracing starts, or NULL */
} workloads[] = {
	{ "anon", wl_anon },
	{ "anon-normal", wl_anon }, /* the same on a guest with a Normal zone (> 4 GB) */
	{ "fork", wl_fork },
	{ "frag", wl_frag },
	{ "thp", wl_thp },
	{ "secretmem", wl_secretmem },
	{ "munmap-storm", wl_munmap_storm },
	{ "pressure", wl_pressure, pressure_prepare },
	{ "pressure-2cpu", wl_pressure, pressure_prepare }, /* the same with 2 CPUs */
};

int main(int argc, char **argv)
{
	void (*run)(void) = NULL, (*prepare)(void) = NULL;
	if (argc != 3) {
		fprintf(stderr, "usage: oracle WORKLOAD OUTDIR\n");
		return 2;
	}
	for (size_t i = 0; i < sizeof(workloads) / sizeof(workloads[0]); i++)
		if (strcmp(argv[1], workloads[i].name) == 0) {
			run = workloads[i].run;
			prepare = workloads[i].prepare;
		}
	if (!run) {
		fprintf(stderr, "oracle: unknown workload %s\n", argv[1]);
		return 2;
	}
	tracing_on_fd = open(TRACING "tracing_on", O_WRONLY);
	marker_fd = open(TRACING "trace_marker", O_WRONLY);
	if (tracing_on_fd < 0 || marker_fd < 0)
		die("tracefs");
	if (prepare)
		prepare();
	size_snapshots();
	/* Let RCU callbacks and deferred frees of the processes that ran before us finish. */
	sleep(2);
	if (getenv("ORACLE_MMU") && strcmp(getenv("ORACLE_MMU"), "1") == 0)
		capture_address_space();

	tracing_on(1);
	marker("mmlens: before-begin");
	take_snapshot(0);
	marker("mmlens: before-end");
	marker("mmlens: workload-begin %s", argv[1]);
	run();
	marker("mmlens: workload-end %s", argv[1]);
	marker("mmlens: after-begin");
	take_snapshot(1);
	marker("mmlens: after-end");
	tracing_on(0);

	write_snapshots(argv[2]);
	if (mm_state)
		write_address_space(argv[2]);
	return 0;
}
