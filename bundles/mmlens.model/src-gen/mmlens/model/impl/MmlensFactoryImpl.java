/**
 */
package mmlens.model.impl;

import mmlens.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class MmlensFactoryImpl extends EFactoryImpl implements MmlensFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static MmlensFactory init() {
		try {
			MmlensFactory theMmlensFactory = (MmlensFactory)EPackage.Registry.INSTANCE.getEFactory(MmlensPackage.eNS_URI);
			if (theMmlensFactory != null) {
				return theMmlensFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new MmlensFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MmlensFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case MmlensPackage.PATCH_SERIES: return createPatchSeries();
			case MmlensPackage.COVER_LETTER: return createCoverLetter();
			case MmlensPackage.PATCH: return createPatch();
			case MmlensPackage.TRAILER: return createTrailer();
			case MmlensPackage.DIFF_STAT_ENTRY: return createDiffStatEntry();
			case MmlensPackage.FILE_DIFF: return createFileDiff();
			case MmlensPackage.HUNK: return createHunk();
			case MmlensPackage.LINE: return createLine();
			case MmlensPackage.REVIEW_COMMENT: return createReviewComment();
			case MmlensPackage.DIAGNOSTIC: return createDiagnostic();
			case MmlensPackage.HUNK_MAPPING: return createHunkMapping();
			case MmlensPackage.KNOB_CHANGE: return createKnobChange();
			case MmlensPackage.SERIES_MAPPING: return createSeriesMapping();
			case MmlensPackage.KNOB_SETTING: return createKnobSetting();
			case MmlensPackage.NAMED_IDENTIFIER: return createNamedIdentifier();
			case MmlensPackage.IMPACT_RESULT: return createImpactResult();
			case MmlensPackage.EFFECT: return createEffect();
			case MmlensPackage.FINDING: return createFinding();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case MmlensPackage.PATCH_ORIGIN:
				return createPatchOriginFromString(eDataType, initialValue);
			case MmlensPackage.CHANGE_KIND:
				return createChangeKindFromString(eDataType, initialValue);
			case MmlensPackage.LINE_KIND:
				return createLineKindFromString(eDataType, initialValue);
			case MmlensPackage.SEVERITY:
				return createSeverityFromString(eDataType, initialValue);
			case MmlensPackage.VERDICT:
				return createVerdictFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case MmlensPackage.PATCH_ORIGIN:
				return convertPatchOriginToString(eDataType, instanceValue);
			case MmlensPackage.CHANGE_KIND:
				return convertChangeKindToString(eDataType, instanceValue);
			case MmlensPackage.LINE_KIND:
				return convertLineKindToString(eDataType, instanceValue);
			case MmlensPackage.SEVERITY:
				return convertSeverityToString(eDataType, instanceValue);
			case MmlensPackage.VERDICT:
				return convertVerdictToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PatchSeries createPatchSeries() {
		PatchSeriesImpl patchSeries = new PatchSeriesImpl();
		return patchSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CoverLetter createCoverLetter() {
		CoverLetterImpl coverLetter = new CoverLetterImpl();
		return coverLetter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patch createPatch() {
		PatchImpl patch = new PatchImpl();
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trailer createTrailer() {
		TrailerImpl trailer = new TrailerImpl();
		return trailer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiffStatEntry createDiffStatEntry() {
		DiffStatEntryImpl diffStatEntry = new DiffStatEntryImpl();
		return diffStatEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileDiff createFileDiff() {
		FileDiffImpl fileDiff = new FileDiffImpl();
		return fileDiff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hunk createHunk() {
		HunkImpl hunk = new HunkImpl();
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Line createLine() {
		LineImpl line = new LineImpl();
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewComment createReviewComment() {
		ReviewCommentImpl reviewComment = new ReviewCommentImpl();
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnostic createDiagnostic() {
		DiagnosticImpl diagnostic = new DiagnosticImpl();
		return diagnostic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HunkMapping createHunkMapping() {
		HunkMappingImpl hunkMapping = new HunkMappingImpl();
		return hunkMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnobChange createKnobChange() {
		KnobChangeImpl knobChange = new KnobChangeImpl();
		return knobChange;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SeriesMapping createSeriesMapping() {
		SeriesMappingImpl seriesMapping = new SeriesMappingImpl();
		return seriesMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnobSetting createKnobSetting() {
		KnobSettingImpl knobSetting = new KnobSettingImpl();
		return knobSetting;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NamedIdentifier createNamedIdentifier() {
		NamedIdentifierImpl namedIdentifier = new NamedIdentifierImpl();
		return namedIdentifier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImpactResult createImpactResult() {
		ImpactResultImpl impactResult = new ImpactResultImpl();
		return impactResult;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Effect createEffect() {
		EffectImpl effect = new EffectImpl();
		return effect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PatchOrigin createPatchOriginFromString(EDataType eDataType, String initialValue) {
		PatchOrigin result = PatchOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPatchOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChangeKind createChangeKindFromString(EDataType eDataType, String initialValue) {
		ChangeKind result = ChangeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChangeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LineKind createLineKindFromString(EDataType eDataType, String initialValue) {
		LineKind result = LineKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLineKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Severity createSeverityFromString(EDataType eDataType, String initialValue) {
		Severity result = Severity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Verdict createVerdictFromString(EDataType eDataType, String initialValue) {
		Verdict result = Verdict.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVerdictToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MmlensPackage getMmlensPackage() {
		return (MmlensPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static MmlensPackage getPackage() {
		return MmlensPackage.eINSTANCE;
	}

} //MmlensFactoryImpl
