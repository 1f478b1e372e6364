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
                // a bundle or jar has the manifest at its root; a plain-JVM build's classes
                // directory (target/classes/) has it two levels up, in the bundle project
                for (String m : new String[] { root + "META-INF/MANIFEST.MF", root + "../../META-INF/MANIFEST.MF" }) {
                    String v = bundleVersion(m);
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

    private static String bundleVersion(String url) {
        try (InputStream in = new URL(url).openStream()) {
            return new Manifest(in).getMainAttributes().getValue("Bundle-Version");
        } catch (Exception e) {
            return null;
        }
    }
}
