package pe.integrity.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Workbook archives tampered with at the zip level, as an attacker would make them. */
public final class WorkbookFiles {

    private WorkbookFiles() {}

    /** The archive with one more entry. */
    public static byte[] withEntry(byte[] xlsx, String name, byte[] content) throws IOException {
        return rewrite(xlsx, name, content, UnaryOperator.identity(), null);
    }

    /** The archive with one entry's text replaced. */
    public static byte[] replacing(byte[] xlsx, String name, UnaryOperator<String> change) throws IOException {
        return rewrite(xlsx, null, null, change, name);
    }

    private static byte[] rewrite(byte[] xlsx, String extraName, byte[] extra, UnaryOperator<String> change,
            String changed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] body = in.readAllBytes();
                if (e.getName().equals(changed)) {
                    body = change.apply(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(body);
                zip.closeEntry();
            }
            if (extraName != null) {
                zip.putNextEntry(new ZipEntry(extraName));
                zip.write(extra);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
