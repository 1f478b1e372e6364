/**
 * Engine II: the x86-64 MMU side of memory management, simulated on mainline (6.18) terms.
 *
 * <p>Entry point: {@link mmlens.engine.mmu.Mmu#boot(MmuConfig, PageSource)} with a
 * {@link mmlens.engine.mmu.PageSource} — {@link mmlens.engine.mmu.MachinePageSource} for the buddy
 * allocator engine, {@link mmlens.engine.mmu.BitmapPageSource} for a self-contained model. An
 * {@code Mmu} holds:
 *
 * <pre>
 *   direct map (PUD 1G / PMD 2M / PTE 4K)  -- CPA: setMemoryRo/Rw/Nx/X/Np/P/Rox/Encrypted/4k
 *   vmalloc areas (module text, BPF JIT)    -- vmalloc, areaSetRo/X/Rox, vfree (vm_reset_perms)
 *   cpus: TLB (4K/2M/1G sets), PCID, lazy   -- switchTo, enterLazy, access, kernelAccess
 *   address spaces: VMAs, 4-level tables    -- mmap, munmap, madvise*, mprotectReadOnly, fork, exit
 *   folios order 0..9, rmap, THP/mTHP       -- folioAt, splitFolio, deferredSplitScan
 *   migration, batched unmap flush          -- migrate, tryToUnmap + tryToUnmapFlush
 *   checker                                 -- findings()
 *   restricted (ASI) space                  -- restricted()
 * </pre>
 *
 * Counters: {@link mmlens.engine.mmu.MmuStat} (vmstat names), {@link mmlens.engine.mmu.FlushReason},
 * {@link mmlens.engine.mmu.MthpStat}; {@link mmlens.engine.mmu.MmuProc} renders them in /proc
 * formats. Scenarios: {@code [phase]} sections of {@link mmlens.engine.scenario.Scenario}, run by
 * {@link mmlens.engine.mmu.MmuScenarioOps}. Everything is single threaded and deterministic.
 */
package mmlens.engine.mmu;
