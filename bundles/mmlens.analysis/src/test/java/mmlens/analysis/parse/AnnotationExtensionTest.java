package mmlens.analysis.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import mmlens.model.Annotation;
import mmlens.model.Hunk;
import mmlens.model.MmlensPackage;
import mmlens.model.PatchSeries;
import mmlens.model.impl.AnnotationImpl;

/**
 * Later analyses attach results to hunks by subclassing {@link Annotation} in their own package;
 * the patch model and its XMI persistence need no change for that.
 */
class AnnotationExtensionTest {

    private static final String NS = "http://mmlens/test/finding/1.0";

    @AfterEach
    void unregister() {
        EPackage.Registry.INSTANCE.remove(NS);
    }

    private static EClass findingClass() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage pkg = f.createEPackage();
        pkg.setName("finding");
        pkg.setNsPrefix("finding");
        pkg.setNsURI(NS);
        EClass finding = f.createEClass();
        finding.setName("Finding");
        finding.getESuperTypes().add(MmlensPackage.Literals.ANNOTATION);
        EAttribute message = f.createEAttribute();
        message.setName("message");
        message.setEType(EcorePackage.Literals.ESTRING);
        finding.getEStructuralFeatures().add(message);
        pkg.getEClassifiers().add(finding);
        // A generated subclass would extend AnnotationImpl; a dynamic one is an AnnotationImpl of its own EClass.
        pkg.setEFactoryInstance(new EFactoryImpl() {
            @Override
            public EObject create(EClass eClass) {
                AnnotationImpl a = new AnnotationImpl() {
                };
                a.eSetClass(eClass);
                return a;
            }
        });
        EPackage.Registry.INSTANCE.put(NS, pkg);
        return finding;
    }

    @Test
    void aFindingFromAnotherPackageRidesOnAHunkThroughXmi() throws IOException {
        EClass findingClass = findingClass();
        PatchSeries s = Inputs.parse("series-v2.mbox", Inputs.resource("series-v2.mbox")).series().get(0);
        Hunk hunk = s.getPatches().get(1).getFiles().get(0).getHunks().get(0);
        EObject finding = EcoreUtil.create(findingClass);
        finding.eSet(findingClass.getEStructuralFeature("message"), "refills++ races with demo_drain()");
        ((Annotation) finding).setProducer("mmlens.engine.test");
        hunk.getAnnotations().add((Annotation) finding);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PatchSeriesXmi.save(s, out);
        PatchSeries loaded = PatchSeriesXmi.load(new ByteArrayInputStream(out.toByteArray()));
        Annotation back = loaded.getPatches().get(1).getFiles().get(0).getHunks().get(0).getAnnotations().get(0);
        assertEquals("Finding", back.eClass().getName());
        assertEquals("mmlens.engine.test", back.getProducer());
        assertEquals("refills++ races with demo_drain()", back.eGet(back.eClass().getEStructuralFeature("message")));
        assertTrue(EcoreUtil.equals(s, loaded));
    }
}
