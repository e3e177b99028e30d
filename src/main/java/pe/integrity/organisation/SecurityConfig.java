package pe.integrity.organisation;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
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

    /**
     * Our REST API (/api/**): stateless, personal API tokens as {@code Authorization: Bearer}, no session and so no
     * CSRF; 401 and 403 as RFC 9457 problem details ({@link ApiProblems}). The OpenAPI description and Swagger UI are
     * public (they hold no data), and so is the verification of a register, as /verificar is. Each operation then
     * checks entity scope and roles through the same use cases as the screens. Swagger UI's path alone gets a policy
     * that allows scripts ({@link #API_DOCS_POLICY}); every other answer may load nothing.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ApiProblems problems) throws Exception {
        http.securityMatcher(PATHS.matcher("/api/**"))
                .authorizeHttpRequests(auth -> auth.requestMatchers(PATHS.matcher("/api/v1/openapi.json"),
                                PATHS.matcher("/api/v1/openapi.json/**"), PATHS.matcher(API_DOCS + "/**"))
                        .permitAll()
                        // like /verificar: anyone holding a printed register may check it
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/v1/registers/{code}/verify"))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .headers(SecurityConfig::apiHeaders)
                .csrf(csrf -> csrf.disable());
        return http.build();
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
                .headers(SecurityConfig::pageHeaders)
                // Camunda's webapps carry their own CSRF protection (X-XSRF-TOKEN); ours covers the rest.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/camunda/**")));
        return http.build();
    }

    /**
     * Our pages use no script at all, so the policy forbids every script; styles come from our stylesheet, plus
     * style attributes for the scoring schemes' level colours (configurable data, never user text). Camunda's
     * webapps need their own scripts and send their own policy, so ours stays off /camunda. HSTS (Spring
     * Security's default) is sent on HTTPS requests, including those a trusted proxy marks
     * {@code X-Forwarded-Proto: https}.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'none'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** Swagger UI of the REST API (springdoc): the one place of the site that runs scripts, its own. */
    static final String API_DOCS = "/api/v1/docs";

    /**
     * Swagger UI needs its own scripts and styles (served from this application, never inline scripts), and calls the
     * API from the page; nothing else is allowed, and only under {@link #API_DOCS}.
     */
    static final String API_DOCS_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    /** The API's JSON and files are never a page: they may load nothing and be framed nowhere. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher docs = PATHS.matcher(API_DOCS + "/**");
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        docs, new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(docs), new ContentSecurityPolicyHeaderWriter(API_POLICY)))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
        RequestMatcher ourPages = new NegatedRequestMatcher(PATHS.matcher("/camunda/**"));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        ourPages, new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
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

    /**
     * A request the firewall refuses (double slash, path parameters, encoded characters in the path: probes of
     * Camunda's API such as {@code //engine-rest/task} or {@code /engine-rest;x=y/task}) is a quiet 400, not a
     * 500 with a stack trace in the log. Nothing of it reaches a servlet either way.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(400);
    }

    /** The same refusal before any other filter: Spring's path parsing for Camunda's servlets came first. */
    @Bean
    FilterRegistrationBean<RejectedPathFilter> rejectedPathFilter() {
        FilterRegistrationBean<RejectedPathFilter> registration = new FilterRegistrationBean<>(new RejectedPathFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the {id} prefix lets a later move to Argon2 rehash on login
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
