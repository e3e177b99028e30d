package pe.integrity.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.bundled();
    private static final String[] CONTEXT = {"conductor.cusco", "Gobierno Regional de Cusco", "GORE Cusco"};

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12345678            | user.password.common",
        "password            | user.password.common",
        "Password1           | user.password.common",
        "contraseña123       | user.password.common",
        "demo12345           | user.password.common",
        "'        '          | user.password.blank",
        "corta               | user.password.short",
        "conductor.cusco     | user.password.context",
        "Conductor.Cusco2026!| user.password.context",
        "GORE-Cusco-2025     | user.password.context",
        "gobiernoregionaldecusco | user.password.context",
    })
    void refusesCommonBlankShortAndContextualPasswords(String password, String code) {
        assertThat(POLICY.problem(password, CONTEXT)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "caballo correcto batería grapa",
        "el cóndor pasa por el valle sagrado",
        "secret-conductor.cusco",
        "Xq7#mP2v",
        // exactly 72 bytes
        "una frase larga de setenta y dos bytes exactos para la prueba de limites",
    })
    void acceptsPassphrasesAndUncommonPasswords(String password) {
        assertThat(POLICY.problem(password, CONTEXT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "una frase larga de setenta y tres bytes exactos para la prueba de límite",
        // 40 characters but 80 bytes
        "ññññññññññññññññññññññññññññññññññññññññ",
    })
    void refusesMoreThan72Utf8BytesWhateverTheCharacterCount(String password) {
        assertThat(POLICY.problem(password, CONTEXT)).contains("user.password.long");
    }
}
