package org.masthead.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public chains answer their own errors. Left to the servlet container, an error status
 * (sendError: a bad parameter, a wrong method) or an exception is forwarded to /error, which lies
 * on the desk's chain: the reader is redirected to the sign-in form, a session is created and the
 * stack trace is logged. Here the error is written at once as the public side's own page, with its
 * status. And until the application is ready (the demo content may still be being written on a
 * first start), every public address answers 503 with Retry-After instead of reaching the database.
 */
final class PublicErrors extends OncePerRequestFilter {

    /** Seconds a reader (or crawler) is asked to wait while the application starts. */
    static final String RETRY_AFTER_START = "5";

    /** The public paths as the raw request URI spells them (not normalised: that is why it was refused). */
    private static final Pattern PUBLIC_ADDRESS = Pattern.compile("/(archive|feed\\.atom)([/;].*)?");

    private static final Logger log = LoggerFactory.getLogger(PublicErrors.class);

    private final ApplicationAvailability availability;
    /** Looked up at the first error, not when the chains are built: the pages need the features' beans. */
    private final Supplier<PublicErrorPages> pages;

    PublicErrors(ApplicationAvailability availability, Supplier<PublicErrorPages> pages) {
        this.availability = availability;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_START);
            write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, pages.get().starting());
            return;
        }
        try {
            chain.doFilter(request, new PageOnError(response));
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            // Not a reader's mistake (those are answered above with their status): worth its stack trace, once.
            log.error("The public page {} failed", request.getRequestURI(), e);
            response.reset();
            write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, pages.get().forStatus(500));
        }
    }

    /**
     * A request the firewall refuses before any chain is chosen (a doubled slash, a ";", a ".."):
     * on a public address, the public 400 page with the public headers; elsewhere as Spring's default.
     * The default sends the error to the container, whose /error is on the desk's chain (the sign-in).
     */
    RequestRejectedHandler rejectedRequests(String csp) {
        RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (!PUBLIC_ADDRESS.matcher(request.getRequestURI()).matches()) {
                elsewhere.handle(request, response, rejected);
                return;
            }
            response.setHeader("Content-Security-Policy", csp);
            write(response, HttpServletResponse.SC_BAD_REQUEST, pages.get().forStatus(HttpServletResponse.SC_BAD_REQUEST));
        };
    }

    private static void write(HttpServletResponse response, int status, String page) throws IOException {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Turns sendError into the public page, written here, so the container never forwards to /error. */
    private final class PageOnError extends HttpServletResponseWrapper {

        PageOnError(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed");
            }
            resetBuffer();
            write((HttpServletResponse) getResponse(), status, pages.get().forStatus(status));
        }
    }
}
