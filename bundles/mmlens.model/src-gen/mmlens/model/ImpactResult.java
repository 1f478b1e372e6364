/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Impact Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One impact check (mmlens check): baseline against the patched engine over seeded scenario suites. Attached to the series.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.ImpactResult#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link mmlens.model.ImpactResult#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link mmlens.model.ImpactResult#getSuites <em>Suites</em>}</li>
 *   <li>{@link mmlens.model.ImpactResult#getNotes <em>Notes</em>}</li>
 *   <li>{@link mmlens.model.ImpactResult#getEffects <em>Effects</em>}</li>
 *   <li>{@link mmlens.model.ImpactResult#getFindings <em>Findings</em>}</li>
 *   <li>{@link mmlens.model.ImpactResult#getFixedFindings <em>Fixed Findings</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getImpactResult()
 * @model
 * @generated
 */
public interface ImpactResult extends Annotation {
	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see mmlens.model.MmlensPackage#getImpactResult_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link mmlens.model.ImpactResult#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seeds per scenario and side (seeds 1..N, the same on both sides).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seeds</em>' attribute.
	 * @see #setSeeds(int)
	 * @see mmlens.model.MmlensPackage#getImpactResult_Seeds()
	 * @model
	 * @generated
	 */
	int getSeeds();

	/**
	 * Sets the value of the '{@link mmlens.model.ImpactResult#getSeeds <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seeds</em>' attribute.
	 * @see #getSeeds()
	 * @generated
	 */
	void setSeeds(int value);

	/**
	 * Returns the value of the '<em><b>Suites</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suites</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getImpactResult_Suites()
	 * @model
	 * @generated
	 */
	EList<String> getSuites();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the check could not do: nothing to simulate, steps the engine cannot run, and why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getImpactResult_Notes()
	 * @model
	 * @generated
	 */
	EList<String> getNotes();

	/**
	 * Returns the value of the '<em><b>Effects</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Effect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effects</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getImpactResult_Effects()
	 * @model containment="true"
	 * @generated
	 */
	EList<Effect> getEffects();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getImpactResult_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Fixed Findings</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Correctness problems the baseline shows and no seed shows after the step that fixes them (the series fixes them), with the baseline's trace; their step is that step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fixed Findings</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getImpactResult_FixedFindings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFixedFindings();

} // ImpactResult
