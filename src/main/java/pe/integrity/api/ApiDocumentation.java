package pe.integrity.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description's header and the token scheme every operation names ({@code token}): a personal API token
 * from "Mis tokens de API", sent as {@code Authorization: Bearer irk_...}. Swagger UI's "Authorize" takes it.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Gestión de riesgos de integridad: API REST", version = "v1",
        description = "Lectura de entidades, evaluaciones, procesos, riesgos, medidas, reportes de avance, registros y "
                + "tareas; cierre de tareas y reportes de avance con las mismas reglas que las pantallas. Errores como "
                + "RFC 9457 (application/problem+json), en castellano o en inglés con Accept-Language: en."))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "irk_…",
        description = "Token personal de API creado en Mis tokens de API")
class ApiDocumentation {}
