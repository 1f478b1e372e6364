package mmlens.analysis.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

import mmlens.model.MmlensPackage;
import mmlens.model.PatchSeries;

/**
 * Saves and loads a {@link PatchSeries} as XMI (UTF-8), outside OSGi as well as inside: the
 * resource factory and the model package are registered on a private resource set, never in the
 * global registries. Loading refuses DOCTYPE declarations and never resolves external entities or
 * DTDs, so a crafted file cannot read local files or reach the network (XXE).
 */
public final class PatchSeriesXmi {

    private static final URI NAME = URI.createURI("series.xmi");

    private PatchSeriesXmi() {
    }

    /**
     * Writes {@code series} to {@code out} (not closed). The series is detached from any resource it
     * was in while saving and left detached afterwards.
     */
    public static void save(PatchSeries series, OutputStream out) throws IOException {
        Resource r = resourceSet().createResource(NAME);
        r.getContents().add(series);
        try {
            Map<Object, Object> options = new HashMap<>();
            options.put(XMLResource.OPTION_ENCODING, "UTF-8");
            r.save(out, options);
        } finally {
            r.getContents().clear();
        }
    }

    /** Reads one series; throws IOException for malformed XML, a DOCTYPE, or a document without a series. */
    public static PatchSeries load(InputStream in) throws IOException {
        Resource r = resourceSet().createResource(NAME);
        r.load(in, loadOptions());
        if (r.getContents().isEmpty() || !(r.getContents().get(0) instanceof PatchSeries)) {
            throw new IOException("no PatchSeries in XMI document");
        }
        PatchSeries s = (PatchSeries) r.getContents().get(0);
        r.getContents().clear();
        return s;
    }

    static Map<Object, Object> loadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        return options;
    }

    private static ResourceSet resourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(MmlensPackage.eNS_URI, MmlensPackage.eINSTANCE);
        return rs;
    }
}
