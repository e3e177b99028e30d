package pe.integrity.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** References are short, unambiguous when read aloud, and not mistaken for stored exception text. */
class ErrorReferenceTest {

    @Test
    void referencesAreEightUnambiguousCharactersAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String r = ErrorReference.next();
            assertThat(r).matches("[A-HJ-NP-Z2-9]{8}");
            assertThat(ErrorReference.isReference(r)).isTrue();
            seen.add(r);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void storedExceptionTextIsNotAReference() {
        assertThat(ErrorReference.isReference(null)).isFalse();
        assertThat(ErrorReference.isReference("BadSqlGrammarException: ...")).isFalse();
        assertThat(ErrorReference.isReference("BUSY")).isFalse();
        assertThat(ErrorReference.isReference("interrup")).isFalse();
        assertThat(ErrorReference.isReference("INTERRUPTED")).isFalse();
    }
}
