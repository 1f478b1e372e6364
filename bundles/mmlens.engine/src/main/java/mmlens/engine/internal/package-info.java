/**
 * Implementation of the allocator: one class per mm/page_alloc.c area (Buddy, Fallback, Pcp,
 * Watermark, AllocPath, Highatomic, Isolation, FreePath), mm/compaction.c (Compaction, CompactZone,
 * CompactControl, KernelCompaction, KernelFreeScanner), a page-cache-only mm/vmscan.c (Reclaim),
 * boot sizing (ZoneSetup, EngineBuilder), /proc import layout (ImportLayout) and the checker
 * (Invariants). Not API.
 */
package mmlens.engine.internal;
