package io.newsflow.model;

/**
 * Checks bytes for well-formed UTF-8 without decoding them: the same bytes the JDK's strict decoder refuses
 * (stray continuation bytes, overlong forms, surrogates, code points above U+10FFFF, cut-off sequences) are refused
 * here, at a fraction of the cost for mostly-ASCII text.
 */
public final class Utf8 {

    static final int VALID = 0;
    static final int HAS_NUL = 1;
    static final int INVALID = 2;

    private Utf8() {
    }

    /** Whether {@code bytes} are well-formed UTF-8 (the JDK's strict decoder would take them). */
    public static boolean isValid(byte[] bytes) {
        return check(bytes) != INVALID;
    }

    /** {@link #INVALID}, or {@link #HAS_NUL} for valid UTF-8 with a NUL byte, or {@link #VALID}. */
    static int check(byte[] bytes) {
        boolean nul = false;
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) {
                nul |= b == 0;
                i++;
                continue;
            }
            b &= 0xFF;
            int more;
            int low = 0x80;
            int high = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                more = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                more = 2;
                low = b == 0xE0 ? 0xA0 : low;   // no overlong forms
                high = b == 0xED ? 0x9F : high; // no surrogates
            } else if (b >= 0xF0 && b <= 0xF4) {
                more = 3;
                low = b == 0xF0 ? 0x90 : low;   // no overlong forms
                high = b == 0xF4 ? 0x8F : high; // nothing above U+10FFFF
            } else {
                return INVALID;
            }
            if (i + more >= n) {
                return INVALID; // cut off
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < low || second > high) {
                return INVALID;
            }
            for (int k = 2; k <= more; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return INVALID;
                }
            }
            i += more + 1;
        }
        return nul ? HAS_NUL : VALID;
    }
}
