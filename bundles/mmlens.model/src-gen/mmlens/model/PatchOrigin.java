/**
 */
package mmlens.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Patch Origin</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the patch reached the parser, which bounds how complete it can be.
 * <!-- end-model-doc -->
 * @see mmlens.model.MmlensPackage#getPatchOrigin()
 * @model
 * @generated
 */
public enum PatchOrigin implements Enumerator {
	/**
	 * The '<em><b>MAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL_VALUE
	 * @generated
	 * @ordered
	 */
	MAIL(0, "MAIL", "mail"),

	/**
	 * The '<em><b>DIFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFF_VALUE
	 * @generated
	 * @ordered
	 */
	DIFF(1, "DIFF", "diff"),

	/**
	 * The '<em><b>QUOTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTED_VALUE
	 * @generated
	 * @ordered
	 */
	QUOTED(2, "QUOTED", "quoted"),

	/**
	 * The '<em><b>SHORTLOG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORTLOG_VALUE
	 * @generated
	 * @ordered
	 */
	SHORTLOG(3, "SHORTLOG", "shortlog");

	/**
	 * The '<em><b>MAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAIL
	 * @model literal="mail"
	 * @generated
	 * @ordered
	 */
	public static final int MAIL_VALUE = 0;

	/**
	 * The '<em><b>DIFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIFF
	 * @model literal="diff"
	 * @generated
	 * @ordered
	 */
	public static final int DIFF_VALUE = 1;

	/**
	 * The '<em><b>QUOTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUOTED
	 * @model literal="quoted"
	 * @generated
	 * @ordered
	 */
	public static final int QUOTED_VALUE = 2;

	/**
	 * The '<em><b>SHORTLOG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHORTLOG
	 * @model literal="shortlog"
	 * @generated
	 * @ordered
	 */
	public static final int SHORTLOG_VALUE = 3;

	/**
	 * An array of all the '<em><b>Patch Origin</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PatchOrigin[] VALUES_ARRAY =
		new PatchOrigin[] {
			MAIL,
			DIFF,
			QUOTED,
			SHORTLOG,
		};

	/**
	 * A public read-only list of all the '<em><b>Patch Origin</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PatchOrigin> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Patch Origin</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PatchOrigin get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PatchOrigin result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Patch Origin</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PatchOrigin getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PatchOrigin result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Patch Origin</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PatchOrigin get(int value) {
		switch (value) {
			case MAIL_VALUE: return MAIL;
			case DIFF_VALUE: return DIFF;
			case QUOTED_VALUE: return QUOTED;
			case SHORTLOG_VALUE: return SHORTLOG;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private PatchOrigin(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //PatchOrigin
