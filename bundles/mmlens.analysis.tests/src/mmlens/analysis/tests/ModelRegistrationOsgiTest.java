package mmlens.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;

import mmlens.model.MmlensFactory;
import mmlens.model.MmlensPackage;
import mmlens.model.PatchSeries;

/** Inside OSGi the model package and the XMI factory come from plugin.xml registrations, not code. */
class ModelRegistrationOsgiTest {

    @Test
    void packageIsRegisteredByItsBundleExtension() {
        EPackage registered = EPackage.Registry.INSTANCE.getEPackage(MmlensPackage.eNS_URI);
        assertNotNull(registered, "generated_package extension of mmlens.model not seen");
        assertSame(MmlensPackage.eINSTANCE, registered);
    }

    @Test
    void seriesSurvivesXmiRoundTripThroughRegisteredFactory() throws Exception {
        ResourceSet rs = new ResourceSetImpl();
        Resource out = rs.createResource(URI.createURI("mem:/series.xmi"));
        assertNotNull(out, "no resource factory registered for .xmi");
        PatchSeries series = MmlensFactory.eINSTANCE.createPatchSeries();
        series.setTitle("mm: a series title");
        out.getContents().add(series);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        out.save(bytes, Map.of());

        Resource in = new ResourceSetImpl().createResource(URI.createURI("mem:/again.xmi"));
        in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        assertEquals("mm: a series title", ((PatchSeries) in.getContents().get(0)).getTitle());
    }
}
