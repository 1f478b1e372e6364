package mmlens.analysis.map;

import java.util.regex.Pattern;

/**
 * Mechanisms the engine models that mainline 6.18 lacks or keeps outside mm/ (ASI; the firmware
 * and boot side of unaccepted memory), so the 6.18 symbol catalog cannot name their code: they
 * are recognised by the shape of their identifiers and file names, wherever the code sits.
 */
final class ProposedNames {
    private static final Pattern ASI = Pattern.compile(
            "^(asi|ASI)_\\w+|\\w+_asi(_\\w+)?$|^X86_FEATURE_ASI$|^__GFP_SENSITIVE$|^PG_global_nonsensitive$"
                    + "|^\\w*nonsensitive\\w*$|^static_asi_enabled$|^X86_CR3_ASI\\w*$|^\\w*ADDRESS_SPACE_ISOLATION\\w*$|^\\w+_ASI$");
    private static final Pattern UNACCEPTED = Pattern.compile(
            "(?i:\\w*unaccepted\\w*)|^accept_memory\\w*$|^accept_page$|^try_to_accept_memory\\w*$|^cond_accept_memory$"
                    + "|^__accept_memory$|^arch_accept_memory$|^\\w*UNACCEPTED\\w*$");
    private static final Pattern ASI_FILE = Pattern.compile("(^|/)asi(\\.[ch]|_\\w+\\.[ch])$");
    private static final Pattern UNACCEPTED_FILE = Pattern.compile("unaccepted_memory\\.[ch]$");

    private ProposedNames() {
    }

    /** The mechanism an identifier's shape names, or null. */
    static Mechanism of(String identifier) {
        if (ASI.matcher(identifier).matches()) {
            return Mechanism.fromId("asi");
        }
        if (UNACCEPTED.matcher(identifier).matches()) {
            return Mechanism.fromId("unaccepted");
        }
        return null;
    }

    /** The mechanism a file name names, or null. */
    static Mechanism ofFile(String path) {
        if (path == null) {
            return null;
        }
        if (ASI_FILE.matcher(path).find()) {
            return Mechanism.fromId("asi");
        }
        if (UNACCEPTED_FILE.matcher(path).find()) {
            return Mechanism.fromId("unaccepted");
        }
        return null;
    }
}
