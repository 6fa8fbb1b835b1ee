package org.lantern.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Walks a session through its pending {@link SignInStep}s: any request elsewhere is sent to the next
 * step's page, and completing the last step grants the user's real authorities on a fresh session id.
 */
@Component
public class SignInFlow {

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AuditLog audit;

    SignInFlow(AuditLog audit) {
        this.audit = audit;
    }

    static Authentication authenticationFor(SignedInUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    /** The user of this request, whether or not sign-in is complete. */
    public static SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new org.springframework.security.access.AccessDeniedException("Not signed in");
    }

    /** Marks {@code step} done for this session and, if it was the last, completes the sign-in. */
    public void complete(SignInStep step, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser user = currentUser();
        if (!user.pendingSteps().contains(step)) {
            return;
        }
        SignedInUser next = user.withoutStep(step);
        if (next.pendingSteps().isEmpty()) {
            request.changeSessionId(); // a new session id once the session gains real authority
            audit.recordFor(next.id(), next.username(), AuditAction.SIGN_IN, "ok", "completed " + step);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticationFor(next));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Where the session must go next, or the home page when sign-in is complete. */
    public static String nextPage() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !user.pendingSteps().isEmpty()) {
            return user.pendingSteps().getFirst().path();
        }
        return "/";
    }

    /** Keeps a half-signed-in session on its next step's page. */
    static class PendingStepFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                    && !user.pendingSteps().isEmpty()) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                String allowed = user.pendingSteps().getFirst().path();
                if (!path.equals(allowed) && !path.equals("/signout") && !path.startsWith("/webjars/")
                        && !path.startsWith("/css/") && !path.startsWith("/js/") && !path.startsWith("/img/")
                        && !path.equals("/error") && !path.startsWith(allowed + "/")) {
                    if (path.startsWith("/api/")) {
                        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                    } else {
                        response.sendRedirect(request.getContextPath() + allowed);
                    }
                    return;
                }
            }
            chain.doFilter(request, response);
        }
    }
}
