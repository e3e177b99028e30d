package pe.integrity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.integrity.assessment.AssessmentStage;
import pe.integrity.assessment.MeasureStatus;
import pe.integrity.organisation.ApiProblems;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.register.archive.RegisterArchive;
import pe.integrity.register.archive.RegisterKind;
import pe.integrity.register.archive.StoredRegister;

/**
 * An entity's assessments and what each holds: its steps, processes, risks, measures with their progress reports,
 * and its register documents; plus filing a progress report. Collections are paged ({@code page} from 0, {@code size}
 * up to {@value Paging#MAX_SIZE}) and filtered by the parameters each lists.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Evaluaciones", description = "Evaluaciones de riesgos de integridad: etapas, procesos, riesgos, medidas, "
        + "reportes de avance y registros")
@SecurityRequirement(name = "token")
@ApiResponses({
    @ApiResponse(responseCode = "400", description = "Parámetros o datos no válidos: errors lista cada campo",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "401", description = "Sin token válido",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "403", description = "De otra entidad o sin el rol necesario",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "404", description = "No existe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
})
class AssessmentApi {

    private final ApiReads reads;
    private final ApiReports reports;
    private final RegisterArchive archive;
    private final ApiProblems problems;

    AssessmentApi(ApiReads reads, ApiReports reports, RegisterArchive archive, ApiProblems problems) {
        this.reads = reads;
        this.reports = reports;
        this.archive = archive;
        this.problems = problems;
    }

    /** A progress report as a client sends it; {@code version} is the measure's, as last read. */
    record ProgressJson(
            @Schema(description = "NOT_STARTED, IN_PROGRESS o IMPLEMENTED") String status,
            @Schema(description = "0 a 100; 0 si no iniciada, 100 si implementada") Integer progress,
            @Schema(description = "Comentario del avance, hasta 2000 caracteres") String comment,
            @Schema(description = "version de la medida leída (GET .../measures)") Long version) {}

    @GetMapping("/entities/{entityId}/assessments")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Evaluaciones de una entidad", description = "Las del periodo más reciente primero.")
    ApiViews.Page<ApiViews.AssessmentJson> assessments(@AuthenticationPrincipal CurrentUser user,
            @PathVariable Long entityId,
            @Parameter(description = "Solo las que están en esta etapa") @RequestParam(required = false) AssessmentStage stage,
            @Parameter(description = "Página, desde 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Tamaño de página, 1 a 100") @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return reads.assessmentsOf(user, entityId, stage == null ? null : stage.name(), page, size);
    }

    @GetMapping("/assessments/{id}")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Una evaluación, con su etapa y el estado de cada paso",
            description = "Cada paso del ciclo: NOT_STARTED, IN_PROGRESS, DONE o RETURNED, sus roles, sus tareas "
                    + "abiertas y quién lo completó por última vez.")
    ApiViews.AssessmentDetailJson assessment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return reads.assessment(user, id);
    }

    @GetMapping("/assessments/{id}/processes")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Procesos en el alcance de una evaluación", description = "En el orden en que se agregaron.")
    ApiViews.Page<ApiViews.ProcessJson> processes(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Parameter(description = "Solo los de este Técnico (usuario)") @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        Paging.checkText("owner", owner);
        return reads.processes(user, id, owner, page, size);
    }

    @GetMapping("/assessments/{id}/risks")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Riesgos de una evaluación", description = "En orden de código.")
    ApiViews.Page<ApiViews.RiskJson> risks(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Parameter(description = "Solo los de este proceso en el alcance") @RequestParam(required = false) Long processId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return reads.risks(user, id, processId, page, size);
    }

    @GetMapping("/assessments/{id}/measures")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Medidas del plan de tratamiento de una evaluación, con su estado de seguimiento",
            description = "En orden de código.")
    ApiViews.Page<ApiViews.MeasureJson> measures(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Parameter(description = "Solo las de este estado") @RequestParam(required = false) MeasureStatus status,
            @Parameter(description = "Solo las vencidas (true) o no vencidas (false)") @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return reads.measures(user, id, status, overdue, page, size);
    }

    @GetMapping("/assessments/{id}/measures/{measureId}/reports")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Reportes de avance de una medida", description = "Cada reporte tal como se dio, el más antiguo "
            + "primero, con su ciclo de seguimiento.")
    ApiViews.Page<ApiViews.ReportJson> reports(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long measureId,
            @Parameter(description = "Solo los de este ciclo de seguimiento") @RequestParam(required = false) Integer cycle,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return reads.reports(user, id, measureId, cycle, page, size);
    }

    @PostMapping("/assessments/{id}/measures/{measureId}/reports")
    @ApiResponse(responseCode = "200", description = "Guardado: la medida con su nuevo estado")
    @ApiResponse(responseCode = "409", description = "La medida cambió desde que se leyó (version) o la evaluación ya no "
            + "está en seguimiento",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "El cuerpo no es JSON",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(summary = "Reportar el avance de una medida",
            description = "Las mismas reglas que la pantalla de seguimiento: el responsable de la medida o el Conductor, "
                    + "en seguimiento; estado y avance coherentes; la version leída. Nada se guarda si se rechaza.")
    ApiViews.MeasureJson report(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long measureId, @RequestBody ProgressJson body, HttpServletRequest request) {
        return reports.report(user, id, measureId, body, problems.locale(request));
    }

    @GetMapping("/assessments/{id}/registers")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Registros generados de una evaluación (PDF, Excel, reportes de seguimiento)",
            description = "El más reciente primero; cada uno con su código de verificación y SHA-256.")
    ApiViews.Page<ApiViews.RegisterJson> registers(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Parameter(description = "Solo los de este tipo") @RequestParam(required = false) RegisterKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return reads.registers(user, id, kind, page, size);
    }

    @GetMapping(path = "/assessments/{id}/registers/{documentId}/file",
            produces = {"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/problem+json"})
    @ApiResponse(responseCode = "200", description = "El archivo tal como se guardó (su SHA-256 es el del listado)",
            content = {@Content(mediaType = "application/pdf"),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    @Operation(summary = "Descargar un registro generado")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @PathVariable Long documentId) {
        StoredRegister doc = reads.register(user, id, documentId);
        InputStream in = archive.open(doc);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(doc.contentType()))
                .contentLength(doc.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(doc.filename(), StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(in));
    }
}
