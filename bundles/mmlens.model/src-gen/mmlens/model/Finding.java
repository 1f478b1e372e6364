/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A correctness problem seen on the patched side and not on the baseline, with the trace that shows it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Finding#getId <em>Id</em>}</li>
 *   <li>{@link mmlens.model.Finding#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link mmlens.model.Finding#getMessage <em>Message</em>}</li>
 *   <li>{@link mmlens.model.Finding#getScenario <em>Scenario</em>}</li>
 *   <li>{@link mmlens.model.Finding#getSeed <em>Seed</em>}</li>
 *   <li>{@link mmlens.model.Finding#getTrace <em>Trace</em>}</li>
 *   <li>{@link mmlens.model.Finding#getHunks <em>Hunks</em>}</li>
 *   <li>{@link mmlens.model.Finding#getPatches <em>Patches</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends Annotation {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see mmlens.model.MmlensPackage#getFinding_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link mmlens.model.Finding#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. stale-tlb, freed-while-mapped, invariant, folio-split, sensitive-exposed, oom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see mmlens.model.MmlensPackage#getFinding_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link mmlens.model.Finding#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link mmlens.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see mmlens.model.Severity
	 * @see #setSeverity(Severity)
	 * @see mmlens.model.MmlensPackage#getFinding_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link mmlens.model.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see mmlens.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see mmlens.model.MmlensPackage#getFinding_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link mmlens.model.Finding#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenario</em>' attribute.
	 * @see #setScenario(String)
	 * @see mmlens.model.MmlensPackage#getFinding_Scenario()
	 * @model
	 * @generated
	 */
	String getScenario();

	/**
	 * Sets the value of the '{@link mmlens.model.Finding#getScenario <em>Scenario</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scenario</em>' attribute.
	 * @see #getScenario()
	 * @generated
	 */
	void setScenario(String value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see mmlens.model.MmlensPackage#getFinding_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link mmlens.model.Finding#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Trace</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimal event trace, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trace</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getFinding_Trace()
	 * @model
	 * @generated
	 */
	EList<String> getTrace();

	/**
	 * Returns the value of the '<em><b>Hunks</b></em>' reference list.
	 * The list contents are of type {@link mmlens.model.Hunk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hunks</em>' reference list.
	 * @see mmlens.model.MmlensPackage#getFinding_Hunks()
	 * @model
	 * @generated
	 */
	EList<Hunk> getHunks();

	/**
	 * Returns the value of the '<em><b>Patches</b></em>' reference list.
	 * The list contents are of type {@link mmlens.model.Patch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patches</em>' reference list.
	 * @see mmlens.model.MmlensPackage#getFinding_Patches()
	 * @model
	 * @generated
	 */
	EList<Patch> getPatches();

} // Finding
