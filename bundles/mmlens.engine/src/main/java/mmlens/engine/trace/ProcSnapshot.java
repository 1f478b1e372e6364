package mmlens.engine.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import mmlens.engine.internal.trace.ProcParsers;

/**
 * The /proc files of one moment. Any part may be null when the file was not available.
 *
 * @param vmstat /proc/vmstat counters by name
 * @param meminfo /proc/meminfo values by name, in kB where the kernel prints kB
 */
public record ProcSnapshot(BuddyInfo buddyInfo, PageTypeInfo pageTypeInfo, ZoneInfo zoneInfo,
        Map<String, Long> vmstat, Map<String, Long> meminfo) {

    /**
     * Reads {@code buddyinfo}, {@code pagetypeinfo}, {@code zoneinfo}, {@code vmstat} and
     * {@code meminfo} from a directory; missing files give null parts.
     */
    public static ProcSnapshot read(Path dir) throws IOException {
        return new ProcSnapshot(
                text(dir, "buddyinfo") == null ? null : BuddyInfo.parse(text(dir, "buddyinfo")),
                text(dir, "pagetypeinfo") == null ? null : PageTypeInfo.parse(text(dir, "pagetypeinfo")),
                text(dir, "zoneinfo") == null ? null : ZoneInfo.parse(text(dir, "zoneinfo")),
                text(dir, "vmstat") == null ? null : parseVmstat(text(dir, "vmstat")),
                text(dir, "meminfo") == null ? null : parseMeminfo(text(dir, "meminfo")));
    }

    /** {@code name value} lines of /proc/vmstat. */
    public static Map<String, Long> parseVmstat(String text) {
        return ProcParsers.nameValues(text);
    }

    /** {@code Name:   value kB} lines of /proc/meminfo (values as printed, unit dropped). */
    public static Map<String, Long> parseMeminfo(String text) {
        return ProcParsers.meminfo(text);
    }

    /** A vmstat counter, 0 when absent. */
    public long vmstat(String name) {
        return vmstat == null ? 0 : vmstat.getOrDefault(name, 0L);
    }

    /** A meminfo value, 0 when absent. */
    public long meminfo(String name) {
        return meminfo == null ? 0 : meminfo.getOrDefault(name, 0L);
    }

    private static String text(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }
}
