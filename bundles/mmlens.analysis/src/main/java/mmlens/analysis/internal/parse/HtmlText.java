package mmlens.analysis.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a saved archive page back into plain text when it is HTML or HTML-escaped: tags are
 * dropped ({@code <br>} and block ends become line ends) and character references are decoded.
 * Text that is neither is returned unchanged, so real code containing {@code &&} is not touched.
 */
final class HtmlText {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern ESCAPED_QUOTE = Pattern.compile("(?m)^&gt;");
    private static final Pattern MARKUP = Pattern.compile("(?i)<(html|body|pre|div|br)\\b");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]{0,2000}>");
    private static final Pattern LINE_TAG = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr)>");

    private HtmlText() {
    }

    /** True when the text looks like markup or HTML-escaped mail. */
    static boolean applies(String text) {
        return MARKUP.matcher(text).find() || ESCAPED_QUOTE.matcher(text).find()
                || (text.contains("&lt;") && text.contains("&gt;"));
    }

    static String toPlain(String text) {
        String s = text;
        if (MARKUP.matcher(s).find()) {
            s = LINE_TAG.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll("");
        }
        return decode(s);
    }

    static String decode(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> whole;
        };
    }
}
