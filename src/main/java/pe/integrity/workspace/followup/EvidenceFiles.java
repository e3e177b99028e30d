package pe.integrity.workspace.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which evidence files are accepted: at most 5 MB, and only PDF, JPEG, PNG, XLSX and DOCX, recognised by
 * extension AND by their first bytes, so a renamed executable is refused. The stored content type comes from
 * this list, never from the browser.
 */
public final class EvidenceFiles {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** The message for a file above {@link #MAX_BYTES} (or above the server's multipart limit). */
    static final String TOO_LARGE = "workspace.evidence.tooLarge";

    private record Kind(String contentType, byte[] magic) {}

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final Map<String, Kind> KINDS = Map.of(
            "pdf", new Kind("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
            "jpg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "jpeg", new Kind("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
            "png", new Kind("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
            "xlsx", new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP),
            "docx", new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP));

    private EvidenceFiles() {}

    /** The content type to store, if the name and the bytes agree on an accepted kind. */
    static Optional<String> contentType(String filename, byte[] bytes) {
        int dot = filename.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        Kind kind = KINDS.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || bytes.length < kind.magic().length
                || !Arrays.equals(Arrays.copyOf(bytes, kind.magic().length), kind.magic())) {
            return Optional.empty();
        }
        return Optional.of(kind.contentType());
    }

    /** The file's own name without any path a browser may send, at most 255 characters. */
    static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "evidencia";
        }
        return name.length() <= 255 ? name : name.substring(name.length() - 255);
    }
}
