package pe.integrity.register;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where finished exports are kept and how they become verifiable: a code is issued before the file is
 * written (it goes into the workbook's properties), the complete file is then stored and digested.
 */
interface ExportArchive {

    String newVerificationCode();

    String verificationUrl(String code);

    /** An empty temporary file where the export is written; stored or discarded afterwards. */
    Path newTempFile();

    /** Removes a temporary file that will not be stored; never throws. */
    void discard(Path tempFile);

    /** Stores a complete file (the temporary file is gone afterwards). */
    StoredExport store(ExportJob job, String verificationCode, String fileName, String description, String userName,
            Path completeFile);

    /** The bytes of a stored export. */
    InputStream open(StoredExport stored);

    /** @param documentId the archive's record of the file, when it keeps one */
    record StoredExport(Long documentId, String location, String fileName, long size, String sha256) {}
}
