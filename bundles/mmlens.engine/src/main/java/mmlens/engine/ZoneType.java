package mmlens.engine;

/** enum zone_type for x86-64 (CONFIG_ZONE_DMA, CONFIG_ZONE_DMA32, no HIGHMEM, ZONE_DEVICE last). */
public enum ZoneType {
    DMA("DMA"), DMA32("DMA32"), NORMAL("Normal"), MOVABLE("Movable"), DEVICE("Device");

    /** MAX_NR_ZONES */
    public static final int MAX_NR_ZONES = 5;

    private final String kernelName;

    ZoneType(String kernelName) {
        this.kernelName = kernelName;
    }

    /** zone->name as printed in /proc files. */
    public String kernelName() {
        return kernelName;
    }

    public static ZoneType fromKernelName(String name) {
        for (ZoneType z : values()) {
            if (z.kernelName.equals(name)) {
                return z;
            }
        }
        throw new IllegalArgumentException("unknown zone " + name);
    }
}
