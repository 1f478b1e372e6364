/**
 */
package mmlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Envelope of one mail (or of one mail-like unit recovered from an archive page or a plain diff).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Message#getSubject <em>Subject</em>}</li>
 *   <li>{@link mmlens.model.Message#getRawSubject <em>Raw Subject</em>}</li>
 *   <li>{@link mmlens.model.Message#getAuthor <em>Author</em>}</li>
 *   <li>{@link mmlens.model.Message#getDate <em>Date</em>}</li>
 *   <li>{@link mmlens.model.Message#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link mmlens.model.Message#getInReplyTo <em>In Reply To</em>}</li>
 *   <li>{@link mmlens.model.Message#getReferences <em>References</em>}</li>
 *   <li>{@link mmlens.model.Message#getTags <em>Tags</em>}</li>
 *   <li>{@link mmlens.model.Message#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link mmlens.model.Message#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getMessage()
 * @model abstract="true"
 * @generated
 */
public interface Message extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subject with the Re:/Fwd: markers and the bracketed prefix removed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see mmlens.model.MmlensPackage#getMessage_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Raw Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raw Subject</em>' attribute.
	 * @see #setRawSubject(String)
	 * @see mmlens.model.MmlensPackage#getMessage_RawSubject()
	 * @model
	 * @generated
	 */
	String getRawSubject();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getRawSubject <em>Raw Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw Subject</em>' attribute.
	 * @see #getRawSubject()
	 * @generated
	 */
	void setRawSubject(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decoded From: as "Name <address>", or just the name when no address is known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see mmlens.model.MmlensPackage#getMessage_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Date: value as written (RFC 5322 text), not normalised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(String)
	 * @see mmlens.model.MmlensPackage#getMessage_Date()
	 * @model
	 * @generated
	 */
	String getDate();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(String value);

	/**
	 * Returns the value of the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Message-ID without angle brackets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Id</em>' attribute.
	 * @see #setMessageId(String)
	 * @see mmlens.model.MmlensPackage#getMessage_MessageId()
	 * @model
	 * @generated
	 */
	String getMessageId();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getMessageId <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Id</em>' attribute.
	 * @see #getMessageId()
	 * @generated
	 */
	void setMessageId(String value);

	/**
	 * Returns the value of the '<em><b>In Reply To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Reply To</em>' attribute.
	 * @see #setInReplyTo(String)
	 * @see mmlens.model.MmlensPackage#getMessage_InReplyTo()
	 * @model
	 * @generated
	 */
	String getInReplyTo();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getInReplyTo <em>In Reply To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Reply To</em>' attribute.
	 * @see #getInReplyTo()
	 * @generated
	 */
	void setInReplyTo(String value);

	/**
	 * Returns the value of the '<em><b>References</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getMessage_References()
	 * @model
	 * @generated
	 */
	EList<String> getReferences();

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free words of the subject prefix other than PATCH, RFC, vN and i/M, e.g. "tip: x86/mm", "net-next", "HACKS".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see mmlens.model.MmlensPackage#getMessage_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see mmlens.model.MmlensPackage#getMessage_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getSourceFile <em>Source File</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * 1-based line of sourceFile where this message starts; 0 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Line</em>' attribute.
	 * @see #setSourceLine(int)
	 * @see mmlens.model.MmlensPackage#getMessage_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link mmlens.model.Message#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

} // Message
