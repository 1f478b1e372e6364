package mmlens.ui.internal.memory;

/**
 * A fallback event of a run: at snapshot interval {@code snapshot} (it happened after snapshot
 * {@code snapshot - 1} and by snapshot {@code snapshot}), an allocation of {@code allocType} took
 * pages of order {@code fallbackOrder} at {@code pfn} from a {@code fallbackType} block;
 * {@code claim} when the block changed owner.
 */
public record BlockEvent(int snapshot, String when, int pfn, int allocOrder, int fallbackOrder, String allocType,
        String fallbackType, boolean claim) {

    /** "claim" or "steal". */
    public String kind() {
        return claim ? "claim" : "steal";
    }
}
