package pe.integrity.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import pe.integrity.register.PrintableText.Problem;

/** What the register can keep and print, decided without Spring: the font's own glyph table says what prints. */
class PrintableTextTest {

    @Test
    void spanishTextAndTypographyArePrintable() {
        assertThat(PrintableText.check("Ñandú, pingüino, «comillas», S/ 1 500 × 2 = 3 000 €; ¿año? ¡sí! – — … ☺",
                false)).isEmpty();
        assertThat(PrintableText.check(null, false)).isEmpty();
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyInMultiLineFields() {
        assertThat(PrintableText.check("a\u0000b", true).orElseThrow())
                .isEqualTo(new PrintableText.Refusal(Problem.CONTROL, 0));
        assertThat(PrintableText.check("a\u007Fb", true).orElseThrow().code()).isEqualTo("U+007F");
        assertThat(PrintableText.check("a\u0085b", true).orElseThrow().problem()).isEqualTo(Problem.CONTROL);
        assertThat(PrintableText.check("uno\r\n\tdos", true)).isEmpty();
        assertThat(PrintableText.check("uno\ndos", false).orElseThrow().code()).isEqualTo("U+000A");
        // an invisible override that reverses what follows, and an unpaired surrogate
        assertThat(PrintableText.check("pago\u202Eodagep", true).orElseThrow().problem()).isEqualTo(Problem.CONTROL);
        assertThat(PrintableText.check("x\uD83D", true).orElseThrow().problem()).isEqualTo(Problem.CONTROL);
        assertThat(PrintableText.check("a\u0000b", true).orElseThrow().shown()).isEqualTo("U+0000");
    }

    @Test
    void rightToLeftScriptsAreRefusedBecauseThePdfWouldPrintThemReversed() {
        assertThat(PrintableText.check("Proveedor שלום", true).orElseThrow().problem()).isEqualTo(Problem.RIGHT_TO_LEFT);
        assertThat(PrintableText.check("مرحبا", true).orElseThrow().problem()).isEqualTo(Problem.RIGHT_TO_LEFT);
    }

    @Test
    void charactersTheEmbeddedFontLacksAreRefused() {
        PrintableText.Refusal emoji = PrintableText.check("Listo \uD83D\uDC4D", true).orElseThrow();
        assertThat(emoji.problem()).isEqualTo(Problem.NOT_IN_FONT);
        assertThat(emoji.code()).isEqualTo("U+1F44D");
        assertThat(emoji.shown()).isEqualTo("\uD83D\uDC4D");
        // DejaVu draws a few emoji (the grinning face among them): those print and are kept
        assertThat(PrintableText.check("Listo \uD83D\uDE00", true)).isEmpty();
        assertThat(PrintableText.check("漢字", true).orElseThrow().problem()).isEqualTo(Problem.NOT_IN_FONT);
    }

    @Test
    void controlsAreTakenOutOfAValueShownBack() {
        assertThat(PrintableText.withoutControls("a\u0000b\u001Bc\nd\u202Ee")).isEqualTo("abc\nde");
    }
}
