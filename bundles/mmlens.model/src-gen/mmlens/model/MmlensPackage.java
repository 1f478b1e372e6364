/**
 */
package mmlens.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a Linux mm patch series proposes and what reviewers said about it, as recovered from mbox files, single mails, archive pages with quoted replies and plain diffs.
 * <!-- end-model-doc -->
 * @see mmlens.model.MmlensFactory
 * @model kind="package"
 * @generated
 */
public interface MmlensPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://mmlens/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mmlens";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MmlensPackage eINSTANCE = mmlens.model.impl.MmlensPackageImpl.init();

	/**
	 * The meta object id for the '{@link mmlens.model.impl.AnnotatableImpl <em>Annotatable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.AnnotatableImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getAnnotatable()
	 * @generated
	 */
	int ANNOTATABLE = 11;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATABLE__ANNOTATIONS = 0;

	/**
	 * The number of structural features of the '<em>Annotatable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Annotatable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.PatchSeriesImpl <em>Patch Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.PatchSeriesImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getPatchSeries()
	 * @generated
	 */
	int PATCH_SERIES = 0;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__ANNOTATIONS = ANNOTATABLE__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__TITLE = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__VERSION = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rfc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__RFC = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__TOTAL = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Cover Letter</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__COVER_LETTER = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Base Commit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__BASE_COMMIT = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Change Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__CHANGE_ID = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Prerequisite Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__PREREQUISITE_IDS = ANNOTATABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__SOURCES = ANNOTATABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Patches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__PATCHES = ANNOTATABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Diffstat</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__DIFFSTAT = ANNOTATABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Review Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__REVIEW_COMMENTS = ANNOTATABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Diagnostics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES__DIAGNOSTICS = ANNOTATABLE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Patch Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Patch Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_SERIES_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.MessageImpl <em>Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.MessageImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getMessage()
	 * @generated
	 */
	int MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__ANNOTATIONS = ANNOTATABLE__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SUBJECT = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Raw Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__RAW_SUBJECT = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__AUTHOR = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__DATE = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__MESSAGE_ID = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>In Reply To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__IN_REPLY_TO = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__REFERENCES = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__TAGS = ANNOTATABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SOURCE_FILE = ANNOTATABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE__SOURCE_LINE = ANNOTATABLE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MESSAGE_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.CoverLetterImpl <em>Cover Letter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.CoverLetterImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getCoverLetter()
	 * @generated
	 */
	int COVER_LETTER = 2;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__ANNOTATIONS = MESSAGE__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__SUBJECT = MESSAGE__SUBJECT;

	/**
	 * The feature id for the '<em><b>Raw Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__RAW_SUBJECT = MESSAGE__RAW_SUBJECT;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__AUTHOR = MESSAGE__AUTHOR;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__DATE = MESSAGE__DATE;

	/**
	 * The feature id for the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__MESSAGE_ID = MESSAGE__MESSAGE_ID;

	/**
	 * The feature id for the '<em><b>In Reply To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__IN_REPLY_TO = MESSAGE__IN_REPLY_TO;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__REFERENCES = MESSAGE__REFERENCES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__TAGS = MESSAGE__TAGS;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__SOURCE_FILE = MESSAGE__SOURCE_FILE;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__SOURCE_LINE = MESSAGE__SOURCE_LINE;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER__TEXT = MESSAGE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cover Letter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER_FEATURE_COUNT = MESSAGE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cover Letter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COVER_LETTER_OPERATION_COUNT = MESSAGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.PatchImpl <em>Patch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.PatchImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getPatch()
	 * @generated
	 */
	int PATCH = 3;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__ANNOTATIONS = MESSAGE__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__SUBJECT = MESSAGE__SUBJECT;

	/**
	 * The feature id for the '<em><b>Raw Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__RAW_SUBJECT = MESSAGE__RAW_SUBJECT;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__AUTHOR = MESSAGE__AUTHOR;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__DATE = MESSAGE__DATE;

	/**
	 * The feature id for the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__MESSAGE_ID = MESSAGE__MESSAGE_ID;

	/**
	 * The feature id for the '<em><b>In Reply To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__IN_REPLY_TO = MESSAGE__IN_REPLY_TO;

	/**
	 * The feature id for the '<em><b>References</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__REFERENCES = MESSAGE__REFERENCES;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__TAGS = MESSAGE__TAGS;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__SOURCE_FILE = MESSAGE__SOURCE_FILE;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__SOURCE_LINE = MESSAGE__SOURCE_LINE;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__INDEX = MESSAGE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__ORIGIN = MESSAGE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Commit Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__COMMIT_MESSAGE = MESSAGE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trailers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__TRAILERS = MESSAGE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Diffstat</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__DIFFSTAT = MESSAGE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH__FILES = MESSAGE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Patch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_FEATURE_COUNT = MESSAGE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Patch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATCH_OPERATION_COUNT = MESSAGE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.TrailerImpl <em>Trailer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.TrailerImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getTrailer()
	 * @generated
	 */
	int TRAILER = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Reply Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER__REPLY_MESSAGE_ID = 2;

	/**
	 * The feature id for the '<em><b>Reply Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER__REPLY_AUTHOR = 3;

	/**
	 * The feature id for the '<em><b>Via Cover</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER__VIA_COVER = 4;

	/**
	 * The number of structural features of the '<em>Trailer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Trailer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAILER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.DiffStatEntryImpl <em>Diff Stat Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.DiffStatEntryImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getDiffStatEntry()
	 * @generated
	 */
	int DIFF_STAT_ENTRY = 5;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFF_STAT_ENTRY__PATH = 0;

	/**
	 * The feature id for the '<em><b>Changes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFF_STAT_ENTRY__CHANGES = 1;

	/**
	 * The feature id for the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFF_STAT_ENTRY__BINARY = 2;

	/**
	 * The number of structural features of the '<em>Diff Stat Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFF_STAT_ENTRY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Diff Stat Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIFF_STAT_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.FileDiffImpl <em>File Diff</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.FileDiffImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getFileDiff()
	 * @generated
	 */
	int FILE_DIFF = 6;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__ANNOTATIONS = ANNOTATABLE__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Old Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__OLD_PATH = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>New Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__NEW_PATH = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__KIND = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Old Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__OLD_MODE = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>New Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__NEW_MODE = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Old Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__OLD_ID = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>New Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__NEW_ID = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Similarity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__SIMILARITY = ANNOTATABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Binary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__BINARY = ANNOTATABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Partial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__PARTIAL = ANNOTATABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__ADDED = ANNOTATABLE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__REMOVED = ANNOTATABLE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Hunks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF__HUNKS = ANNOTATABLE_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>File Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>File Diff</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_DIFF_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.HunkImpl <em>Hunk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.HunkImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getHunk()
	 * @generated
	 */
	int HUNK = 7;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__ANNOTATIONS = ANNOTATABLE__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Old Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__OLD_START = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Old Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__OLD_COUNT = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>New Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__NEW_START = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>New Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__NEW_COUNT = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__FUNCTION = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__SOURCE_LINE = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK__LINES = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Hunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Hunk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.LineImpl <em>Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.LineImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getLine()
	 * @generated
	 */
	int LINE = 8;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Old Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__OLD_NUMBER = 2;

	/**
	 * The feature id for the '<em><b>New Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__NEW_NUMBER = 3;

	/**
	 * The feature id for the '<em><b>No Newline At End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE__NO_NEWLINE_AT_END = 4;

	/**
	 * The number of structural features of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.ReviewCommentImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getReviewComment()
	 * @generated
	 */
	int REVIEW_COMMENT = 9;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__ANNOTATIONS = ANNOTATABLE__ANNOTATIONS;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__AUTHOR = ANNOTATABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TEXT = ANNOTATABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__QUOTE = ANNOTATABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quote Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__QUOTE_DEPTH = ANNOTATABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Message Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__MESSAGE_ID = ANNOTATABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__SOURCE_FILE = ANNOTATABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__SOURCE_LINE = ANNOTATABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__PATCH = ANNOTATABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>File</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__FILE = ANNOTATABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Hunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__HUNK = ANNOTATABLE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__LINE = ANNOTATABLE_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_FEATURE_COUNT = ANNOTATABLE_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_OPERATION_COUNT = ANNOTATABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.DiagnosticImpl <em>Diagnostic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.DiagnosticImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getDiagnostic()
	 * @generated
	 */
	int DIAGNOSTIC = 10;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__SEVERITY = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__FILE = 1;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__LINE = 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__CODE = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__MESSAGE = 4;

	/**
	 * The number of structural features of the '<em>Diagnostic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Diagnostic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.AnnotationImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 12;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__PRODUCER = 0;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.HunkMappingImpl <em>Hunk Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.HunkMappingImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getHunkMapping()
	 * @generated
	 */
	int HUNK_MAPPING = 13;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Function</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__FUNCTION = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Function Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__FUNCTION_SOURCE = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Mechanisms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__MECHANISMS = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Knob Changes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__KNOB_CHANGES = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__VARIANT = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__EVIDENCE = ANNOTATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__CONFIDENCE = ANNOTATION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Unmodelled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__UNMODELLED = ANNOTATION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Mainline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING__MAINLINE = ANNOTATION_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Hunk Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Hunk Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HUNK_MAPPING_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.KnobChangeImpl <em>Knob Change</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.KnobChangeImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getKnobChange()
	 * @generated
	 */
	int KNOB_CHANGE = 14;

	/**
	 * The feature id for the '<em><b>Knob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE__KNOB = 0;

	/**
	 * The feature id for the '<em><b>Old Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE__OLD_VALUE = 1;

	/**
	 * The feature id for the '<em><b>New Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE__NEW_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE__LINE = 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE__EVIDENCE = 4;

	/**
	 * The feature id for the '<em><b>Variant</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE__VARIANT = 5;

	/**
	 * The number of structural features of the '<em>Knob Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Knob Change</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_CHANGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.SeriesMappingImpl <em>Series Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.SeriesMappingImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getSeriesMapping()
	 * @generated
	 */
	int SERIES_MAPPING = 15;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Hunks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING__HUNKS = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mapped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING__MAPPED = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING__BASELINE = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING__SETTINGS = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Named Identifiers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING__NAMED_IDENTIFIERS = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Series Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Series Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_MAPPING_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.KnobSettingImpl <em>Knob Setting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.KnobSettingImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getKnobSetting()
	 * @generated
	 */
	int KNOB_SETTING = 16;

	/**
	 * The feature id for the '<em><b>Knob</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__KNOB = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Patch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__PATCH = 2;

	/**
	 * The feature id for the '<em><b>Hunk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING__HUNK = 3;

	/**
	 * The number of structural features of the '<em>Knob Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Knob Setting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOB_SETTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.NamedIdentifierImpl <em>Named Identifier</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.NamedIdentifierImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getNamedIdentifier()
	 * @generated
	 */
	int NAMED_IDENTIFIER = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER__KIND = 1;

	/**
	 * The feature id for the '<em><b>Mechanism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER__MECHANISM = 2;

	/**
	 * The feature id for the '<em><b>Where</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER__WHERE = 3;

	/**
	 * The feature id for the '<em><b>Source File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER__SOURCE_FILE = 4;

	/**
	 * The feature id for the '<em><b>Source Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER__SOURCE_LINE = 5;

	/**
	 * The number of structural features of the '<em>Named Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Named Identifier</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_IDENTIFIER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.ImpactResultImpl <em>Impact Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.ImpactResultImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getImpactResult()
	 * @generated
	 */
	int IMPACT_RESULT = 18;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__ENGINE_VERSION = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__SEEDS = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Suites</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__SUITES = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__NOTES = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Effects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__EFFECTS = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__FINDINGS = ANNOTATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Fixed Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT__FIXED_FINDINGS = ANNOTATION_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Impact Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Impact Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPACT_RESULT_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.EffectImpl <em>Effect</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.EffectImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getEffect()
	 * @generated
	 */
	int EFFECT = 19;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__ID = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__METRIC = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__SCENARIO = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Baseline Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__BASELINE_MEAN = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Baseline Ci95</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__BASELINE_CI95 = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Patched Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__PATCHED_MEAN = ANNOTATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Patched Ci95</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__PATCHED_CI95 = ANNOTATION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Change Pct</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__CHANGE_PCT = ANNOTATION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Verdict</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__VERDICT = ANNOTATION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__EXPLANATION = ANNOTATION_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Hunks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__HUNKS = ANNOTATION_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Patches</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT__PATCHES = ANNOTATION_FEATURE_COUNT + 11;

	/**
	 * The number of structural features of the '<em>Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 12;

	/**
	 * The number of operations of the '<em>Effect</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EFFECT_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.impl.FindingImpl
	 * @see mmlens.model.impl.MmlensPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 20;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__PRODUCER = ANNOTATION__PRODUCER;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = ANNOTATION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__KIND = ANNOTATION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = ANNOTATION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = ANNOTATION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scenario</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SCENARIO = ANNOTATION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEED = ANNOTATION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Trace</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__TRACE = ANNOTATION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Hunks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__HUNKS = ANNOTATION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Patches</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__PATCHES = ANNOTATION_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = ANNOTATION_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = ANNOTATION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link mmlens.model.PatchOrigin <em>Patch Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.PatchOrigin
	 * @see mmlens.model.impl.MmlensPackageImpl#getPatchOrigin()
	 * @generated
	 */
	int PATCH_ORIGIN = 21;

	/**
	 * The meta object id for the '{@link mmlens.model.ChangeKind <em>Change Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.ChangeKind
	 * @see mmlens.model.impl.MmlensPackageImpl#getChangeKind()
	 * @generated
	 */
	int CHANGE_KIND = 22;

	/**
	 * The meta object id for the '{@link mmlens.model.LineKind <em>Line Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.LineKind
	 * @see mmlens.model.impl.MmlensPackageImpl#getLineKind()
	 * @generated
	 */
	int LINE_KIND = 23;

	/**
	 * The meta object id for the '{@link mmlens.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.Severity
	 * @see mmlens.model.impl.MmlensPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 24;

	/**
	 * The meta object id for the '{@link mmlens.model.Verdict <em>Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see mmlens.model.Verdict
	 * @see mmlens.model.impl.MmlensPackageImpl#getVerdict()
	 * @generated
	 */
	int VERDICT = 25;


	/**
	 * Returns the meta object for class '{@link mmlens.model.PatchSeries <em>Patch Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patch Series</em>'.
	 * @see mmlens.model.PatchSeries
	 * @generated
	 */
	EClass getPatchSeries();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.PatchSeries#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see mmlens.model.PatchSeries#getTitle()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_Title();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.PatchSeries#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see mmlens.model.PatchSeries#getVersion()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_Version();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.PatchSeries#isRfc <em>Rfc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rfc</em>'.
	 * @see mmlens.model.PatchSeries#isRfc()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_Rfc();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.PatchSeries#getTotal <em>Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total</em>'.
	 * @see mmlens.model.PatchSeries#getTotal()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_Total();

	/**
	 * Returns the meta object for the containment reference '{@link mmlens.model.PatchSeries#getCoverLetter <em>Cover Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cover Letter</em>'.
	 * @see mmlens.model.PatchSeries#getCoverLetter()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_CoverLetter();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.PatchSeries#getBaseCommit <em>Base Commit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Base Commit</em>'.
	 * @see mmlens.model.PatchSeries#getBaseCommit()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_BaseCommit();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.PatchSeries#getChangeId <em>Change Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Id</em>'.
	 * @see mmlens.model.PatchSeries#getChangeId()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_ChangeId();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.PatchSeries#getPrerequisiteIds <em>Prerequisite Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Prerequisite Ids</em>'.
	 * @see mmlens.model.PatchSeries#getPrerequisiteIds()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_PrerequisiteIds();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.PatchSeries#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sources</em>'.
	 * @see mmlens.model.PatchSeries#getSources()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EAttribute getPatchSeries_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.PatchSeries#getPatches <em>Patches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Patches</em>'.
	 * @see mmlens.model.PatchSeries#getPatches()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_Patches();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.PatchSeries#getDiffstat <em>Diffstat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diffstat</em>'.
	 * @see mmlens.model.PatchSeries#getDiffstat()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_Diffstat();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.PatchSeries#getReviewComments <em>Review Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Review Comments</em>'.
	 * @see mmlens.model.PatchSeries#getReviewComments()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_ReviewComments();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.PatchSeries#getDiagnostics <em>Diagnostics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagnostics</em>'.
	 * @see mmlens.model.PatchSeries#getDiagnostics()
	 * @see #getPatchSeries()
	 * @generated
	 */
	EReference getPatchSeries_Diagnostics();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Message <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Message</em>'.
	 * @see mmlens.model.Message
	 * @generated
	 */
	EClass getMessage();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see mmlens.model.Message#getSubject()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Subject();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getRawSubject <em>Raw Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw Subject</em>'.
	 * @see mmlens.model.Message#getRawSubject()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_RawSubject();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see mmlens.model.Message#getAuthor()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Author();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see mmlens.model.Message#getDate()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Date();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getMessageId <em>Message Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Id</em>'.
	 * @see mmlens.model.Message#getMessageId()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_MessageId();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getInReplyTo <em>In Reply To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Reply To</em>'.
	 * @see mmlens.model.Message#getInReplyTo()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_InReplyTo();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.Message#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>References</em>'.
	 * @see mmlens.model.Message#getReferences()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_References();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.Message#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see mmlens.model.Message#getTags()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_Tags();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see mmlens.model.Message#getSourceFile()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Message#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see mmlens.model.Message#getSourceLine()
	 * @see #getMessage()
	 * @generated
	 */
	EAttribute getMessage_SourceLine();

	/**
	 * Returns the meta object for class '{@link mmlens.model.CoverLetter <em>Cover Letter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cover Letter</em>'.
	 * @see mmlens.model.CoverLetter
	 * @generated
	 */
	EClass getCoverLetter();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.CoverLetter#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see mmlens.model.CoverLetter#getText()
	 * @see #getCoverLetter()
	 * @generated
	 */
	EAttribute getCoverLetter_Text();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Patch <em>Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patch</em>'.
	 * @see mmlens.model.Patch
	 * @generated
	 */
	EClass getPatch();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Patch#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see mmlens.model.Patch#getIndex()
	 * @see #getPatch()
	 * @generated
	 */
	EAttribute getPatch_Index();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Patch#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see mmlens.model.Patch#getOrigin()
	 * @see #getPatch()
	 * @generated
	 */
	EAttribute getPatch_Origin();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Patch#getCommitMessage <em>Commit Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Commit Message</em>'.
	 * @see mmlens.model.Patch#getCommitMessage()
	 * @see #getPatch()
	 * @generated
	 */
	EAttribute getPatch_CommitMessage();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.Patch#getTrailers <em>Trailers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trailers</em>'.
	 * @see mmlens.model.Patch#getTrailers()
	 * @see #getPatch()
	 * @generated
	 */
	EReference getPatch_Trailers();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.Patch#getDiffstat <em>Diffstat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diffstat</em>'.
	 * @see mmlens.model.Patch#getDiffstat()
	 * @see #getPatch()
	 * @generated
	 */
	EReference getPatch_Diffstat();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.Patch#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see mmlens.model.Patch#getFiles()
	 * @see #getPatch()
	 * @generated
	 */
	EReference getPatch_Files();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Trailer <em>Trailer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trailer</em>'.
	 * @see mmlens.model.Trailer
	 * @generated
	 */
	EClass getTrailer();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Trailer#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see mmlens.model.Trailer#getKey()
	 * @see #getTrailer()
	 * @generated
	 */
	EAttribute getTrailer_Key();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Trailer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see mmlens.model.Trailer#getValue()
	 * @see #getTrailer()
	 * @generated
	 */
	EAttribute getTrailer_Value();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Trailer#getReplyMessageId <em>Reply Message Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply Message Id</em>'.
	 * @see mmlens.model.Trailer#getReplyMessageId()
	 * @see #getTrailer()
	 * @generated
	 */
	EAttribute getTrailer_ReplyMessageId();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Trailer#getReplyAuthor <em>Reply Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reply Author</em>'.
	 * @see mmlens.model.Trailer#getReplyAuthor()
	 * @see #getTrailer()
	 * @generated
	 */
	EAttribute getTrailer_ReplyAuthor();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Trailer#isViaCover <em>Via Cover</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Via Cover</em>'.
	 * @see mmlens.model.Trailer#isViaCover()
	 * @see #getTrailer()
	 * @generated
	 */
	EAttribute getTrailer_ViaCover();

	/**
	 * Returns the meta object for class '{@link mmlens.model.DiffStatEntry <em>Diff Stat Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diff Stat Entry</em>'.
	 * @see mmlens.model.DiffStatEntry
	 * @generated
	 */
	EClass getDiffStatEntry();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.DiffStatEntry#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see mmlens.model.DiffStatEntry#getPath()
	 * @see #getDiffStatEntry()
	 * @generated
	 */
	EAttribute getDiffStatEntry_Path();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.DiffStatEntry#getChanges <em>Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changes</em>'.
	 * @see mmlens.model.DiffStatEntry#getChanges()
	 * @see #getDiffStatEntry()
	 * @generated
	 */
	EAttribute getDiffStatEntry_Changes();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.DiffStatEntry#isBinary <em>Binary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binary</em>'.
	 * @see mmlens.model.DiffStatEntry#isBinary()
	 * @see #getDiffStatEntry()
	 * @generated
	 */
	EAttribute getDiffStatEntry_Binary();

	/**
	 * Returns the meta object for class '{@link mmlens.model.FileDiff <em>File Diff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File Diff</em>'.
	 * @see mmlens.model.FileDiff
	 * @generated
	 */
	EClass getFileDiff();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getOldPath <em>Old Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Path</em>'.
	 * @see mmlens.model.FileDiff#getOldPath()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_OldPath();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getNewPath <em>New Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Path</em>'.
	 * @see mmlens.model.FileDiff#getNewPath()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_NewPath();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see mmlens.model.FileDiff#getKind()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_Kind();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getOldMode <em>Old Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Mode</em>'.
	 * @see mmlens.model.FileDiff#getOldMode()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_OldMode();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getNewMode <em>New Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Mode</em>'.
	 * @see mmlens.model.FileDiff#getNewMode()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_NewMode();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getOldId <em>Old Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Id</em>'.
	 * @see mmlens.model.FileDiff#getOldId()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_OldId();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getNewId <em>New Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Id</em>'.
	 * @see mmlens.model.FileDiff#getNewId()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_NewId();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getSimilarity <em>Similarity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Similarity</em>'.
	 * @see mmlens.model.FileDiff#getSimilarity()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_Similarity();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#isBinary <em>Binary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Binary</em>'.
	 * @see mmlens.model.FileDiff#isBinary()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_Binary();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#isPartial <em>Partial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partial</em>'.
	 * @see mmlens.model.FileDiff#isPartial()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_Partial();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getAdded <em>Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Added</em>'.
	 * @see mmlens.model.FileDiff#getAdded()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_Added();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.FileDiff#getRemoved <em>Removed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Removed</em>'.
	 * @see mmlens.model.FileDiff#getRemoved()
	 * @see #getFileDiff()
	 * @generated
	 */
	EAttribute getFileDiff_Removed();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.FileDiff#getHunks <em>Hunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hunks</em>'.
	 * @see mmlens.model.FileDiff#getHunks()
	 * @see #getFileDiff()
	 * @generated
	 */
	EReference getFileDiff_Hunks();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Hunk <em>Hunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hunk</em>'.
	 * @see mmlens.model.Hunk
	 * @generated
	 */
	EClass getHunk();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Hunk#getOldStart <em>Old Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Start</em>'.
	 * @see mmlens.model.Hunk#getOldStart()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_OldStart();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Hunk#getOldCount <em>Old Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Count</em>'.
	 * @see mmlens.model.Hunk#getOldCount()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_OldCount();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Hunk#getNewStart <em>New Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Start</em>'.
	 * @see mmlens.model.Hunk#getNewStart()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_NewStart();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Hunk#getNewCount <em>New Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Count</em>'.
	 * @see mmlens.model.Hunk#getNewCount()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_NewCount();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Hunk#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see mmlens.model.Hunk#getFunction()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_Function();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Hunk#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see mmlens.model.Hunk#getSourceLine()
	 * @see #getHunk()
	 * @generated
	 */
	EAttribute getHunk_SourceLine();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.Hunk#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see mmlens.model.Hunk#getLines()
	 * @see #getHunk()
	 * @generated
	 */
	EReference getHunk_Lines();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Line <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Line</em>'.
	 * @see mmlens.model.Line
	 * @generated
	 */
	EClass getLine();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Line#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see mmlens.model.Line#getKind()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_Kind();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Line#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see mmlens.model.Line#getText()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_Text();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Line#getOldNumber <em>Old Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Number</em>'.
	 * @see mmlens.model.Line#getOldNumber()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_OldNumber();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Line#getNewNumber <em>New Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Number</em>'.
	 * @see mmlens.model.Line#getNewNumber()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_NewNumber();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Line#isNoNewlineAtEnd <em>No Newline At End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>No Newline At End</em>'.
	 * @see mmlens.model.Line#isNoNewlineAtEnd()
	 * @see #getLine()
	 * @generated
	 */
	EAttribute getLine_NoNewlineAtEnd();

	/**
	 * Returns the meta object for class '{@link mmlens.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Comment</em>'.
	 * @see mmlens.model.ReviewComment
	 * @generated
	 */
	EClass getReviewComment();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ReviewComment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see mmlens.model.ReviewComment#getAuthor()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ReviewComment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see mmlens.model.ReviewComment#getText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Text();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ReviewComment#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see mmlens.model.ReviewComment#getQuote()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Quote();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ReviewComment#getQuoteDepth <em>Quote Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote Depth</em>'.
	 * @see mmlens.model.ReviewComment#getQuoteDepth()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_QuoteDepth();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ReviewComment#getMessageId <em>Message Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message Id</em>'.
	 * @see mmlens.model.ReviewComment#getMessageId()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_MessageId();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ReviewComment#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see mmlens.model.ReviewComment#getSourceFile()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ReviewComment#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see mmlens.model.ReviewComment#getSourceLine()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_SourceLine();

	/**
	 * Returns the meta object for the reference '{@link mmlens.model.ReviewComment#getPatch <em>Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Patch</em>'.
	 * @see mmlens.model.ReviewComment#getPatch()
	 * @see #getReviewComment()
	 * @generated
	 */
	EReference getReviewComment_Patch();

	/**
	 * Returns the meta object for the reference '{@link mmlens.model.ReviewComment#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>File</em>'.
	 * @see mmlens.model.ReviewComment#getFile()
	 * @see #getReviewComment()
	 * @generated
	 */
	EReference getReviewComment_File();

	/**
	 * Returns the meta object for the reference '{@link mmlens.model.ReviewComment#getHunk <em>Hunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hunk</em>'.
	 * @see mmlens.model.ReviewComment#getHunk()
	 * @see #getReviewComment()
	 * @generated
	 */
	EReference getReviewComment_Hunk();

	/**
	 * Returns the meta object for the reference '{@link mmlens.model.ReviewComment#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line</em>'.
	 * @see mmlens.model.ReviewComment#getLine()
	 * @see #getReviewComment()
	 * @generated
	 */
	EReference getReviewComment_Line();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Diagnostic <em>Diagnostic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnostic</em>'.
	 * @see mmlens.model.Diagnostic
	 * @generated
	 */
	EClass getDiagnostic();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Diagnostic#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see mmlens.model.Diagnostic#getSeverity()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Severity();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Diagnostic#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see mmlens.model.Diagnostic#getFile()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_File();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Diagnostic#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see mmlens.model.Diagnostic#getLine()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Line();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Diagnostic#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see mmlens.model.Diagnostic#getCode()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Code();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Diagnostic#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see mmlens.model.Diagnostic#getMessage()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Message();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Annotatable <em>Annotatable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotatable</em>'.
	 * @see mmlens.model.Annotatable
	 * @generated
	 */
	EClass getAnnotatable();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.Annotatable#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see mmlens.model.Annotatable#getAnnotations()
	 * @see #getAnnotatable()
	 * @generated
	 */
	EReference getAnnotatable_Annotations();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see mmlens.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Annotation#getProducer <em>Producer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Producer</em>'.
	 * @see mmlens.model.Annotation#getProducer()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Producer();

	/**
	 * Returns the meta object for class '{@link mmlens.model.HunkMapping <em>Hunk Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hunk Mapping</em>'.
	 * @see mmlens.model.HunkMapping
	 * @generated
	 */
	EClass getHunkMapping();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.HunkMapping#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function</em>'.
	 * @see mmlens.model.HunkMapping#getFunction()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_Function();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.HunkMapping#getFunctionSource <em>Function Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Function Source</em>'.
	 * @see mmlens.model.HunkMapping#getFunctionSource()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_FunctionSource();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.HunkMapping#getMechanisms <em>Mechanisms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Mechanisms</em>'.
	 * @see mmlens.model.HunkMapping#getMechanisms()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_Mechanisms();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.HunkMapping#getKnobChanges <em>Knob Changes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Knob Changes</em>'.
	 * @see mmlens.model.HunkMapping#getKnobChanges()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EReference getHunkMapping_KnobChanges();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.HunkMapping#getVariant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant</em>'.
	 * @see mmlens.model.HunkMapping#getVariant()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_Variant();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.HunkMapping#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence</em>'.
	 * @see mmlens.model.HunkMapping#getEvidence()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.HunkMapping#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see mmlens.model.HunkMapping#getConfidence()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_Confidence();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.HunkMapping#getUnmodelled <em>Unmodelled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unmodelled</em>'.
	 * @see mmlens.model.HunkMapping#getUnmodelled()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_Unmodelled();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.HunkMapping#getMainline <em>Mainline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mainline</em>'.
	 * @see mmlens.model.HunkMapping#getMainline()
	 * @see #getHunkMapping()
	 * @generated
	 */
	EAttribute getHunkMapping_Mainline();

	/**
	 * Returns the meta object for class '{@link mmlens.model.KnobChange <em>Knob Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knob Change</em>'.
	 * @see mmlens.model.KnobChange
	 * @generated
	 */
	EClass getKnobChange();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobChange#getKnob <em>Knob</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knob</em>'.
	 * @see mmlens.model.KnobChange#getKnob()
	 * @see #getKnobChange()
	 * @generated
	 */
	EAttribute getKnobChange_Knob();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobChange#getOldValue <em>Old Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Old Value</em>'.
	 * @see mmlens.model.KnobChange#getOldValue()
	 * @see #getKnobChange()
	 * @generated
	 */
	EAttribute getKnobChange_OldValue();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobChange#getNewValue <em>New Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Value</em>'.
	 * @see mmlens.model.KnobChange#getNewValue()
	 * @see #getKnobChange()
	 * @generated
	 */
	EAttribute getKnobChange_NewValue();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobChange#getLine <em>Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line</em>'.
	 * @see mmlens.model.KnobChange#getLine()
	 * @see #getKnobChange()
	 * @generated
	 */
	EAttribute getKnobChange_Line();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobChange#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see mmlens.model.KnobChange#getEvidence()
	 * @see #getKnobChange()
	 * @generated
	 */
	EAttribute getKnobChange_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobChange#getVariant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant</em>'.
	 * @see mmlens.model.KnobChange#getVariant()
	 * @see #getKnobChange()
	 * @generated
	 */
	EAttribute getKnobChange_Variant();

	/**
	 * Returns the meta object for class '{@link mmlens.model.SeriesMapping <em>Series Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Series Mapping</em>'.
	 * @see mmlens.model.SeriesMapping
	 * @generated
	 */
	EClass getSeriesMapping();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.SeriesMapping#getHunks <em>Hunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hunks</em>'.
	 * @see mmlens.model.SeriesMapping#getHunks()
	 * @see #getSeriesMapping()
	 * @generated
	 */
	EAttribute getSeriesMapping_Hunks();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.SeriesMapping#getMapped <em>Mapped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mapped</em>'.
	 * @see mmlens.model.SeriesMapping#getMapped()
	 * @see #getSeriesMapping()
	 * @generated
	 */
	EAttribute getSeriesMapping_Mapped();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.SeriesMapping#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baseline</em>'.
	 * @see mmlens.model.SeriesMapping#getBaseline()
	 * @see #getSeriesMapping()
	 * @generated
	 */
	EReference getSeriesMapping_Baseline();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.SeriesMapping#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Settings</em>'.
	 * @see mmlens.model.SeriesMapping#getSettings()
	 * @see #getSeriesMapping()
	 * @generated
	 */
	EReference getSeriesMapping_Settings();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.SeriesMapping#getNamedIdentifiers <em>Named Identifiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Named Identifiers</em>'.
	 * @see mmlens.model.SeriesMapping#getNamedIdentifiers()
	 * @see #getSeriesMapping()
	 * @generated
	 */
	EReference getSeriesMapping_NamedIdentifiers();

	/**
	 * Returns the meta object for class '{@link mmlens.model.KnobSetting <em>Knob Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knob Setting</em>'.
	 * @see mmlens.model.KnobSetting
	 * @generated
	 */
	EClass getKnobSetting();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobSetting#getKnob <em>Knob</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Knob</em>'.
	 * @see mmlens.model.KnobSetting#getKnob()
	 * @see #getKnobSetting()
	 * @generated
	 */
	EAttribute getKnobSetting_Knob();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.KnobSetting#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see mmlens.model.KnobSetting#getValue()
	 * @see #getKnobSetting()
	 * @generated
	 */
	EAttribute getKnobSetting_Value();

	/**
	 * Returns the meta object for the reference '{@link mmlens.model.KnobSetting#getPatch <em>Patch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Patch</em>'.
	 * @see mmlens.model.KnobSetting#getPatch()
	 * @see #getKnobSetting()
	 * @generated
	 */
	EReference getKnobSetting_Patch();

	/**
	 * Returns the meta object for the reference '{@link mmlens.model.KnobSetting#getHunk <em>Hunk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Hunk</em>'.
	 * @see mmlens.model.KnobSetting#getHunk()
	 * @see #getKnobSetting()
	 * @generated
	 */
	EReference getKnobSetting_Hunk();

	/**
	 * Returns the meta object for class '{@link mmlens.model.NamedIdentifier <em>Named Identifier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Identifier</em>'.
	 * @see mmlens.model.NamedIdentifier
	 * @generated
	 */
	EClass getNamedIdentifier();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.NamedIdentifier#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see mmlens.model.NamedIdentifier#getName()
	 * @see #getNamedIdentifier()
	 * @generated
	 */
	EAttribute getNamedIdentifier_Name();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.NamedIdentifier#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see mmlens.model.NamedIdentifier#getKind()
	 * @see #getNamedIdentifier()
	 * @generated
	 */
	EAttribute getNamedIdentifier_Kind();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.NamedIdentifier#getMechanism <em>Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mechanism</em>'.
	 * @see mmlens.model.NamedIdentifier#getMechanism()
	 * @see #getNamedIdentifier()
	 * @generated
	 */
	EAttribute getNamedIdentifier_Mechanism();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.NamedIdentifier#getWhere <em>Where</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Where</em>'.
	 * @see mmlens.model.NamedIdentifier#getWhere()
	 * @see #getNamedIdentifier()
	 * @generated
	 */
	EAttribute getNamedIdentifier_Where();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.NamedIdentifier#getSourceFile <em>Source File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source File</em>'.
	 * @see mmlens.model.NamedIdentifier#getSourceFile()
	 * @see #getNamedIdentifier()
	 * @generated
	 */
	EAttribute getNamedIdentifier_SourceFile();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.NamedIdentifier#getSourceLine <em>Source Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Line</em>'.
	 * @see mmlens.model.NamedIdentifier#getSourceLine()
	 * @see #getNamedIdentifier()
	 * @generated
	 */
	EAttribute getNamedIdentifier_SourceLine();

	/**
	 * Returns the meta object for class '{@link mmlens.model.ImpactResult <em>Impact Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Impact Result</em>'.
	 * @see mmlens.model.ImpactResult
	 * @generated
	 */
	EClass getImpactResult();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ImpactResult#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see mmlens.model.ImpactResult#getEngineVersion()
	 * @see #getImpactResult()
	 * @generated
	 */
	EAttribute getImpactResult_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.ImpactResult#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seeds</em>'.
	 * @see mmlens.model.ImpactResult#getSeeds()
	 * @see #getImpactResult()
	 * @generated
	 */
	EAttribute getImpactResult_Seeds();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.ImpactResult#getSuites <em>Suites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Suites</em>'.
	 * @see mmlens.model.ImpactResult#getSuites()
	 * @see #getImpactResult()
	 * @generated
	 */
	EAttribute getImpactResult_Suites();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.ImpactResult#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Notes</em>'.
	 * @see mmlens.model.ImpactResult#getNotes()
	 * @see #getImpactResult()
	 * @generated
	 */
	EAttribute getImpactResult_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.ImpactResult#getEffects <em>Effects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Effects</em>'.
	 * @see mmlens.model.ImpactResult#getEffects()
	 * @see #getImpactResult()
	 * @generated
	 */
	EReference getImpactResult_Effects();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.ImpactResult#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see mmlens.model.ImpactResult#getFindings()
	 * @see #getImpactResult()
	 * @generated
	 */
	EReference getImpactResult_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link mmlens.model.ImpactResult#getFixedFindings <em>Fixed Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fixed Findings</em>'.
	 * @see mmlens.model.ImpactResult#getFixedFindings()
	 * @see #getImpactResult()
	 * @generated
	 */
	EReference getImpactResult_FixedFindings();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Effect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Effect</em>'.
	 * @see mmlens.model.Effect
	 * @generated
	 */
	EClass getEffect();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see mmlens.model.Effect#getId()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Id();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see mmlens.model.Effect#getMetric()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Metric();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see mmlens.model.Effect#getScenario()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getBaselineMean <em>Baseline Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Mean</em>'.
	 * @see mmlens.model.Effect#getBaselineMean()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_BaselineMean();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getBaselineCi95 <em>Baseline Ci95</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Ci95</em>'.
	 * @see mmlens.model.Effect#getBaselineCi95()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_BaselineCi95();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getPatchedMean <em>Patched Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patched Mean</em>'.
	 * @see mmlens.model.Effect#getPatchedMean()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_PatchedMean();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getPatchedCi95 <em>Patched Ci95</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patched Ci95</em>'.
	 * @see mmlens.model.Effect#getPatchedCi95()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_PatchedCi95();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getChangePct <em>Change Pct</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Pct</em>'.
	 * @see mmlens.model.Effect#getChangePct()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_ChangePct();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getVerdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verdict</em>'.
	 * @see mmlens.model.Effect#getVerdict()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Verdict();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Effect#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see mmlens.model.Effect#getExplanation()
	 * @see #getEffect()
	 * @generated
	 */
	EAttribute getEffect_Explanation();

	/**
	 * Returns the meta object for the reference list '{@link mmlens.model.Effect#getHunks <em>Hunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hunks</em>'.
	 * @see mmlens.model.Effect#getHunks()
	 * @see #getEffect()
	 * @generated
	 */
	EReference getEffect_Hunks();

	/**
	 * Returns the meta object for the reference list '{@link mmlens.model.Effect#getPatches <em>Patches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Patches</em>'.
	 * @see mmlens.model.Effect#getPatches()
	 * @see #getEffect()
	 * @generated
	 */
	EReference getEffect_Patches();

	/**
	 * Returns the meta object for class '{@link mmlens.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see mmlens.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Finding#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see mmlens.model.Finding#getId()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Id();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Finding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see mmlens.model.Finding#getKind()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Kind();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see mmlens.model.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see mmlens.model.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Finding#getScenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario</em>'.
	 * @see mmlens.model.Finding#getScenario()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Scenario();

	/**
	 * Returns the meta object for the attribute '{@link mmlens.model.Finding#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see mmlens.model.Finding#getSeed()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Seed();

	/**
	 * Returns the meta object for the attribute list '{@link mmlens.model.Finding#getTrace <em>Trace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Trace</em>'.
	 * @see mmlens.model.Finding#getTrace()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Trace();

	/**
	 * Returns the meta object for the reference list '{@link mmlens.model.Finding#getHunks <em>Hunks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Hunks</em>'.
	 * @see mmlens.model.Finding#getHunks()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Hunks();

	/**
	 * Returns the meta object for the reference list '{@link mmlens.model.Finding#getPatches <em>Patches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Patches</em>'.
	 * @see mmlens.model.Finding#getPatches()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Patches();

	/**
	 * Returns the meta object for enum '{@link mmlens.model.PatchOrigin <em>Patch Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Patch Origin</em>'.
	 * @see mmlens.model.PatchOrigin
	 * @generated
	 */
	EEnum getPatchOrigin();

	/**
	 * Returns the meta object for enum '{@link mmlens.model.ChangeKind <em>Change Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Kind</em>'.
	 * @see mmlens.model.ChangeKind
	 * @generated
	 */
	EEnum getChangeKind();

	/**
	 * Returns the meta object for enum '{@link mmlens.model.LineKind <em>Line Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Kind</em>'.
	 * @see mmlens.model.LineKind
	 * @generated
	 */
	EEnum getLineKind();

	/**
	 * Returns the meta object for enum '{@link mmlens.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see mmlens.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for enum '{@link mmlens.model.Verdict <em>Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verdict</em>'.
	 * @see mmlens.model.Verdict
	 * @generated
	 */
	EEnum getVerdict();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MmlensFactory getMmlensFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link mmlens.model.impl.PatchSeriesImpl <em>Patch Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.PatchSeriesImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getPatchSeries()
		 * @generated
		 */
		EClass PATCH_SERIES = eINSTANCE.getPatchSeries();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__TITLE = eINSTANCE.getPatchSeries_Title();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__VERSION = eINSTANCE.getPatchSeries_Version();

		/**
		 * The meta object literal for the '<em><b>Rfc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__RFC = eINSTANCE.getPatchSeries_Rfc();

		/**
		 * The meta object literal for the '<em><b>Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__TOTAL = eINSTANCE.getPatchSeries_Total();

		/**
		 * The meta object literal for the '<em><b>Cover Letter</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__COVER_LETTER = eINSTANCE.getPatchSeries_CoverLetter();

		/**
		 * The meta object literal for the '<em><b>Base Commit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__BASE_COMMIT = eINSTANCE.getPatchSeries_BaseCommit();

		/**
		 * The meta object literal for the '<em><b>Change Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__CHANGE_ID = eINSTANCE.getPatchSeries_ChangeId();

		/**
		 * The meta object literal for the '<em><b>Prerequisite Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__PREREQUISITE_IDS = eINSTANCE.getPatchSeries_PrerequisiteIds();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH_SERIES__SOURCES = eINSTANCE.getPatchSeries_Sources();

		/**
		 * The meta object literal for the '<em><b>Patches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__PATCHES = eINSTANCE.getPatchSeries_Patches();

		/**
		 * The meta object literal for the '<em><b>Diffstat</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__DIFFSTAT = eINSTANCE.getPatchSeries_Diffstat();

		/**
		 * The meta object literal for the '<em><b>Review Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__REVIEW_COMMENTS = eINSTANCE.getPatchSeries_ReviewComments();

		/**
		 * The meta object literal for the '<em><b>Diagnostics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH_SERIES__DIAGNOSTICS = eINSTANCE.getPatchSeries_Diagnostics();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.MessageImpl <em>Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.MessageImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getMessage()
		 * @generated
		 */
		EClass MESSAGE = eINSTANCE.getMessage();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SUBJECT = eINSTANCE.getMessage_Subject();

		/**
		 * The meta object literal for the '<em><b>Raw Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__RAW_SUBJECT = eINSTANCE.getMessage_RawSubject();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__AUTHOR = eINSTANCE.getMessage_Author();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__DATE = eINSTANCE.getMessage_Date();

		/**
		 * The meta object literal for the '<em><b>Message Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__MESSAGE_ID = eINSTANCE.getMessage_MessageId();

		/**
		 * The meta object literal for the '<em><b>In Reply To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__IN_REPLY_TO = eINSTANCE.getMessage_InReplyTo();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__REFERENCES = eINSTANCE.getMessage_References();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__TAGS = eINSTANCE.getMessage_Tags();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SOURCE_FILE = eINSTANCE.getMessage_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MESSAGE__SOURCE_LINE = eINSTANCE.getMessage_SourceLine();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.CoverLetterImpl <em>Cover Letter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.CoverLetterImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getCoverLetter()
		 * @generated
		 */
		EClass COVER_LETTER = eINSTANCE.getCoverLetter();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COVER_LETTER__TEXT = eINSTANCE.getCoverLetter_Text();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.PatchImpl <em>Patch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.PatchImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getPatch()
		 * @generated
		 */
		EClass PATCH = eINSTANCE.getPatch();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH__INDEX = eINSTANCE.getPatch_Index();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH__ORIGIN = eINSTANCE.getPatch_Origin();

		/**
		 * The meta object literal for the '<em><b>Commit Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATCH__COMMIT_MESSAGE = eINSTANCE.getPatch_CommitMessage();

		/**
		 * The meta object literal for the '<em><b>Trailers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH__TRAILERS = eINSTANCE.getPatch_Trailers();

		/**
		 * The meta object literal for the '<em><b>Diffstat</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH__DIFFSTAT = eINSTANCE.getPatch_Diffstat();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATCH__FILES = eINSTANCE.getPatch_Files();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.TrailerImpl <em>Trailer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.TrailerImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getTrailer()
		 * @generated
		 */
		EClass TRAILER = eINSTANCE.getTrailer();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAILER__KEY = eINSTANCE.getTrailer_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAILER__VALUE = eINSTANCE.getTrailer_Value();

		/**
		 * The meta object literal for the '<em><b>Reply Message Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAILER__REPLY_MESSAGE_ID = eINSTANCE.getTrailer_ReplyMessageId();

		/**
		 * The meta object literal for the '<em><b>Reply Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAILER__REPLY_AUTHOR = eINSTANCE.getTrailer_ReplyAuthor();

		/**
		 * The meta object literal for the '<em><b>Via Cover</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAILER__VIA_COVER = eINSTANCE.getTrailer_ViaCover();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.DiffStatEntryImpl <em>Diff Stat Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.DiffStatEntryImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getDiffStatEntry()
		 * @generated
		 */
		EClass DIFF_STAT_ENTRY = eINSTANCE.getDiffStatEntry();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFF_STAT_ENTRY__PATH = eINSTANCE.getDiffStatEntry_Path();

		/**
		 * The meta object literal for the '<em><b>Changes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFF_STAT_ENTRY__CHANGES = eINSTANCE.getDiffStatEntry_Changes();

		/**
		 * The meta object literal for the '<em><b>Binary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIFF_STAT_ENTRY__BINARY = eINSTANCE.getDiffStatEntry_Binary();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.FileDiffImpl <em>File Diff</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.FileDiffImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getFileDiff()
		 * @generated
		 */
		EClass FILE_DIFF = eINSTANCE.getFileDiff();

		/**
		 * The meta object literal for the '<em><b>Old Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__OLD_PATH = eINSTANCE.getFileDiff_OldPath();

		/**
		 * The meta object literal for the '<em><b>New Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__NEW_PATH = eINSTANCE.getFileDiff_NewPath();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__KIND = eINSTANCE.getFileDiff_Kind();

		/**
		 * The meta object literal for the '<em><b>Old Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__OLD_MODE = eINSTANCE.getFileDiff_OldMode();

		/**
		 * The meta object literal for the '<em><b>New Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__NEW_MODE = eINSTANCE.getFileDiff_NewMode();

		/**
		 * The meta object literal for the '<em><b>Old Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__OLD_ID = eINSTANCE.getFileDiff_OldId();

		/**
		 * The meta object literal for the '<em><b>New Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__NEW_ID = eINSTANCE.getFileDiff_NewId();

		/**
		 * The meta object literal for the '<em><b>Similarity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__SIMILARITY = eINSTANCE.getFileDiff_Similarity();

		/**
		 * The meta object literal for the '<em><b>Binary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__BINARY = eINSTANCE.getFileDiff_Binary();

		/**
		 * The meta object literal for the '<em><b>Partial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__PARTIAL = eINSTANCE.getFileDiff_Partial();

		/**
		 * The meta object literal for the '<em><b>Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__ADDED = eINSTANCE.getFileDiff_Added();

		/**
		 * The meta object literal for the '<em><b>Removed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_DIFF__REMOVED = eINSTANCE.getFileDiff_Removed();

		/**
		 * The meta object literal for the '<em><b>Hunks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILE_DIFF__HUNKS = eINSTANCE.getFileDiff_Hunks();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.HunkImpl <em>Hunk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.HunkImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getHunk()
		 * @generated
		 */
		EClass HUNK = eINSTANCE.getHunk();

		/**
		 * The meta object literal for the '<em><b>Old Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__OLD_START = eINSTANCE.getHunk_OldStart();

		/**
		 * The meta object literal for the '<em><b>Old Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__OLD_COUNT = eINSTANCE.getHunk_OldCount();

		/**
		 * The meta object literal for the '<em><b>New Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__NEW_START = eINSTANCE.getHunk_NewStart();

		/**
		 * The meta object literal for the '<em><b>New Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__NEW_COUNT = eINSTANCE.getHunk_NewCount();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__FUNCTION = eINSTANCE.getHunk_Function();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK__SOURCE_LINE = eINSTANCE.getHunk_SourceLine();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HUNK__LINES = eINSTANCE.getHunk_Lines();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.LineImpl <em>Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.LineImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getLine()
		 * @generated
		 */
		EClass LINE = eINSTANCE.getLine();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__KIND = eINSTANCE.getLine_Kind();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__TEXT = eINSTANCE.getLine_Text();

		/**
		 * The meta object literal for the '<em><b>Old Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__OLD_NUMBER = eINSTANCE.getLine_OldNumber();

		/**
		 * The meta object literal for the '<em><b>New Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__NEW_NUMBER = eINSTANCE.getLine_NewNumber();

		/**
		 * The meta object literal for the '<em><b>No Newline At End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINE__NO_NEWLINE_AT_END = eINSTANCE.getLine_NoNewlineAtEnd();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.ReviewCommentImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getReviewComment()
		 * @generated
		 */
		EClass REVIEW_COMMENT = eINSTANCE.getReviewComment();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__AUTHOR = eINSTANCE.getReviewComment_Author();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__TEXT = eINSTANCE.getReviewComment_Text();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__QUOTE = eINSTANCE.getReviewComment_Quote();

		/**
		 * The meta object literal for the '<em><b>Quote Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__QUOTE_DEPTH = eINSTANCE.getReviewComment_QuoteDepth();

		/**
		 * The meta object literal for the '<em><b>Message Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__MESSAGE_ID = eINSTANCE.getReviewComment_MessageId();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__SOURCE_FILE = eINSTANCE.getReviewComment_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__SOURCE_LINE = eINSTANCE.getReviewComment_SourceLine();

		/**
		 * The meta object literal for the '<em><b>Patch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_COMMENT__PATCH = eINSTANCE.getReviewComment_Patch();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_COMMENT__FILE = eINSTANCE.getReviewComment_File();

		/**
		 * The meta object literal for the '<em><b>Hunk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_COMMENT__HUNK = eINSTANCE.getReviewComment_Hunk();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_COMMENT__LINE = eINSTANCE.getReviewComment_Line();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.DiagnosticImpl <em>Diagnostic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.DiagnosticImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getDiagnostic()
		 * @generated
		 */
		EClass DIAGNOSTIC = eINSTANCE.getDiagnostic();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__SEVERITY = eINSTANCE.getDiagnostic_Severity();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__FILE = eINSTANCE.getDiagnostic_File();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__LINE = eINSTANCE.getDiagnostic_Line();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__CODE = eINSTANCE.getDiagnostic_Code();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__MESSAGE = eINSTANCE.getDiagnostic_Message();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.AnnotatableImpl <em>Annotatable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.AnnotatableImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getAnnotatable()
		 * @generated
		 */
		EClass ANNOTATABLE = eINSTANCE.getAnnotatable();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATABLE__ANNOTATIONS = eINSTANCE.getAnnotatable_Annotations();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.AnnotationImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Producer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__PRODUCER = eINSTANCE.getAnnotation_Producer();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.HunkMappingImpl <em>Hunk Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.HunkMappingImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getHunkMapping()
		 * @generated
		 */
		EClass HUNK_MAPPING = eINSTANCE.getHunkMapping();

		/**
		 * The meta object literal for the '<em><b>Function</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__FUNCTION = eINSTANCE.getHunkMapping_Function();

		/**
		 * The meta object literal for the '<em><b>Function Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__FUNCTION_SOURCE = eINSTANCE.getHunkMapping_FunctionSource();

		/**
		 * The meta object literal for the '<em><b>Mechanisms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__MECHANISMS = eINSTANCE.getHunkMapping_Mechanisms();

		/**
		 * The meta object literal for the '<em><b>Knob Changes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HUNK_MAPPING__KNOB_CHANGES = eINSTANCE.getHunkMapping_KnobChanges();

		/**
		 * The meta object literal for the '<em><b>Variant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__VARIANT = eINSTANCE.getHunkMapping_Variant();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__EVIDENCE = eINSTANCE.getHunkMapping_Evidence();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__CONFIDENCE = eINSTANCE.getHunkMapping_Confidence();

		/**
		 * The meta object literal for the '<em><b>Unmodelled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__UNMODELLED = eINSTANCE.getHunkMapping_Unmodelled();

		/**
		 * The meta object literal for the '<em><b>Mainline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HUNK_MAPPING__MAINLINE = eINSTANCE.getHunkMapping_Mainline();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.KnobChangeImpl <em>Knob Change</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.KnobChangeImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getKnobChange()
		 * @generated
		 */
		EClass KNOB_CHANGE = eINSTANCE.getKnobChange();

		/**
		 * The meta object literal for the '<em><b>Knob</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_CHANGE__KNOB = eINSTANCE.getKnobChange_Knob();

		/**
		 * The meta object literal for the '<em><b>Old Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_CHANGE__OLD_VALUE = eINSTANCE.getKnobChange_OldValue();

		/**
		 * The meta object literal for the '<em><b>New Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_CHANGE__NEW_VALUE = eINSTANCE.getKnobChange_NewValue();

		/**
		 * The meta object literal for the '<em><b>Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_CHANGE__LINE = eINSTANCE.getKnobChange_Line();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_CHANGE__EVIDENCE = eINSTANCE.getKnobChange_Evidence();

		/**
		 * The meta object literal for the '<em><b>Variant</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_CHANGE__VARIANT = eINSTANCE.getKnobChange_Variant();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.SeriesMappingImpl <em>Series Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.SeriesMappingImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getSeriesMapping()
		 * @generated
		 */
		EClass SERIES_MAPPING = eINSTANCE.getSeriesMapping();

		/**
		 * The meta object literal for the '<em><b>Hunks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES_MAPPING__HUNKS = eINSTANCE.getSeriesMapping_Hunks();

		/**
		 * The meta object literal for the '<em><b>Mapped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES_MAPPING__MAPPED = eINSTANCE.getSeriesMapping_Mapped();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERIES_MAPPING__BASELINE = eINSTANCE.getSeriesMapping_Baseline();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERIES_MAPPING__SETTINGS = eINSTANCE.getSeriesMapping_Settings();

		/**
		 * The meta object literal for the '<em><b>Named Identifiers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERIES_MAPPING__NAMED_IDENTIFIERS = eINSTANCE.getSeriesMapping_NamedIdentifiers();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.KnobSettingImpl <em>Knob Setting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.KnobSettingImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getKnobSetting()
		 * @generated
		 */
		EClass KNOB_SETTING = eINSTANCE.getKnobSetting();

		/**
		 * The meta object literal for the '<em><b>Knob</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_SETTING__KNOB = eINSTANCE.getKnobSetting_Knob();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOB_SETTING__VALUE = eINSTANCE.getKnobSetting_Value();

		/**
		 * The meta object literal for the '<em><b>Patch</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOB_SETTING__PATCH = eINSTANCE.getKnobSetting_Patch();

		/**
		 * The meta object literal for the '<em><b>Hunk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOB_SETTING__HUNK = eINSTANCE.getKnobSetting_Hunk();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.NamedIdentifierImpl <em>Named Identifier</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.NamedIdentifierImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getNamedIdentifier()
		 * @generated
		 */
		EClass NAMED_IDENTIFIER = eINSTANCE.getNamedIdentifier();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_IDENTIFIER__NAME = eINSTANCE.getNamedIdentifier_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_IDENTIFIER__KIND = eINSTANCE.getNamedIdentifier_Kind();

		/**
		 * The meta object literal for the '<em><b>Mechanism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_IDENTIFIER__MECHANISM = eINSTANCE.getNamedIdentifier_Mechanism();

		/**
		 * The meta object literal for the '<em><b>Where</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_IDENTIFIER__WHERE = eINSTANCE.getNamedIdentifier_Where();

		/**
		 * The meta object literal for the '<em><b>Source File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_IDENTIFIER__SOURCE_FILE = eINSTANCE.getNamedIdentifier_SourceFile();

		/**
		 * The meta object literal for the '<em><b>Source Line</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_IDENTIFIER__SOURCE_LINE = eINSTANCE.getNamedIdentifier_SourceLine();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.ImpactResultImpl <em>Impact Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.ImpactResultImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getImpactResult()
		 * @generated
		 */
		EClass IMPACT_RESULT = eINSTANCE.getImpactResult();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPACT_RESULT__ENGINE_VERSION = eINSTANCE.getImpactResult_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPACT_RESULT__SEEDS = eINSTANCE.getImpactResult_Seeds();

		/**
		 * The meta object literal for the '<em><b>Suites</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPACT_RESULT__SUITES = eINSTANCE.getImpactResult_Suites();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPACT_RESULT__NOTES = eINSTANCE.getImpactResult_Notes();

		/**
		 * The meta object literal for the '<em><b>Effects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPACT_RESULT__EFFECTS = eINSTANCE.getImpactResult_Effects();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPACT_RESULT__FINDINGS = eINSTANCE.getImpactResult_Findings();

		/**
		 * The meta object literal for the '<em><b>Fixed Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IMPACT_RESULT__FIXED_FINDINGS = eINSTANCE.getImpactResult_FixedFindings();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.EffectImpl <em>Effect</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.EffectImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getEffect()
		 * @generated
		 */
		EClass EFFECT = eINSTANCE.getEffect();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__ID = eINSTANCE.getEffect_Id();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__METRIC = eINSTANCE.getEffect_Metric();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__SCENARIO = eINSTANCE.getEffect_Scenario();

		/**
		 * The meta object literal for the '<em><b>Baseline Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__BASELINE_MEAN = eINSTANCE.getEffect_BaselineMean();

		/**
		 * The meta object literal for the '<em><b>Baseline Ci95</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__BASELINE_CI95 = eINSTANCE.getEffect_BaselineCi95();

		/**
		 * The meta object literal for the '<em><b>Patched Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__PATCHED_MEAN = eINSTANCE.getEffect_PatchedMean();

		/**
		 * The meta object literal for the '<em><b>Patched Ci95</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__PATCHED_CI95 = eINSTANCE.getEffect_PatchedCi95();

		/**
		 * The meta object literal for the '<em><b>Change Pct</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__CHANGE_PCT = eINSTANCE.getEffect_ChangePct();

		/**
		 * The meta object literal for the '<em><b>Verdict</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__VERDICT = eINSTANCE.getEffect_Verdict();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EFFECT__EXPLANATION = eINSTANCE.getEffect_Explanation();

		/**
		 * The meta object literal for the '<em><b>Hunks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFECT__HUNKS = eINSTANCE.getEffect_Hunks();

		/**
		 * The meta object literal for the '<em><b>Patches</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EFFECT__PATCHES = eINSTANCE.getEffect_Patches();

		/**
		 * The meta object literal for the '{@link mmlens.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.impl.FindingImpl
		 * @see mmlens.model.impl.MmlensPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__ID = eINSTANCE.getFinding_Id();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__KIND = eINSTANCE.getFinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Scenario</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SCENARIO = eINSTANCE.getFinding_Scenario();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEED = eINSTANCE.getFinding_Seed();

		/**
		 * The meta object literal for the '<em><b>Trace</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__TRACE = eINSTANCE.getFinding_Trace();

		/**
		 * The meta object literal for the '<em><b>Hunks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__HUNKS = eINSTANCE.getFinding_Hunks();

		/**
		 * The meta object literal for the '<em><b>Patches</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__PATCHES = eINSTANCE.getFinding_Patches();

		/**
		 * The meta object literal for the '{@link mmlens.model.PatchOrigin <em>Patch Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.PatchOrigin
		 * @see mmlens.model.impl.MmlensPackageImpl#getPatchOrigin()
		 * @generated
		 */
		EEnum PATCH_ORIGIN = eINSTANCE.getPatchOrigin();

		/**
		 * The meta object literal for the '{@link mmlens.model.ChangeKind <em>Change Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.ChangeKind
		 * @see mmlens.model.impl.MmlensPackageImpl#getChangeKind()
		 * @generated
		 */
		EEnum CHANGE_KIND = eINSTANCE.getChangeKind();

		/**
		 * The meta object literal for the '{@link mmlens.model.LineKind <em>Line Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.LineKind
		 * @see mmlens.model.impl.MmlensPackageImpl#getLineKind()
		 * @generated
		 */
		EEnum LINE_KIND = eINSTANCE.getLineKind();

		/**
		 * The meta object literal for the '{@link mmlens.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.Severity
		 * @see mmlens.model.impl.MmlensPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '{@link mmlens.model.Verdict <em>Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see mmlens.model.Verdict
		 * @see mmlens.model.impl.MmlensPackageImpl#getVerdict()
		 * @generated
		 */
		EEnum VERDICT = eINSTANCE.getVerdict();

	}

} //MmlensPackage
