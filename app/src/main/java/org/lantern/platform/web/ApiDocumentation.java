package org.lantern.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.lantern.platform.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes {@code /api/v1} as OpenAPI 3.1, served to signed-in users at {@code /v3/api-docs} and {@code /api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI lanternApi() {
        return new OpenAPI()
                .info(new Info().title("Lantern API").version("v1")
                        .description("Every call is checked against the caller's role and case assignments, and every "
                                + "read or change of a person's record is audited. Authenticate with a personal API "
                                + "token (My account → API tokens) sent as 'Authorization: Bearer <token>'."))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("lt_…")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }

    @Bean
    NavigationEntry apiDocumentationEntry() {
        return new NavigationEntry("nav.api", "/api-docs", "SIGNED_IN", 990, "nav.api.description");
    }
}
