/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Named Identifier</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kernel identifier found in prose (functions, flags, migratetypes, config options), with its mechanism; never a mapping.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.NamedIdentifier#getName <em>Name</em>}</li>
 *   <li>{@link mmlens.model.NamedIdentifier#getKind <em>Kind</em>}</li>
 *   <li>{@link mmlens.model.NamedIdentifier#getMechanism <em>Mechanism</em>}</li>
 *   <li>{@link mmlens.model.NamedIdentifier#getWhere <em>Where</em>}</li>
 *   <li>{@link mmlens.model.NamedIdentifier#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link mmlens.model.NamedIdentifier#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getNamedIdentifier()
 * @model
 * @generated
 */
public interface NamedIdentifier extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see mmlens.model.MmlensPackage#getNamedIdentifier_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link mmlens.model.NamedIdentifier#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * function, macro, enum, field, sysctl or kconfig, from the symbol catalog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see mmlens.model.MmlensPackage#getNamedIdentifier_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link mmlens.model.NamedIdentifier#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Mechanism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mechanism</em>' attribute.
	 * @see #setMechanism(String)
	 * @see mmlens.model.MmlensPackage#getNamedIdentifier_Mechanism()
	 * @model
	 * @generated
	 */
	String getMechanism();

	/**
	 * Sets the value of the '{@link mmlens.model.NamedIdentifier#getMechanism <em>Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mechanism</em>' attribute.
	 * @see #getMechanism()
	 * @generated
	 */
	void setMechanism(String value);

	/**
	 * Returns the value of the '<em><b>Where</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * cover letter, patch message or review comment, with the author when known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Where</em>' attribute.
	 * @see #setWhere(String)
	 * @see mmlens.model.MmlensPackage#getNamedIdentifier_Where()
	 * @model
	 * @generated
	 */
	String getWhere();

	/**
	 * Sets the value of the '{@link mmlens.model.NamedIdentifier#getWhere <em>Where</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Where</em>' attribute.
	 * @see #getWhere()
	 * @generated
	 */
	void setWhere(String value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see mmlens.model.MmlensPackage#getNamedIdentifier_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link mmlens.model.NamedIdentifier#getSourceFile <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source File</em>' attribute.
	 * @see #getSourceFile()
	 * @generated
	 */
	void setSourceFile(String value);

	/**
	 * Returns the value of the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see mmlens.model.MmlensPackage#getNamedIdentifier_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link mmlens.model.NamedIdentifier#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

} // NamedIdentifier
