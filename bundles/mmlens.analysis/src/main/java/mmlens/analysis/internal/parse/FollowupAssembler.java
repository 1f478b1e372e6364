package mmlens.analysis.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mmlens.model.MmlensFactory;
import mmlens.model.Patch;
import mmlens.model.PatchOrigin;
import mmlens.model.PatchSeries;
import mmlens.model.Severity;
import mmlens.model.Trailer;

/**
 * Attaches follow-up trailers to the patches of an assembled series, as b4 collects them
 * ({@code LoreMailbox.get_series}, "Do we have any follow-ups?"): each reply with trailers is
 * followed up its In-Reply-To chain (a reply without In-Reply-To: the first References entry
 * present) until a patch, whose trailers they become, or another message that is not a reply
 * (the cover letter), whose trailers go to every patch after each patch's own. Replies passed on
 * the way add their own trailers too (b4 adds all of theirs; here only those that pass the sender
 * rule, so a trailer naming someone else does not come in through a later reply). A trailer equal to one the patch already has (name and value
 * ignoring case) is not added again. Person trailers that do not name the reply's sender are not
 * collected; each becomes an info diagnostic {@code trailer-mismatch} (unless the patch already
 * carries it).
 */
final class FollowupAssembler {
    private FollowupAssembler() {
    }

    private record Collected(FollowupTrailers.Found trailer, Unit from) {
    }

    static void attach(List<Unit> group, PatchSeries s) {
        Map<String, Unit> byId = new HashMap<>();
        for (Unit u : group) {
            if (u.messageId != null) {
                byId.putIfAbsent(u.messageId, u);
            }
        }
        Map<Patch, List<Collected>> perPatch = new LinkedHashMap<>();
        List<Collected> cover = new ArrayList<>();
        for (Unit f : group) {
            if (!f.reply || f.ownPatch || f.followups.isEmpty()) {
                continue;
            }
            Unit parent = parent(f, byId);
            if (parent == null) {
                continue;
            }
            List<Collected> trailers = new ArrayList<>();
            for (FollowupTrailers.Found t : f.followups) {
                if (FollowupTrailers.sameSender(t, f.author)) {
                    trailers.add(new Collected(t, f));
                } else if (!(parent.patch != null && !parent.reply && has(parent.patch, t))) {
                    s.getDiagnostics().add(Diags.create(Severity.INFO, f.sourceFile, f.line, "trailer-mismatch",
                            "\"" + t.key() + ": " + t.value() + "\" in a reply from " + f.author
                                    + " is not collected: it names someone else (b4 --sloppy-trailers would take it)"));
                }
            }
            while (true) {
                if (!parent.reply) {
                    if (parent.patch != null) {
                        perPatch.computeIfAbsent(parent.patch, k -> new ArrayList<>()).addAll(trailers);
                    } else if (parent.cover != null) {
                        cover.addAll(trailers);
                    }
                    break;
                }
                Unit next = parent.inReplyTo == null ? null : byId.get(parent.inReplyTo);
                if (next == null || next == parent) {
                    break;
                }
                for (FollowupTrailers.Found t : parent.followups) {
                    if (FollowupTrailers.sameSender(t, parent.author)) {
                        trailers.add(new Collected(t, parent));
                    }
                }
                parent = next;
            }
        }
        for (Patch p : s.getPatches()) {
            if (p.getOrigin() == PatchOrigin.SHORTLOG) {
                continue;
            }
            List<Collected> all = new ArrayList<>(perPatch.getOrDefault(p, List.of()));
            int own = all.size();
            all.addAll(cover);
            for (int i = 0; i < all.size(); i++) {
                Collected c = all.get(i);
                if (!has(p, c.trailer())) {
                    p.getTrailers().add(trailer(c, i >= own));
                }
            }
        }
    }

    /** b4: the In-Reply-To message, or without one the first References entry that is present. */
    private static Unit parent(Unit f, Map<String, Unit> byId) {
        if (f.inReplyTo != null) {
            return byId.get(f.inReplyTo);
        }
        for (String ref : f.references) {
            Unit u = byId.get(ref);
            if (!ref.equals(f.messageId) && u != null) {
                return u;
            }
        }
        return null;
    }

    private static boolean has(Patch p, FollowupTrailers.Found t) {
        for (Trailer x : p.getTrailers()) {
            if (x.getKey() != null && x.getValue() != null && (t.same(x.getKey(), x.getValue())
                    || t.same(x.getKey(), x.getValue().replaceAll("\\s+#[^#]+$", "")))) {
                return true;
            }
        }
        return false;
    }

    private static Trailer trailer(Collected c, boolean viaCover) {
        Trailer t = MmlensFactory.eINSTANCE.createTrailer();
        t.setKey(c.trailer().key());
        String ext = c.trailer().extinfo();
        t.setValue(ext != null && ext.strip().startsWith("#") ? c.trailer().value() + ext : c.trailer().value());
        t.setReplyMessageId(c.from().messageId);
        t.setReplyAuthor(c.from().author);
        t.setViaCover(viaCover);
        return t;
    }
}
