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
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import pe.integrity.organisation.ApiProblems;
import pe.integrity.organisation.CurrentUser;

/** The caller's open tasks (the same as their inbox) and completing one with the validation of its step's page. */
@RestController
@RequestMapping(path = "/api/v1/tasks", produces = "application/json")
@Tag(name = "Tareas", description = "Las tareas abiertas de quien llama y su cierre")
@SecurityRequirement(name = "token")
@ApiResponses({
    @ApiResponse(responseCode = "400", description = "Parámetros o datos no válidos: errors lista cada campo",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "401", description = "Sin token válido",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "403", description = "Tarea o evaluación de otra entidad, o de otro rol",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "404", description = "No existe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
})
class TaskApi {

    private final ApiTasks tasks;
    private final ApiProblems problems;

    TaskApi(ApiTasks tasks, ApiProblems problems) {
        this.tasks = tasks;
        this.problems = problems;
    }

    /** Completing a step: the decision of an approval or review step, a comment, SIP's observations. */
    record Completion(
            @Schema(description = "La decisión, en los pasos que la piden: APPROVE o RETURN (alcance); APPROVE, "
                    + "RETURN_TO_IDENTIFICATION, RETURN_TO_EVALUATION o RETURN_TO_TREATMENT (aprobación de Alta "
                    + "Dirección); APPROVED u OBSERVED (revisión de SIP); vacío en los demás") String outcome,
            @Schema(description = "Comentario; obligatorio al devolver, hasta 4000 caracteres") String comment,
            @Schema(description = "Solo la revisión de SIP: sus observaciones") List<ObservationJson> observations) {}

    /** One observation of SIP: on the assessment, a risk or a measure ({@code ASSESSMENT}, {@code RISK:12}, {@code MEASURE:34}). */
    record ObservationJson(@Schema(description = "ASSESSMENT, RISK:{id} o MEASURE:{id}") String target,
            @Schema(description = "Texto de la observación") String text) {}

    @GetMapping
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Mis tareas abiertas", description = "Las de la bandeja de entrada, la más reciente primero, "
            + "paginadas en el motor de procesos; con assessmentId, solo las de esa evaluación.")
    ApiViews.Page<ApiViews.TaskJson> open(@AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Solo las de esta evaluación") @RequestParam(required = false) Long assessmentId,
            @Parameter(description = "Página, desde 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Tamaño de página, 1 a 100") @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        return tasks.open(user, assessmentId, page, size);
    }

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "204", description = "Paso completado")
    @ApiResponse(responseCode = "409", description = "La tarea ya no está abierta (alguien la completó)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "El cuerpo no es JSON",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Al paso le falta algo: gaps lista cada falta; la tarea sigue abierta",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(summary = "Completar una tarea",
            description = "Con las mismas reglas que la página del paso: solo quien tiene la tarea, el paso completo, "
                    + "la decisión y el comentario que pide. Si se rechaza, nada cambia.")
    void complete(@AuthenticationPrincipal CurrentUser user, @PathVariable String taskId,
            @RequestBody(required = false) Completion body, HttpServletRequest request) {
        tasks.complete(user, taskId, body == null ? new Completion(null, null, null) : body, problems.locale(request));
    }
}
