package pe.integrity.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a new password must be: at least 8 characters, at most 72 bytes in UTF-8 (BCrypt ignores the rest, so a
 * longer one would be silently cut), not blank, not one of the bundled common passwords, and not the person's
 * user name or their entity's name or acronym, bare or with digits and symbols around it. A long passphrase of
 * ordinary words passes: length, not symbols, is what makes a password hard to guess.
 */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 8;
    static final int MAX_UTF8_BYTES = 72;
    private static final String COMMON = "/security/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    /** The policy with the bundled list of common passwords. */
    static PasswordPolicy bundled() {
        Set<String> words = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream(COMMON);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(PasswordPolicy::folded)
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(Set.copyOf(words));
    }

    /**
     * The message code of the first rule the password breaks, or empty when it is acceptable.
     *
     * @param context the user name and, for entity users, the entity's name and acronym
     */
    Optional<String> problem(String password, String... context) {
        if (password == null || password.isBlank()) {
            return Optional.of("user.password.blank");
        }
        if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of("user.password.short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            return Optional.of("user.password.long");
        }
        if (common.contains(folded(password))) {
            return Optional.of("user.password.common");
        }
        String letters = letters(password);
        boolean contextual = Stream.of(context)
                .filter(c -> c != null && !c.isBlank())
                .map(PasswordPolicy::letters)
                .anyMatch(c -> !c.isEmpty() && c.equals(letters));
        return contextual ? Optional.of("user.password.context") : Optional.empty();
    }

    private static String folded(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Only the letters, lower case and without accents: "Cusco-2024!" and "cusco" are the same word here. */
    private static String letters(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
