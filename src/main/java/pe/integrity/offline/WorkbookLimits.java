package pe.integrity.offline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of a workbook the import reads at most (application.yml, {@code app.offline.*}): a file larger, a
 * sheet longer or wider, or an archive that inflates beyond these is refused with a message, never read on.
 *
 * @param maxBytes the uploaded file
 * @param maxRows rows of risks on the risks sheet, below its header
 * @param maxColumns columns of any row
 * @param maxInflatedBytes all parts of the archive once uncompressed
 * @param maxParts entries in the archive
 */
@ConfigurationProperties("app.offline")
record WorkbookLimits(Long maxBytes, Integer maxRows, Integer maxColumns, Long maxInflatedBytes, Integer maxParts) {

    WorkbookLimits {
        maxBytes = maxBytes == null ? 2L * 1024 * 1024 : maxBytes;
        maxRows = maxRows == null ? 2000 : maxRows;
        maxColumns = maxColumns == null ? 40 : maxColumns;
        maxInflatedBytes = maxInflatedBytes == null ? 40L * 1024 * 1024 : maxInflatedBytes;
        maxParts = maxParts == null ? 200 : maxParts;
    }
}
