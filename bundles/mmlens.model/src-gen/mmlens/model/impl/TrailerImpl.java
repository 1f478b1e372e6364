/**
 */
package mmlens.model.impl;

import mmlens.model.MmlensPackage;
import mmlens.model.Trailer;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trailer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.TrailerImpl#getKey <em>Key</em>}</li>
 *   <li>{@link mmlens.model.impl.TrailerImpl#getValue <em>Value</em>}</li>
 *   <li>{@link mmlens.model.impl.TrailerImpl#getReplyMessageId <em>Reply Message Id</em>}</li>
 *   <li>{@link mmlens.model.impl.TrailerImpl#getReplyAuthor <em>Reply Author</em>}</li>
 *   <li>{@link mmlens.model.impl.TrailerImpl#isViaCover <em>Via Cover</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrailerImpl extends EObjectImpl implements Trailer {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplyMessageId() <em>Reply Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyMessageId()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLY_MESSAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplyMessageId() <em>Reply Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyMessageId()
	 * @generated
	 * @ordered
	 */
	protected String replyMessageId = REPLY_MESSAGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplyAuthor() <em>Reply Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String REPLY_AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReplyAuthor() <em>Reply Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplyAuthor()
	 * @generated
	 * @ordered
	 */
	protected String replyAuthor = REPLY_AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isViaCover() <em>Via Cover</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isViaCover()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VIA_COVER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isViaCover() <em>Via Cover</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isViaCover()
	 * @generated
	 * @ordered
	 */
	protected boolean viaCover = VIA_COVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrailerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.TRAILER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.TRAILER__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.TRAILER__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplyMessageId() {
		return replyMessageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplyMessageId(String newReplyMessageId) {
		String oldReplyMessageId = replyMessageId;
		replyMessageId = newReplyMessageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.TRAILER__REPLY_MESSAGE_ID, oldReplyMessageId, replyMessageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReplyAuthor() {
		return replyAuthor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplyAuthor(String newReplyAuthor) {
		String oldReplyAuthor = replyAuthor;
		replyAuthor = newReplyAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.TRAILER__REPLY_AUTHOR, oldReplyAuthor, replyAuthor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isViaCover() {
		return viaCover;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setViaCover(boolean newViaCover) {
		boolean oldViaCover = viaCover;
		viaCover = newViaCover;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.TRAILER__VIA_COVER, oldViaCover, viaCover));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.TRAILER__KEY:
				return getKey();
			case MmlensPackage.TRAILER__VALUE:
				return getValue();
			case MmlensPackage.TRAILER__REPLY_MESSAGE_ID:
				return getReplyMessageId();
			case MmlensPackage.TRAILER__REPLY_AUTHOR:
				return getReplyAuthor();
			case MmlensPackage.TRAILER__VIA_COVER:
				return isViaCover();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmlensPackage.TRAILER__KEY:
				setKey((String)newValue);
				return;
			case MmlensPackage.TRAILER__VALUE:
				setValue((String)newValue);
				return;
			case MmlensPackage.TRAILER__REPLY_MESSAGE_ID:
				setReplyMessageId((String)newValue);
				return;
			case MmlensPackage.TRAILER__REPLY_AUTHOR:
				setReplyAuthor((String)newValue);
				return;
			case MmlensPackage.TRAILER__VIA_COVER:
				setViaCover((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MmlensPackage.TRAILER__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case MmlensPackage.TRAILER__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case MmlensPackage.TRAILER__REPLY_MESSAGE_ID:
				setReplyMessageId(REPLY_MESSAGE_ID_EDEFAULT);
				return;
			case MmlensPackage.TRAILER__REPLY_AUTHOR:
				setReplyAuthor(REPLY_AUTHOR_EDEFAULT);
				return;
			case MmlensPackage.TRAILER__VIA_COVER:
				setViaCover(VIA_COVER_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MmlensPackage.TRAILER__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case MmlensPackage.TRAILER__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case MmlensPackage.TRAILER__REPLY_MESSAGE_ID:
				return REPLY_MESSAGE_ID_EDEFAULT == null ? replyMessageId != null : !REPLY_MESSAGE_ID_EDEFAULT.equals(replyMessageId);
			case MmlensPackage.TRAILER__REPLY_AUTHOR:
				return REPLY_AUTHOR_EDEFAULT == null ? replyAuthor != null : !REPLY_AUTHOR_EDEFAULT.equals(replyAuthor);
			case MmlensPackage.TRAILER__VIA_COVER:
				return viaCover != VIA_COVER_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (key: ");
		result.append(key);
		result.append(", value: ");
		result.append(value);
		result.append(", replyMessageId: ");
		result.append(replyMessageId);
		result.append(", replyAuthor: ");
		result.append(replyAuthor);
		result.append(", viaCover: ");
		result.append(viaCover);
		result.append(')');
		return result.toString();
	}

} //TrailerImpl
