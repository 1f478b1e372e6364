/**
 */
package mmlens.model.impl;

import java.util.Collection;

import mmlens.model.Message;
import mmlens.model.MmlensPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Message</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.MessageImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getRawSubject <em>Raw Subject</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getDate <em>Date</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getInReplyTo <em>In Reply To</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getReferences <em>References</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link mmlens.model.impl.MessageImpl#getSourceLine <em>Source Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class MessageImpl extends AnnotatableImpl implements Message {
	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRawSubject() <em>Raw Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String RAW_SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRawSubject() <em>Raw Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRawSubject()
	 * @generated
	 * @ordered
	 */
	protected String rawSubject = RAW_SUBJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected String date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessageId() <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessageId()
	 * @generated
	 * @ordered
	 */
	protected String messageId = MESSAGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getInReplyTo() <em>In Reply To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInReplyTo()
	 * @generated
	 * @ordered
	 */
	protected static final String IN_REPLY_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInReplyTo() <em>In Reply To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInReplyTo()
	 * @generated
	 * @ordered
	 */
	protected String inReplyTo = IN_REPLY_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> references;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The default value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_FILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceFile() <em>Source File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFile()
	 * @generated
	 * @ordered
	 */
	protected String sourceFile = SOURCE_FILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected static final int SOURCE_LINE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSourceLine() <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceLine()
	 * @generated
	 * @ordered
	 */
	protected int sourceLine = SOURCE_LINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MessageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.MESSAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__SUBJECT, oldSubject, subject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRawSubject() {
		return rawSubject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRawSubject(String newRawSubject) {
		String oldRawSubject = rawSubject;
		rawSubject = newRawSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__RAW_SUBJECT, oldRawSubject, rawSubject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(String newDate) {
		String oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessageId() {
		return messageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessageId(String newMessageId) {
		String oldMessageId = messageId;
		messageId = newMessageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__MESSAGE_ID, oldMessageId, messageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInReplyTo() {
		return inReplyTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInReplyTo(String newInReplyTo) {
		String oldInReplyTo = inReplyTo;
		inReplyTo = newInReplyTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__IN_REPLY_TO, oldInReplyTo, inReplyTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReferences() {
		if (references == null) {
			references = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.MESSAGE__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeUniqueEList<String>(String.class, this, MmlensPackage.MESSAGE__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceFile() {
		return sourceFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFile(String newSourceFile) {
		String oldSourceFile = sourceFile;
		sourceFile = newSourceFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__SOURCE_FILE, oldSourceFile, sourceFile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSourceLine() {
		return sourceLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceLine(int newSourceLine) {
		int oldSourceLine = sourceLine;
		sourceLine = newSourceLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.MESSAGE__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.MESSAGE__SUBJECT:
				return getSubject();
			case MmlensPackage.MESSAGE__RAW_SUBJECT:
				return getRawSubject();
			case MmlensPackage.MESSAGE__AUTHOR:
				return getAuthor();
			case MmlensPackage.MESSAGE__DATE:
				return getDate();
			case MmlensPackage.MESSAGE__MESSAGE_ID:
				return getMessageId();
			case MmlensPackage.MESSAGE__IN_REPLY_TO:
				return getInReplyTo();
			case MmlensPackage.MESSAGE__REFERENCES:
				return getReferences();
			case MmlensPackage.MESSAGE__TAGS:
				return getTags();
			case MmlensPackage.MESSAGE__SOURCE_FILE:
				return getSourceFile();
			case MmlensPackage.MESSAGE__SOURCE_LINE:
				return getSourceLine();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MmlensPackage.MESSAGE__SUBJECT:
				setSubject((String)newValue);
				return;
			case MmlensPackage.MESSAGE__RAW_SUBJECT:
				setRawSubject((String)newValue);
				return;
			case MmlensPackage.MESSAGE__AUTHOR:
				setAuthor((String)newValue);
				return;
			case MmlensPackage.MESSAGE__DATE:
				setDate((String)newValue);
				return;
			case MmlensPackage.MESSAGE__MESSAGE_ID:
				setMessageId((String)newValue);
				return;
			case MmlensPackage.MESSAGE__IN_REPLY_TO:
				setInReplyTo((String)newValue);
				return;
			case MmlensPackage.MESSAGE__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.MESSAGE__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case MmlensPackage.MESSAGE__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case MmlensPackage.MESSAGE__SOURCE_LINE:
				setSourceLine((Integer)newValue);
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
			case MmlensPackage.MESSAGE__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case MmlensPackage.MESSAGE__RAW_SUBJECT:
				setRawSubject(RAW_SUBJECT_EDEFAULT);
				return;
			case MmlensPackage.MESSAGE__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case MmlensPackage.MESSAGE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case MmlensPackage.MESSAGE__MESSAGE_ID:
				setMessageId(MESSAGE_ID_EDEFAULT);
				return;
			case MmlensPackage.MESSAGE__IN_REPLY_TO:
				setInReplyTo(IN_REPLY_TO_EDEFAULT);
				return;
			case MmlensPackage.MESSAGE__REFERENCES:
				getReferences().clear();
				return;
			case MmlensPackage.MESSAGE__TAGS:
				getTags().clear();
				return;
			case MmlensPackage.MESSAGE__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case MmlensPackage.MESSAGE__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
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
			case MmlensPackage.MESSAGE__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case MmlensPackage.MESSAGE__RAW_SUBJECT:
				return RAW_SUBJECT_EDEFAULT == null ? rawSubject != null : !RAW_SUBJECT_EDEFAULT.equals(rawSubject);
			case MmlensPackage.MESSAGE__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case MmlensPackage.MESSAGE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case MmlensPackage.MESSAGE__MESSAGE_ID:
				return MESSAGE_ID_EDEFAULT == null ? messageId != null : !MESSAGE_ID_EDEFAULT.equals(messageId);
			case MmlensPackage.MESSAGE__IN_REPLY_TO:
				return IN_REPLY_TO_EDEFAULT == null ? inReplyTo != null : !IN_REPLY_TO_EDEFAULT.equals(inReplyTo);
			case MmlensPackage.MESSAGE__REFERENCES:
				return references != null && !references.isEmpty();
			case MmlensPackage.MESSAGE__TAGS:
				return tags != null && !tags.isEmpty();
			case MmlensPackage.MESSAGE__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case MmlensPackage.MESSAGE__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
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
		result.append(" (subject: ");
		result.append(subject);
		result.append(", rawSubject: ");
		result.append(rawSubject);
		result.append(", author: ");
		result.append(author);
		result.append(", date: ");
		result.append(date);
		result.append(", messageId: ");
		result.append(messageId);
		result.append(", inReplyTo: ");
		result.append(inReplyTo);
		result.append(", references: ");
		result.append(references);
		result.append(", tags: ");
		result.append(tags);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //MessageImpl
