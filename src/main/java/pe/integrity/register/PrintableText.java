package pe.integrity.register;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import pe.integrity.register.entity.PdfRegisterWriter;

/**
 * What text a person may type so that the register prints it as typed: the one home of that rule. The web
 * module's binder asks it for every text field of every form, before anything is saved.
 *
 * <p>Refused: control characters (NUL, escape...; tab, newline and carriage return only in multi-line fields),
 * invisible bidirectional controls, unpaired surrogates; right-to-left scripts (Flying Saucer on OpenPDF lays
 * out no bidirectional text: Hebrew or Arabic would print reversed); and any character the register's embedded
 * font (DejaVu Sans Condensed, regular and bold, in {@code templates/fonts}) has no glyph for, such as most
 * emoji, which would otherwise vanish from the PDF without a trace. Refusing at input rather than adding fallback
 * fonts keeps the PDF to one small embedded font and keeps the promise simple: what was saved is what prints.
 */
public final class PrintableText {

    /** Why a text is refused; each has a message key ({@code text.<name>}) taking the character and its code. */
    public enum Problem {
        CONTROL("text.control"),
        RIGHT_TO_LEFT("text.rightToLeft"),
        NOT_IN_FONT("text.notPrintable");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The first character of a text that cannot be kept, and why. */
    public record Refusal(Problem problem, int codePoint) {

        /** "U+1F600". */
        public String code() {
            return String.format("U+%04X", codePoint);
        }

        /** The character itself for the message, or its code when it is invisible. */
        public String shown() {
            return problem == Problem.CONTROL ? code() : new String(Character.toChars(codePoint));
        }

        /** Arguments of {@link Problem#messageKey()}: {0} the character as shown, {1} its code. */
        public Object[] arguments() {
            return new Object[] {shown(), code()};
        }
    }

    private static final Set<Integer> LINE_CONTROLS = Set.of((int) '\t', (int) '\n', (int) '\r');
    private static final Set<Byte> RIGHT_TO_LEFT = Set.of(Character.DIRECTIONALITY_RIGHT_TO_LEFT,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
            Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
            Character.DIRECTIONALITY_ARABIC_NUMBER);
    static final List<String> FONTS = List.of("fonts/DejaVuSansCondensed.ttf", "fonts/DejaVuSansCondensed-Bold.ttf");

    private PrintableText() {}

    /** The first reason to refuse the text, if any; {@code multiLine} allows tab, newline and carriage return. */
    public static Optional<Refusal> check(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Problem problem = problem(cp, multiLine);
            if (problem != null) {
                return Optional.of(new Refusal(problem, cp));
            }
        }
        return Optional.empty();
    }

    /** The text without control characters, to show a refused value back in its field without emitting them. */
    public static String withoutControls(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(cp -> problem(cp, true) != Problem.CONTROL).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static Problem problem(int cp, boolean multiLine) {
        if (LINE_CONTROLS.contains(cp)) {
            return multiLine ? null : Problem.CONTROL;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.SURROGATE || isBidiControl(cp)) {
            return Problem.CONTROL;
        }
        if (RIGHT_TO_LEFT.contains(Character.getDirectionality(cp))) {
            return Problem.RIGHT_TO_LEFT;
        }
        if (!Fonts.print(cp)) {
            return Problem.NOT_IN_FONT;
        }
        return null;
    }

    /** Invisible marks and embeddings that reorder text (left-to-right ones too: they hide what is typed). */
    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** The register's fonts, read once on first use from the templates on the classpath. */
    private static final class Fonts {
        private static final List<BaseFont> LOADED = FONTS.stream().map(Fonts::load).toList();

        static boolean print(int cp) {
            for (BaseFont font : LOADED) {
                if (!font.charExists(cp)) {
                    return false;
                }
            }
            return true;
        }

        private static BaseFont load(String name) {
            String resource = PdfRegisterWriter.TEMPLATES + name;
            try (InputStream in = PrintableText.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("register font missing: " + resource);
                }
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
