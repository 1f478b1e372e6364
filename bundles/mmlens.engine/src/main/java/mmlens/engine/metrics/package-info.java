/** Fragmentation metrics of mm/vmstat.c (fragmentation index, unusable free space index). */
package mmlens.engine.metrics;
