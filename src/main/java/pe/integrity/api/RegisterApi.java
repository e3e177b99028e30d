package pe.integrity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public check of a register document, as /verificar: anyone holding a printed or downloaded register may ask
 * whether the system generated it, by the code printed in it or by its SHA-256. It tells what the page tells.
 */
@RestController
@RequestMapping(path = "/api/v1/registers", produces = "application/json")
@Tag(name = "Verificación", description = "Verificación pública de registros, como /verificar")
class RegisterApi {

    private final ApiReads reads;

    RegisterApi(ApiReads reads) {
        this.reads = reads;
    }

    @GetMapping("/{code}/verify")
    @ApiResponse(responseCode = "200", description = "Es un documento generado por el sistema")
    @ApiResponse(responseCode = "400", description = "Código demasiado largo",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Ningún documento tiene ese código o SHA-256",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @Operation(summary = "Verificar un registro", description = "Público, sin token. El código tal como está impreso "
            + "(mayúsculas, espacios y guiones no importan) o el SHA-256 del archivo.")
    ApiViews.VerificationJson verify(@PathVariable String code) {
        Paging.checkText("code", code);
        return reads.verify(code);
    }
}
