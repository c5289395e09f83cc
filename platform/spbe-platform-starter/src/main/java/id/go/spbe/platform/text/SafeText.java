package id.go.spbe.platform.text;

/**
 * The platform's one rule for free text coming in from outside (issue 7, defect 9; SEC1 integrity of records): text
 * is refused, never silently altered, when it holds a character that is invisible or changes how the text around it
 * is displayed, because such characters let a name look like another (U+202E turns "exe.pdf" around) or break the
 * formats the text is exported to (a NUL makes publiccode.yml fall back to {@code !!binary}).
 *
 * <p>Refused everywhere: C0 and C1 control characters and DEL (Unicode category Cc), format characters (Cf: the bidi
 * embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and U+061C, zero-width
 * space U+200B, word joiner, soft hyphen, BOM U+FEFF, tag characters…), the line and paragraph separators U+2028 and
 * U+2029, lone surrogates and Unicode noncharacters. Allowed: zero-width non-joiner and joiner (U+200C, U+200D), which
 * scripts and emoji sequences need.
 *
 * <p>Tab, line feed and carriage return are allowed in JSON bodies, whose strings include multi-line text
 * (descriptions, reasons); they are refused in query parameters, which are always single-line.
 */
public final class SafeText {

    private SafeText() {
    }

    /** Index (in chars) of the first refused character of {@code text}, or -1 when the text is acceptable. */
    public static int firstRefused(CharSequence text, boolean multiline) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            if (refused(codePoint, multiline)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** Whether {@code codePoint} is refused; {@code multiline} allows tab, line feed and carriage return. */
    public static boolean refused(int codePoint, boolean multiline) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return !multiline;
        }
        if (codePoint == 0x200C || codePoint == 0x200D) {
            return false;
        }
        if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    /** The refused character at {@code index} as {@code U+XXXX}, for messages (never the character itself). */
    public static String describeAt(CharSequence text, int index) {
        return String.format("U+%04X", Character.codePointAt(text, index));
    }

    /** The Bahasa Indonesia message for a refused character, naming it by code point. */
    public static String message(CharSequence text, int index) {
        return "Teks mengandung karakter kendali atau karakter tak terlihat yang tidak diizinkan ("
                + describeAt(text, index) + ").";
    }
}
