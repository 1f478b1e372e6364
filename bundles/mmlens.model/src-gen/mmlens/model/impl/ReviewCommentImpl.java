/**
 */
package mmlens.model.impl;

import mmlens.model.FileDiff;
import mmlens.model.Hunk;
import mmlens.model.Line;
import mmlens.model.MmlensPackage;
import mmlens.model.Patch;
import mmlens.model.ReviewComment;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review Comment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getText <em>Text</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getQuote <em>Quote</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getQuoteDepth <em>Quote Depth</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getPatch <em>Patch</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getFile <em>File</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getHunk <em>Hunk</em>}</li>
 *   <li>{@link mmlens.model.impl.ReviewCommentImpl#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewCommentImpl extends AnnotatableImpl implements ReviewComment {
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
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuote() <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuote()
	 * @generated
	 * @ordered
	 */
	protected String quote = QUOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuoteDepth() <em>Quote Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuoteDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int QUOTE_DEPTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQuoteDepth() <em>Quote Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuoteDepth()
	 * @generated
	 * @ordered
	 */
	protected int quoteDepth = QUOTE_DEPTH_EDEFAULT;

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
	 * The cached value of the '{@link #getPatch() <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatch()
	 * @generated
	 * @ordered
	 */
	protected Patch patch;

	/**
	 * The cached value of the '{@link #getFile() <em>File</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFile()
	 * @generated
	 * @ordered
	 */
	protected FileDiff file;

	/**
	 * The cached value of the '{@link #getHunk() <em>Hunk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHunk()
	 * @generated
	 * @ordered
	 */
	protected Hunk hunk;

	/**
	 * The cached value of the '{@link #getLine() <em>Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLine()
	 * @generated
	 * @ordered
	 */
	protected Line line;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewCommentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MmlensPackage.Literals.REVIEW_COMMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuote() {
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuote(String newQuote) {
		String oldQuote = quote;
		quote = newQuote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__QUOTE, oldQuote, quote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQuoteDepth() {
		return quoteDepth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuoteDepth(int newQuoteDepth) {
		int oldQuoteDepth = quoteDepth;
		quoteDepth = newQuoteDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__QUOTE_DEPTH, oldQuoteDepth, quoteDepth));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__MESSAGE_ID, oldMessageId, messageId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__SOURCE_FILE, oldSourceFile, sourceFile));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__SOURCE_LINE, oldSourceLine, sourceLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patch getPatch() {
		if (patch != null && patch.eIsProxy()) {
			InternalEObject oldPatch = (InternalEObject)patch;
			patch = (Patch)eResolveProxy(oldPatch);
			if (patch != oldPatch) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmlensPackage.REVIEW_COMMENT__PATCH, oldPatch, patch));
			}
		}
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Patch basicGetPatch() {
		return patch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatch(Patch newPatch) {
		Patch oldPatch = patch;
		patch = newPatch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__PATCH, oldPatch, patch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FileDiff getFile() {
		if (file != null && file.eIsProxy()) {
			InternalEObject oldFile = (InternalEObject)file;
			file = (FileDiff)eResolveProxy(oldFile);
			if (file != oldFile) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmlensPackage.REVIEW_COMMENT__FILE, oldFile, file));
			}
		}
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FileDiff basicGetFile() {
		return file;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFile(FileDiff newFile) {
		FileDiff oldFile = file;
		file = newFile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__FILE, oldFile, file));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hunk getHunk() {
		if (hunk != null && hunk.eIsProxy()) {
			InternalEObject oldHunk = (InternalEObject)hunk;
			hunk = (Hunk)eResolveProxy(oldHunk);
			if (hunk != oldHunk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmlensPackage.REVIEW_COMMENT__HUNK, oldHunk, hunk));
			}
		}
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hunk basicGetHunk() {
		return hunk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHunk(Hunk newHunk) {
		Hunk oldHunk = hunk;
		hunk = newHunk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__HUNK, oldHunk, hunk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Line getLine() {
		if (line != null && line.eIsProxy()) {
			InternalEObject oldLine = (InternalEObject)line;
			line = (Line)eResolveProxy(oldLine);
			if (line != oldLine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MmlensPackage.REVIEW_COMMENT__LINE, oldLine, line));
			}
		}
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Line basicGetLine() {
		return line;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLine(Line newLine) {
		Line oldLine = line;
		line = newLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MmlensPackage.REVIEW_COMMENT__LINE, oldLine, line));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MmlensPackage.REVIEW_COMMENT__AUTHOR:
				return getAuthor();
			case MmlensPackage.REVIEW_COMMENT__TEXT:
				return getText();
			case MmlensPackage.REVIEW_COMMENT__QUOTE:
				return getQuote();
			case MmlensPackage.REVIEW_COMMENT__QUOTE_DEPTH:
				return getQuoteDepth();
			case MmlensPackage.REVIEW_COMMENT__MESSAGE_ID:
				return getMessageId();
			case MmlensPackage.REVIEW_COMMENT__SOURCE_FILE:
				return getSourceFile();
			case MmlensPackage.REVIEW_COMMENT__SOURCE_LINE:
				return getSourceLine();
			case MmlensPackage.REVIEW_COMMENT__PATCH:
				if (resolve) return getPatch();
				return basicGetPatch();
			case MmlensPackage.REVIEW_COMMENT__FILE:
				if (resolve) return getFile();
				return basicGetFile();
			case MmlensPackage.REVIEW_COMMENT__HUNK:
				if (resolve) return getHunk();
				return basicGetHunk();
			case MmlensPackage.REVIEW_COMMENT__LINE:
				if (resolve) return getLine();
				return basicGetLine();
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
			case MmlensPackage.REVIEW_COMMENT__AUTHOR:
				setAuthor((String)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__TEXT:
				setText((String)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__QUOTE:
				setQuote((String)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__QUOTE_DEPTH:
				setQuoteDepth((Integer)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__MESSAGE_ID:
				setMessageId((String)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__SOURCE_FILE:
				setSourceFile((String)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__SOURCE_LINE:
				setSourceLine((Integer)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__PATCH:
				setPatch((Patch)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__FILE:
				setFile((FileDiff)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__HUNK:
				setHunk((Hunk)newValue);
				return;
			case MmlensPackage.REVIEW_COMMENT__LINE:
				setLine((Line)newValue);
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
			case MmlensPackage.REVIEW_COMMENT__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case MmlensPackage.REVIEW_COMMENT__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case MmlensPackage.REVIEW_COMMENT__QUOTE:
				setQuote(QUOTE_EDEFAULT);
				return;
			case MmlensPackage.REVIEW_COMMENT__QUOTE_DEPTH:
				setQuoteDepth(QUOTE_DEPTH_EDEFAULT);
				return;
			case MmlensPackage.REVIEW_COMMENT__MESSAGE_ID:
				setMessageId(MESSAGE_ID_EDEFAULT);
				return;
			case MmlensPackage.REVIEW_COMMENT__SOURCE_FILE:
				setSourceFile(SOURCE_FILE_EDEFAULT);
				return;
			case MmlensPackage.REVIEW_COMMENT__SOURCE_LINE:
				setSourceLine(SOURCE_LINE_EDEFAULT);
				return;
			case MmlensPackage.REVIEW_COMMENT__PATCH:
				setPatch((Patch)null);
				return;
			case MmlensPackage.REVIEW_COMMENT__FILE:
				setFile((FileDiff)null);
				return;
			case MmlensPackage.REVIEW_COMMENT__HUNK:
				setHunk((Hunk)null);
				return;
			case MmlensPackage.REVIEW_COMMENT__LINE:
				setLine((Line)null);
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
			case MmlensPackage.REVIEW_COMMENT__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case MmlensPackage.REVIEW_COMMENT__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case MmlensPackage.REVIEW_COMMENT__QUOTE:
				return QUOTE_EDEFAULT == null ? quote != null : !QUOTE_EDEFAULT.equals(quote);
			case MmlensPackage.REVIEW_COMMENT__QUOTE_DEPTH:
				return quoteDepth != QUOTE_DEPTH_EDEFAULT;
			case MmlensPackage.REVIEW_COMMENT__MESSAGE_ID:
				return MESSAGE_ID_EDEFAULT == null ? messageId != null : !MESSAGE_ID_EDEFAULT.equals(messageId);
			case MmlensPackage.REVIEW_COMMENT__SOURCE_FILE:
				return SOURCE_FILE_EDEFAULT == null ? sourceFile != null : !SOURCE_FILE_EDEFAULT.equals(sourceFile);
			case MmlensPackage.REVIEW_COMMENT__SOURCE_LINE:
				return sourceLine != SOURCE_LINE_EDEFAULT;
			case MmlensPackage.REVIEW_COMMENT__PATCH:
				return patch != null;
			case MmlensPackage.REVIEW_COMMENT__FILE:
				return file != null;
			case MmlensPackage.REVIEW_COMMENT__HUNK:
				return hunk != null;
			case MmlensPackage.REVIEW_COMMENT__LINE:
				return line != null;
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
		result.append(" (author: ");
		result.append(author);
		result.append(", text: ");
		result.append(text);
		result.append(", quote: ");
		result.append(quote);
		result.append(", quoteDepth: ");
		result.append(quoteDepth);
		result.append(", messageId: ");
		result.append(messageId);
		result.append(", sourceFile: ");
		result.append(sourceFile);
		result.append(", sourceLine: ");
		result.append(sourceLine);
		result.append(')');
		return result.toString();
	}

} //ReviewCommentImpl
