package pe.integrity.register.archive;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Verification codes: 20 random Crockford base-32 characters (100 bits), unguessable yet short enough to type
 * from a printed page. Letters that look like digits (I, L, O, U) are never issued and read as 1, 1, 0, V.
 */
public final class VerificationCodes {

    static final int LENGTH = 20;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** The code as typed by a person (spaces, dashes, lower case, look-alike letters) in canonical form. */
    static String normalize(String typed) {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'O' -> sb.append('0');
                case 'I', 'L' -> sb.append('1');
                case 'U' -> sb.append('V');
                default -> {
                    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static boolean isSha256(String text) {
        return text != null && SHA256.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }

    public static String display(String code) {
        if (code == null || code.length() != LENGTH) {
            return code;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                sb.append('-');
            }
            sb.append(code, i, i + 4);
        }
        return sb.toString();
    }
}
