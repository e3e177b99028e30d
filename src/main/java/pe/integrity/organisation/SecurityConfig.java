package pe.integrity.organisation;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who reaches which URL. Finer rules (which entity) live in {@link EntityAccess}, applied per method.
 * Camunda's REST API and webapps are for administrators only: the REST starter exposes them without
 * authentication by default.
 *
 * <p>URL patterns are plain path patterns on the whole request path. Spring Security's default for string
 * patterns is an MVC matcher, which silently never matches requests served by another servlet (Camunda's
 * Jersey servlets at /engine-rest and /camunda/api): the REST chain below was skipped that way.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String ADMIN = Role.ADMIN.name();

    private final SessionLifetimeFilter sessionLifetime;

    private final MessageSource messages;

    SecurityConfig(
            Clock clock,
            @Value("${app.security.session.max-lifetime}") Duration maxSessionLifetime,
            MessageSource messages) {
        this.sessionLifetime = new SessionLifetimeFilter(clock, maxSessionLifetime);
        this.messages = messages;
    }

    /** Passwords are checked here only, for the form and for HTTP Basic alike, with the failed sign-in throttle. */
    @Bean
    AuthenticationProvider authenticationProvider(
            OrganisationUserDetailsService users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    /** Makes every string pattern in this configuration (and any added later) a servlet-independent path pattern. */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean pathPatternRequestMatcherBuilder() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** Camunda's REST API: stateless HTTP Basic for administrators, so no session cookie can be ridden (CSRF). */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(LoginPausedResponses.basic(messages)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Actuator: health is public (load balancers, Docker); metrics and the rest for administrators, by HTTP
     * Basic for a Prometheus scraper or by the administrator's browser session.
     */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                PATHS.matcher("/actuator/health"), PATHS.matcher("/actuator/health/**"))
                        .permitAll()
                        .anyRequest()
                        .hasRole(ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(LoginPausedResponses.basic(messages)))
                .addFilterAfter(sessionLifetime, AnonymousAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain appChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                PATHS.matcher("/login"),
                                PATHS.matcher("/css/**"),
                                PATHS.matcher("/js/**"),
                                PATHS.matcher("/img/**"),
                                PATHS.matcher("/favicon.ico"),
                                PATHS.matcher("/error"))
                        .permitAll()
                        .requestMatchers(PATHS.matcher("/verificar"), PATHS.matcher("/verificar/**"))
                        .permitAll()
                        .requestMatchers(PATHS.matcher("/camunda/**"), PATHS.matcher("/admin/**"))
                        .hasRole(ADMIN)
                        // the national list; EntityController checks the same again per method
                        .requestMatchers(PATHS.matcher("/entities"))
                        .hasAnyRole(Role.SIP_REVIEWER.name(), Role.AUDITOR.name(), ADMIN)
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(LoginPausedResponses.form())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(e -> e.accessDeniedHandler(new ExpiredFormAwareAccessDeniedHandler()))
                .addFilterAfter(sessionLifetime, AnonymousAuthenticationFilter.class)
                // Camunda's webapps carry their own CSRF protection (X-XSRF-TOKEN); ours covers the rest.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")));
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
