package org.lantern.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two filter chains. {@code /api/v1/**} authenticates with personal API tokens (or the browser's
 * session) and answers 401 with a JSON body to anyone else. Everything else is the web UI: sign-in form,
 * pending sign-in steps, CSRF protection and strict headers. Permissions are checked here per path and
 * again in services per record ({@link RecordAccess}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id: 16-byte salt, 32-byte hash, 1 lane, 19 MiB, 2 iterations (OWASP's minimum for Argon2id).
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(SignedInUser.SIGNED_IN))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> json(response, 401, "unauthorized",
                                "Sign in, or send a personal API token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, e) -> json(response, 403, "forbidden",
                                "You do not have access to this resource.")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuditLog audit)
            throws Exception {
        // PasswordAuthentication is the global provider; naming it here too would check every attempt twice.
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/signin", "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/signin/two-factor", "/account/password", "/account/two-factor",
                                "/account/two-factor/**").authenticated()
                        .requestMatchers("/admin/users/**").hasAuthority(Permission.USERS_MANAGE.authority())
                        .requestMatchers("/admin/audit/**").hasAuthority(Permission.AUDIT_VIEW.authority())
                        .requestMatchers("/admin/keys/**").hasAuthority(Permission.KEYS_MANAGE.authority())
                        .requestMatchers("/actuator/**").hasAuthority(Permission.METRICS_VIEW.authority())
                        .anyRequest().hasAuthority(SignedInUser.SIGNED_IN))
                .formLogin(form -> form.loginPage("/signin").loginProcessingUrl("/signin")
                        .successHandler((request, response, authentication) -> response.sendRedirect(
                                request.getContextPath() + SignInFlow.nextPage()))
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/signin?locked" : "/signin?error"))))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                                audit.recordFor(user.id(), user.username(), AuditAction.SIGN_OUT, "ok", null);
                            }
                        }))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new SignInFlow.PendingStepFilter(), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frame -> frame.deny())
                        .xssProtection(xss -> xss.headerValue(XXssProtectionHeaderWriter.HeaderValue.DISABLED))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31536000)));
        return http.build();
    }

    private static void json(HttpServletResponse response, int status, String error, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    }

    /** Authenticates {@code Authorization: Bearer lt_...} against the stored token hashes. */
    static class BearerTokenFilter extends OncePerRequestFilter {
        private final ApiTokens tokens;

        BearerTokenFilter(ApiTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var user = tokens.authenticate(header.substring(7).trim());
                if (user.isEmpty()) {
                    json(response, 401, "unauthorized", "The API token is invalid, expired or revoked.");
                    return;
                }
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(SignInFlow.authenticationFor(user.get()));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }

}
