package pe.integrity.shared;

import java.security.SecureRandom;
import org.slf4j.Logger;

/**
 * A short reference for an unexpected failure: the person sees only the reference and a plain message, the
 * administrator finds the same reference in the log next to the exception. Never show exception text, SQL
 * or a stack trace to a person; store the reference, not the message.
 */
public final class ErrorReference {

    /** Letters and digits that cannot be mistaken for each other when read aloud or copied by hand. */
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int LENGTH = 8;

    private ErrorReference() {}

    /** A new reference, e.g. "K7QM2XPA". */
    public static String next() {
        char[] c = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    /** Whether a stored text is a reference (older rows may hold an exception's text, never to be shown). */
    public static boolean isReference(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (char c : text.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Logs the failure at ERROR as "[reference] what" with its stack trace, and returns the reference. */
    public static String logged(Logger log, Throwable failure, String what, Object... args) {
        String reference = next();
        Object[] all = new Object[args.length + 2];
        all[0] = reference;
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = failure;
        log.error("[{}] " + what, all);
        return reference;
    }
}
