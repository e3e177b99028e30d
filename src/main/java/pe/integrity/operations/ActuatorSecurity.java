package pe.integrity.operations;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import pe.integrity.organisation.Role;

/**
 * Actuator's own filter chain, ahead of the application's form-login chain. A scraper cannot fill in a login
 * form, so administrators may also authenticate with HTTP Basic here; a browser session of an administrator
 * works as well. Basic authentication creates no session, so nothing here can be ridden by CSRF.
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }
}
