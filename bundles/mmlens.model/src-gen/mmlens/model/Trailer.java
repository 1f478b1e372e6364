/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trailer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Key: value trailer of a patch: one of the patch mail's own (replyMessageId null), or a follow-up trailer that a reply to the patch or to the cover letter carried, collected by b4's rules.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.Trailer#getKey <em>Key</em>}</li>
 *   <li>{@link mmlens.model.Trailer#getValue <em>Value</em>}</li>
 *   <li>{@link mmlens.model.Trailer#getReplyMessageId <em>Reply Message Id</em>}</li>
 *   <li>{@link mmlens.model.Trailer#getReplyAuthor <em>Reply Author</em>}</li>
 *   <li>{@link mmlens.model.Trailer#isViaCover <em>Via Cover</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getTrailer()
 * @model
 * @generated
 */
public interface Trailer extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see mmlens.model.MmlensPackage#getTrailer_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link mmlens.model.Trailer#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see mmlens.model.MmlensPackage#getTrailer_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link mmlens.model.Trailer#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Reply Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Message-ID (without angle brackets) of the reply the trailer came from; null for a trailer of the patch mail itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reply Message Id</em>' attribute.
	 * @see #setReplyMessageId(String)
	 * @see mmlens.model.MmlensPackage#getTrailer_ReplyMessageId()
	 * @model
	 * @generated
	 */
	String getReplyMessageId();

	/**
	 * Sets the value of the '{@link mmlens.model.Trailer#getReplyMessageId <em>Reply Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply Message Id</em>' attribute.
	 * @see #getReplyMessageId()
	 * @generated
	 */
	void setReplyMessageId(String value);

	/**
	 * Returns the value of the '<em><b>Reply Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decoded From: of that reply; null for a trailer of the patch mail itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reply Author</em>' attribute.
	 * @see #setReplyAuthor(String)
	 * @see mmlens.model.MmlensPackage#getTrailer_ReplyAuthor()
	 * @model
	 * @generated
	 */
	String getReplyAuthor();

	/**
	 * Sets the value of the '{@link mmlens.model.Trailer#getReplyAuthor <em>Reply Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reply Author</em>' attribute.
	 * @see #getReplyAuthor()
	 * @generated
	 */
	void setReplyAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Via Cover</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reply answered the cover letter (directly or through other replies), so the trailer applies to every patch of the series.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Via Cover</em>' attribute.
	 * @see #setViaCover(boolean)
	 * @see mmlens.model.MmlensPackage#getTrailer_ViaCover()
	 * @model
	 * @generated
	 */
	boolean isViaCover();

	/**
	 * Sets the value of the '{@link mmlens.model.Trailer#isViaCover <em>Via Cover</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Via Cover</em>' attribute.
	 * @see #isViaCover()
	 * @generated
	 */
	void setViaCover(boolean value);

} // Trailer
