/**
 */
package mmlens.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Comment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Text a reviewer wrote below a quoted part of a patch. The anchor is the last quoted diff line above the text; file, hunk and line are null when the quote held no diff.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link mmlens.model.ReviewComment#getAuthor <em>Author</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getText <em>Text</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getQuote <em>Quote</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getQuoteDepth <em>Quote Depth</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getMessageId <em>Message Id</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getSourceFile <em>Source File</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getSourceLine <em>Source Line</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getPatch <em>Patch</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getFile <em>File</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getHunk <em>Hunk</em>}</li>
 *   <li>{@link mmlens.model.ReviewComment#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see mmlens.model.MmlensPackage#getReviewComment()
 * @model
 * @generated
 */
public interface ReviewComment extends Annotatable {
	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see mmlens.model.MmlensPackage#getReviewComment_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see mmlens.model.MmlensPackage#getReviewComment_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quoted lines directly above the comment (diff or prose), quote markers removed, LF line ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see mmlens.model.MmlensPackage#getReviewComment_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Quote Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of '>' levels in front of the comment text: 0 for the reply's own author, 1 for the mail it answers, and so on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quote Depth</em>' attribute.
	 * @see #setQuoteDepth(int)
	 * @see mmlens.model.MmlensPackage#getReviewComment_QuoteDepth()
	 * @model
	 * @generated
	 */
	int getQuoteDepth();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getQuoteDepth <em>Quote Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote Depth</em>' attribute.
	 * @see #getQuoteDepth()
	 * @generated
	 */
	void setQuoteDepth(int value);

	/**
	 * Returns the value of the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message Id</em>' attribute.
	 * @see #setMessageId(String)
	 * @see mmlens.model.MmlensPackage#getReviewComment_MessageId()
	 * @model
	 * @generated
	 */
	String getMessageId();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getMessageId <em>Message Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Id</em>' attribute.
	 * @see #getMessageId()
	 * @generated
	 */
	void setMessageId(String value);

	/**
	 * Returns the value of the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source File</em>' attribute.
	 * @see #setSourceFile(String)
	 * @see mmlens.model.MmlensPackage#getReviewComment_SourceFile()
	 * @model
	 * @generated
	 */
	String getSourceFile();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getSourceFile <em>Source File</em>}' attribute.
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
	 * @see mmlens.model.MmlensPackage#getReviewComment_SourceLine()
	 * @model
	 * @generated
	 */
	int getSourceLine();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getSourceLine <em>Source Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Line</em>' attribute.
	 * @see #getSourceLine()
	 * @generated
	 */
	void setSourceLine(int value);

	/**
	 * Returns the value of the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patch</em>' reference.
	 * @see #setPatch(Patch)
	 * @see mmlens.model.MmlensPackage#getReviewComment_Patch()
	 * @model
	 * @generated
	 */
	Patch getPatch();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getPatch <em>Patch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patch</em>' reference.
	 * @see #getPatch()
	 * @generated
	 */
	void setPatch(Patch value);

	/**
	 * Returns the value of the '<em><b>File</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>File</em>' reference.
	 * @see #setFile(FileDiff)
	 * @see mmlens.model.MmlensPackage#getReviewComment_File()
	 * @model
	 * @generated
	 */
	FileDiff getFile();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getFile <em>File</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' reference.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(FileDiff value);

	/**
	 * Returns the value of the '<em><b>Hunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hunk</em>' reference.
	 * @see #setHunk(Hunk)
	 * @see mmlens.model.MmlensPackage#getReviewComment_Hunk()
	 * @model
	 * @generated
	 */
	Hunk getHunk();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getHunk <em>Hunk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hunk</em>' reference.
	 * @see #getHunk()
	 * @generated
	 */
	void setHunk(Hunk value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' reference.
	 * @see #setLine(Line)
	 * @see mmlens.model.MmlensPackage#getReviewComment_Line()
	 * @model
	 * @generated
	 */
	Line getLine();

	/**
	 * Sets the value of the '{@link mmlens.model.ReviewComment#getLine <em>Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' reference.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(Line value);

} // ReviewComment
