package mmlens.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the model code of one bundle from {@code model/<name>.ecore} without an IDE.
 * <p>
 * Arguments: repository root, bundle symbolic name (the bundle lives in {@code bundles/<name>}).
 * The genmodel is created from the .ecore when missing, otherwise loaded, reconciled with the
 * .ecore and saved. Only model code is generated; it is written into a staging copy of the
 * bundle and then {@code src-gen/} replaces the bundle's {@code src-gen/} entirely, so classes
 * removed from the .ecore disappear and no MANIFEST.MF, plugin.xml or build.properties of the
 * bundle is touched (the build owns those).
 */
public final class GenerateModel {

    private static final String MODEL_DIR = "src-gen";

    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateModel <repo-root> <bundle-name>");
        }
        Path bundle = Path.of(args[0]).toAbsolutePath().normalize().resolve("bundles").resolve(args[1]);
        String name = args[1];
        Path ecore = bundle.resolve("model").resolve("mmlens.ecore");
        Path genmodel = bundle.resolve("model").resolve("mmlens.genmodel");
        if (!Files.isRegularFile(ecore)) {
            throw new IllegalArgumentException("missing " + ecore + "");
        }

        Path staging = Files.createTempDirectory("mmlens-codegen");
        try {
            Files.createDirectories(staging.resolve("model"));
            Files.copy(ecore, staging.resolve("model/mmlens.ecore"));
            if (Files.isRegularFile(genmodel)) {
                Files.copy(genmodel, staging.resolve("model/mmlens.genmodel"));
            }
            generate(name, staging);
            Files.copy(staging.resolve("model/mmlens.genmodel"), genmodel, StandardCopyOption.REPLACE_EXISTING);
            deleteTree(bundle.resolve(MODEL_DIR));
            copyTree(staging.resolve(MODEL_DIR), bundle.resolve(MODEL_DIR));
            System.out.println("regenerated " + bundle.resolve(MODEL_DIR));
        } finally {
            deleteTree(staging);
        }
    }

    private static void generate(String bundleName, Path staging) throws IOException {
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        // Without this descriptor the generator silently produces nothing.
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        // "/mmlens.model/..." platform paths in the genmodel resolve to the staging copy.
        EcorePlugin.getPlatformResourceMap().put(bundleName, URI.createFileURI(staging.toString() + "/"));

        ResourceSet rs = new ResourceSetImpl();
        URI ecoreUri = URI.createPlatformResourceURI("/" + bundleName + "/model/mmlens.ecore", true);
        URI genUri = URI.createPlatformResourceURI("/" + bundleName + "/model/mmlens.genmodel", true);
        GenModel genModel;
        if (Files.isRegularFile(staging.resolve("model/mmlens.genmodel"))) {
            genModel = (GenModel) rs.getResource(genUri, true).getContents().get(0);
            genModel.reconcile();
        } else {
            EPackage ePackage = (EPackage) rs.getResource(ecoreUri, true).getContents().get(0);
            genModel = GenModelFactory.eINSTANCE.createGenModel();
            rs.createResource(genUri).getContents().add(genModel);
            genModel.initialize(Collections.singleton(ePackage));
            genModel.getForeignModel().add("mmlens.ecore");
        }
        configure(genModel, bundleName);
        genModel.eResource().save(Collections.emptyMap());

        IStatus valid = genModel.validate();
        if (valid.getSeverity() == IStatus.ERROR) {
            throw new IllegalStateException("genmodel invalid: " + valid);
        }
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() != Diagnostic.OK) {
            System.out.println(result);
        }
        if (result.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("generation failed: " + result);
        }
    }

    /** Settings that the generated code depends on; applied on every run so the genmodel cannot drift. */
    private static void configure(GenModel genModel, String bundleName) {
        genModel.setModelName("mmlens");
        genModel.setModelDirectory("/" + bundleName + "/" + MODEL_DIR);
        genModel.setModelPluginID(bundleName);
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        genModel.setImporterID("org.eclipse.emf.importer.ecore");
        genModel.setCopyrightFields(false);
        genModel.setBundleManifest(false);
        genModel.setUpdateClasspath(false);
        genModel.setModelPluginClass(null);
        genModel.setOperationReflection(true);
        for (GenPackage gp : genModel.getGenPackages()) {
            gp.setBasePackage("mmlens");
            gp.setPrefix("Mmlens");
            gp.setDisposableProviderFactory(true);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            s.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
