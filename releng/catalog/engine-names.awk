# Kernel names in the comments of the engine sources, for releng/catalog/generate.
# Input: the engine's .java files (paths relative to the source root, so FILENAME gives the class).
# Output: name<TAB>fully-qualified class, one line per name, unsorted.
#
# A name is an identifier written in a comment as `name()`, `name[]`, `CONFIG_NAME` (gives NAME) or
# any identifier with an underscore (snake_case, MACRO_CASE). Per (name, class) the mentions are
# counted: "defining" = the first identifier of a javadoc (/** name() ... */ on a method or class),
# "javadoc" = inside /** */, "all" = any comment. A name goes to the class with, in this order:
# the lowest tier (0 models: mmlens.engine.internal[.mmu]; 1 API: mmlens.engine[.mmu]; 2 the rest:
# replay, import, scenarios, metrics), most defining, most javadoc, most comment mentions, and
# finally the smallest class name. String and char literals are skipped.
function emit(text, jd,   s, t, first) {
	s = text
	while (match(s, /[A-Za-z_][A-Za-z0-9_]*(\(\)|\[\])?/)) {
		t = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
		first = jd && opening; opening = 0
		if (t ~ /\(\)$|\[\]$/) t = substr(t, 1, length(t) - 2)
		else if (t !~ /_/ || t !~ /[A-Za-z]/) continue
		if (t ~ /^CONFIG_/) t = substr(t, 8)
		all[t SUBSEP cls]++
		if (jd) doc[t SUBSEP cls]++
		if (first) def[t SUBSEP cls]++
		seen[t SUBSEP cls] = 1
	}
}
# 0: the models (internal, internal.mmu), 1: the public API, 2: replay, import, scenarios, metrics
function tier(c) {
	if (c ~ /^mmlens\.engine\.internal\.(mmu\.)?[A-Za-z0-9]+$/) return 0
	if (c ~ /^mmlens\.engine\.(mmu\.)?[A-Za-z0-9]+$/) return 1
	return 2
}
function better(t, cl, r, f, d, a) {
	if (!(t in best)) return 1
	if (r != br[t]) return r < br[t]
	if (f != bf[t]) return f > bf[t]
	if (d != bd[t]) return d > bd[t]
	if (a != ba[t]) return a > ba[t]
	return cl < best[t]
}
FNR == 1 {
	cls = FILENAME; sub(/\.java$/, "", cls); gsub(/\//, ".", cls)
	inblock = 0
}
{
	line = $0
	while (line != "") {
		if (inblock) {
			e = index(line, "*/")
			if (e == 0) { emit(line, isdoc); line = "" }
			else { emit(substr(line, 1, e - 1), isdoc); line = substr(line, e + 2); inblock = 0 }
			continue
		}
		# the first of: block comment, line comment, string or char literal
		b = index(line, "/*"); l = index(line, "//"); q = index(line, "\""); c = index(line, "\047")
		first = 0; what = ""
		if (b && (!first || b < first)) { first = b; what = "b" }
		if (l && (!first || l < first)) { first = l; what = "l" }
		if (q && (!first || q < first)) { first = q; what = "q" }
		if (c && (!first || c < first)) { first = c; what = "c" }
		if (what == "") break
		if (what == "l") { opening = 0; emit(substr(line, l + 2), 0); break }
		if (what == "b") {
			isdoc = substr(line, b + 2, 1) == "*" && substr(line, b + 3, 1) != "/"
			opening = isdoc
			inblock = 1; line = substr(line, b + 2 + (isdoc ? 1 : 0)); continue
		}
		# skip the literal (escapes included)
		delim = what == "q" ? "\"" : "\047"
		rest = substr(line, first + 1); p = 1
		while (p <= length(rest)) {
			ch = substr(rest, p, 1)
			if (ch == "\\") { p += 2; continue }
			if (ch == delim) break
			p++
		}
		line = substr(rest, p + 1)
	}
}
END {
	for (k in seen) {
		split(k, kc, SUBSEP); t = kc[1]; cl = kc[2]
		r = tier(cl); f = def[k] + 0; d = doc[k] + 0; a = all[k] + 0
		if (better(t, cl, r, f, d, a)) { best[t] = cl; br[t] = r; bf[t] = f; bd[t] = d; ba[t] = a }
	}
	for (t in best) print t "\t" best[t]
}
