/**
 * Offline work in Excel: an entity's people download a pre-filled workbook of the risks they work on, fill it in
 * without a connection, and upload it again. The import checks the file before anything else (hostile files are
 * refused unread), reads the sheet as a stream, validates every row against the same forms and rules the screens
 * use, shows a preview, and applies it all or nothing through the assessment module's use cases on confirmation.
 *
 * <p>Which columns a workbook lets people change is the stage's rule ({@link pe.integrity.assessment.StageWork}):
 * the description of risks while identifying, their scores while evaluating, both while correcting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offline workbooks",
        allowedDependencies = {"assessment", "catalog", "organisation", "shared"})
package pe.integrity.offline;
