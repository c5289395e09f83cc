package id.go.spbe.platform.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7, defect 9: which characters free text may hold. */
class SafeTextTest {

    @Test
    void controlBidiAndInvisibleFormatCharactersAreRefused() {
        for (String text : new String[] {"a\u0000", "a\u0007", "a\u007F", "a\u0085", "a\u202A", "a\u202E", "a\u2066",
                "a\u2069", "a\u200E", "a\u061C", "a\u200B", "a\u00AD", "a\uFEFF", "a\u2028", "a\uFFFE", "a\uD800",
                "a" + new String(Character.toChars(0xE0041))}) {
            assertThat(SafeText.firstRefused(text, true)).as("U+%04X", (int) text.charAt(1)).isEqualTo(1);
        }
    }

    @Test
    void lettersOfEveryScriptEmojiAndJoinersAreKeptAndLineBreaksOnlyInMultiLineText() {
        for (String text : new String[] {"Dinas Kesehatan", "Café", "日本語", "العربية", "👩‍💻", "क्‍ष", "a\u200Cb"}) {
            assertThat(SafeText.firstRefused(text, false)).as(text).isEqualTo(-1);
        }
        assertThat(SafeText.firstRefused("baris\nkedua\r\n\tx", true)).isEqualTo(-1);
        assertThat(SafeText.firstRefused("baris\nkedua", false)).isEqualTo(5);
        assertThat(SafeText.message("a\u202Eb", 1)).contains("U+202E").doesNotContain("\u202E");
    }
}
