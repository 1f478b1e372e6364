/**
 * /proc and debugfs text in the kernel's byte format, and import of a machine from /proc files.
 *
 * <p>CLI mapping: {@code mmlens machine --from-proc DIR --print F,...} is
 * {@code ProcFormatter.render(ProcImporter.fromDirectory(DIR), F)} for each F in
 * {@link mmlens.engine.proc.ProcFormatter#FILES} (buddyinfo, pagetypeinfo, extfrag, unusable, vmstat,
 * zoneinfo).
 */
package mmlens.engine.proc;
