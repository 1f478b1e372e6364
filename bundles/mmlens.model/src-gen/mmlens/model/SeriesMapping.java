/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Series Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The mapping of a whole series: coverage, the knob values in force after each patch (later patches override earlier ones) and the baseline they are measured against. Attached to the series.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.SeriesMapping#getHunks <em>Hunks</em>}</li>
 *   <li>{@link mmlens.model.SeriesMapping#getMapped <em>Mapped</em>}</li>
 *   <li>{@link mmlens.model.SeriesMapping#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link mmlens.model.SeriesMapping#getSettings <em>Settings</em>}</li>
 *   <li>{@link mmlens.model.SeriesMapping#getNamedIdentifiers <em>Named Identifiers</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getSeriesMapping()
 * @model
 * @generated
 */
public interface SeriesMapping extends Annotation {
	/**
	 * Returns the value of the '<em><b>Hunks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of hunks in the series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hunks</em>' attribute.
	 * @see #setHunks(int)
	 * @see mmlens.model.MmlensPackage#getSeriesMapping_Hunks()
	 * @model
	 * @generated
	 */
	int getHunks();

	/**
	 * Sets the value of the '{@link mmlens.model.SeriesMapping#getHunks <em>Hunks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hunks</em>' attribute.
	 * @see #getHunks()
	 * @generated
	 */
	void setHunks(int value);

	/**
	 * Returns the value of the '<em><b>Mapped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hunks with at least one mechanism.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mapped</em>' attribute.
	 * @see #setMapped(int)
	 * @see mmlens.model.MmlensPackage#getSeriesMapping_Mapped()
	 * @model
	 * @generated
	 */
	int getMapped();

	/**
	 * Sets the value of the '{@link mmlens.model.SeriesMapping#getMapped <em>Mapped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapped</em>' attribute.
	 * @see #getMapped()
	 * @generated
	 */
	void setMapped(int value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.KnobSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Knobs of the baseline side that differ from mainline 6.18 (when patches are already merged, their - side).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getSeriesMapping_Baseline()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnobSetting> getBaseline();

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.KnobSetting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Knobs of the patched side that differ from the baseline, each with the patch that set it last.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Settings</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getSeriesMapping_Settings()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnobSetting> getSettings();

	/**
	 * Returns the value of the '<em><b>Named Identifiers</b></em>' containment reference list.
	 * The list contents are of type {@link mmlens.model.NamedIdentifier}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kernel identifiers the prose names (cover letter, review comments) without a diff: named in the text, not in a diff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Named Identifiers</em>' containment reference list.
	 * @see mmlens.model.MmlensPackage#getSeriesMapping_NamedIdentifiers()
	 * @model containment="true"
	 * @generated
	 */
	EList<NamedIdentifier> getNamedIdentifiers();

} // SeriesMapping
