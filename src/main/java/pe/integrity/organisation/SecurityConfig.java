package pe.integrity.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who reaches which URL. Finer rules (which entity) live in {@link EntityAccess}, applied per method.
 * Camunda's REST API and webapps are for administrators only: the REST starter exposes them without
 * authentication by default.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String ADMIN = Role.ADMIN.name();

    /** Camunda's REST API: stateless HTTP Basic for administrators, so no session cookie can be ridden (CSRF). */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/engine-rest/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ADMIN))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain appChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/verificar", "/verificar/**")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/camunda/**", "/admin/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/entities")
                        .hasAnyRole(Role.SIP_REVIEWER.name(), Role.AUDITOR.name(), ADMIN)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // Camunda's webapps carry their own CSRF protection (X-XSRF-TOKEN); ours covers the rest.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
        return http.build();
    }

    /**
     * URL patterns match the whole path within the application. Camunda's REST API and webapp API are servlets
     * of their own (/engine-rest/*, /camunda/api/...): Spring Security's default for string patterns resolves
     * them within Spring MVC's servlet, so on a real server "/engine-rest/**" never matched and any signed-in
     * user reached the engine.
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets a later move to Argon2 rehash on login
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
