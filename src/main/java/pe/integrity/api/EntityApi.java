package pe.integrity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pe.integrity.organisation.CurrentUser;
import pe.integrity.organisation.EntityType;

/** The obliged entities the caller may read: all of them for SIP, auditors and administrators, else their own. */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Entidades", description = "Entidades públicas obligadas")
@SecurityRequirement(name = "token")
class EntityApi {

    private final ApiReads reads;

    EntityApi(ApiReads reads) {
        this.reads = reads;
    }

    @GetMapping("/entities")
    @ApiResponse(responseCode = "200", description = "Correcto")
    @ApiResponse(responseCode = "400", description = "Parámetros no válidos: errors lista cada campo",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "Sin token válido",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(summary = "Entidades", description = "En orden alfabético, paginadas en la base de datos. Una persona de una "
            + "entidad ve solo la suya; SIP, auditores y administradores, todas.")
    ApiViews.Page<ApiViews.EntityJson> entities(@AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Parte del nombre o de la sigla") @RequestParam(required = false) String q,
            @Parameter(description = "Tipo de entidad") @RequestParam(required = false) EntityType type,
            @Parameter(description = "Página, desde 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Tamaño de página, 1 a 100") @RequestParam(defaultValue = "20") int size) {
        Paging.check(page, size);
        Paging.checkText("q", q);
        return reads.entities(user, q, type, page, size);
    }
}
