package mmlens.analysis.check;

import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

import mmlens.engine.scenario.Scenario;

/** The engine's name and bundle version, read once from its manifest. */
final class EngineVersion {
    private static final String VERSION = read();

    private EngineVersion() {
    }

    static String get() {
        return VERSION;
    }

    private static String read() {
        try {
            URL u = Scenario.class.getResource("Scenario.class");
            if (u != null) {
                String s = u.toString();
                String root = s.substring(0, s.length() - "mmlens/engine/scenario/Scenario.class".length());
                try (InputStream in = new URL(root + "META-INF/MANIFEST.MF").openStream()) {
                    String v = new Manifest(in).getMainAttributes().getValue("Bundle-Version");
                    if (v != null) {
                        return "mmlens.engine " + v;
                    }
                }
            }
        } catch (Exception e) {
            // fall through: the version is informational
        }
        return "mmlens.engine (version unknown)";
    }
}
