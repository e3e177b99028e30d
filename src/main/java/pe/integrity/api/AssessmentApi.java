package pe.integrity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.responses.ApiResponses;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.integrity.organisation.CurrentUser;

/**
 * Read access to assessments, their risks and measures. Collections are paged ({@code page} from 0, {@code size}
 * up to {@value #MAX_SIZE}); an entity's assessments and an assessment's risks and measures are bounded lists.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Evaluaciones", description = "Evaluaciones de riesgos de integridad, sus riesgos y medidas")
@SecurityRequirement(name = "token")
@ApiResponses({
    @ApiResponse(responseCode = "401", description = "Sin token válido",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "403", description = "De otra entidad o sin el rol necesario",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "404", description = "No existe",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class))),
    @ApiResponse(responseCode = "400", description = "Parámetros no válidos (page, size)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
})
class AssessmentApi {

    static final int MAX_SIZE = 100;

    private final ApiReads reads;

    AssessmentApi(ApiReads reads) {
        this.reads = reads;
    }

    @GetMapping("/entities/{entityId}/assessments")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Evaluaciones de una entidad", description = "Las del periodo más reciente primero.")
    ApiViews.Page<ApiViews.AssessmentJson> assessments(@AuthenticationPrincipal CurrentUser user,
            @PathVariable Long entityId, @Parameter(description = "Página, desde 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Tamaño de página, 1 a 100") @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        return ApiViews.Page.of(reads.assessmentsOf(user, entityId), page, size);
    }

    @GetMapping("/assessments/{id}")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Una evaluación, con su etapa")
    ApiViews.AssessmentJson assessment(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        return reads.assessment(user, id);
    }

    @GetMapping("/assessments/{id}/risks")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Riesgos de una evaluación", description = "En orden de código.")
    ApiViews.Page<ApiViews.RiskJson> risks(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        return ApiViews.Page.of(reads.risks(user, id), page, size);
    }

    @GetMapping("/assessments/{id}/measures")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @Operation(summary = "Medidas del plan de tratamiento de una evaluación, con su estado de seguimiento")
    ApiViews.Page<ApiViews.MeasureJson> measures(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        return ApiViews.Page.of(reads.measures(user, id), page, size);
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new pe.integrity.shared.InvalidInputException("page", "api.page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new pe.integrity.shared.InvalidInputException("size", "api.page.size");
        }
    }
}
