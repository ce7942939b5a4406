package org.masthead.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The desk chain's check of every request against {@link SessionCheck}: a page, a Vaadin RPC (a UIDL
 * request is an HTTP request to the servlet, so it passes here too) or a heartbeat of a session that was
 * ended (deactivated, roles or password changed, signed out elsewhere) is not served. The session is
 * invalidated, the reason kept in a fresh one for the sign-in page, and the tab sent there: a page by a
 * redirect, a Vaadin RPC by the answer Vaadin's client engine reads as "go to this address" (a critical
 * notification without caption or message), a heartbeat by 410, which the engine takes as an expired
 * session (it reloads, and the reload lands on the sign-in page).
 */
class EndedSessions extends OncePerRequestFilter {

    private final SessionCheck check;
    private final RequestUtil vaadinRequests;

    EndedSessions(SessionCheck check, RequestUtil vaadinRequests) {
        this.check = check;
        this.vaadinRequests = vaadinRequests;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(SessionCheck.KEY);
        Optional<String> refusal = key instanceof String k ? check.refusal(k) : Optional.empty();
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // Ended by a request running beside this one: the same outcome.
        }
        SecurityContextHolder.clearContext();
        request.getSession(true).setAttribute(SessionCheck.WHY, refusal.get());
        String signIn = request.getContextPath() + "/login";
        if (!vaadinRequests.isFrameworkInternalRequest(request)) {
            response.sendRedirect(signIn);
        } else if (HandlerHelper.RequestType.HEARTBEAT.getIdentifier().equals(request.getParameter("v-r"))) {
            response.sendError(HttpServletResponse.SC_GONE);
        } else {
            response.setContentType("application/json; charset=UTF-8");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createCriticalNotificationJSON(null, null, null, signIn));
        }
    }
}
