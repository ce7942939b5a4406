package org.masthead.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The code step's form (POST {@link SecondFactorStep#CODE_PATH}, behind the CSRF filter): the
 * second half of a sign-in. Each code is counted by the sign-in throttle before it is checked,
 * exactly as a password is, so wrong codes slow down and then lock the name as wrong passwords
 * do. A right one (or the first code of an enrolment) signs the person in with their roles,
 * under a new session id.
 */
class SecondFactorCodeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorCodeFilter.class);

    private final SecondFactors factors;
    private final SignInThrottle throttle;
    private final SecondFactorSuccessHandler success;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final ChangeSessionIdAuthenticationStrategy newSessionId = new ChangeSessionIdAuthenticationStrategy();

    SecondFactorCodeFilter(SecondFactors factors, SignInThrottle throttle, SecondFactorSuccessHandler success,
                           SecurityContextHolderStrategy contexts) {
        this.factors = factors;
        this.throttle = throttle;
        this.success = success;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !SecondFactorStep.CODE_PATH.equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (pending == null) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        String username = pending.username();
        String address = request.getRemoteAddr();
        if (!reserved(username, address)) {
            refuse(request, response, session, new SignInRefusedException());
            return;
        }
        String code = request.getParameter("code");
        Optional<List<String>> recoveryCodes = Optional.empty();
        boolean right;
        if (pending.enrolling()) {
            recoveryCodes = factors.enrol(username, pending.enrolmentSecret(), code);
            right = recoveryCodes.isPresent();
        } else {
            right = factors.accept(username, code);
        }
        if (!right) {
            refuse(request, response, session, new BadCredentialsException(SecondFactorStep.WRONG_CODE));
            return;
        }
        giveBack(username, address);
        session.removeAttribute(PendingSignIn.ATTRIBUTE);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        newSessionId.onAuthentication(pending.signIn(), request, response);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(pending.signIn());
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        if (recoveryCodes.isPresent()) {
            request.getSession().setAttribute(SecondFactorStep.RECOVERY_CODES_TO_SHOW, recoveryCodes.get());
            response.sendRedirect(request.getContextPath() + SecondFactorStep.RECOVERY_CODES_PATH);
        } else {
            success.signedIn(request, response, pending.signIn());
        }
    }

    /** Whether the throttle let this code through (counted as a failure until it proves right). */
    private boolean reserved(String username, String address) {
        try {
            return throttle.reserveAttempt(username, address).isEmpty();
        } catch (DataAccessException e) {
            log.warn("Could not count a second-factor attempt, so it was refused: {}", e.getMessage());
            return false;
        }
    }

    /**
     * The code was right: it and the password before it (which stayed counted while the code was
     * due, or re-entering the password would clear the wrong codes) are given back.
     */
    private void giveBack(String username, String address) {
        try {
            throttle.succeeded(username, address);
            throttle.succeeded(username, address);
        } catch (DataAccessException e) {
            log.warn("Could not clear the failed sign-ins of a successful one: {}", e.getMessage());
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpSession session, Exception why)
            throws IOException {
        session.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, why);
        response.sendRedirect(request.getContextPath() + SecondFactorStep.CODE_PATH + "?error");
    }
}
