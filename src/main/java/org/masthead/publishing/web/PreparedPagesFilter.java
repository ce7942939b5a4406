package org.masthead.publishing.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.publishing.Archive.Format;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * Reading the archive, answered before any other filter: GET and HEAD of the public pages that
 * exist, from {@link PreparedPages}, with the headers the public chain would add. No session, no
 * observation, no security chain, no MVC: on a 2-core machine those cost four fifths of a request.
 * Everything else passes on untouched (a search, a page past the last, an unknown address, another
 * method, an odd spelling, a condition it cannot read, the archive not open, the application still
 * starting), so every error page and every other answer stays what the controllers and the chain make it.
 */
final class PreparedPagesFilter extends HttpFilter {

    /** Exactly as the controllers' mappings spell an edition's addresses; nothing the firewall would refuse. */
    private static final Pattern EDITION = Pattern.compile("/archive/(\\d{1,9})(?:/editions/(\\d{1,4}))?(?:/(email|text))?");
    /** The index pages Archive keeps prepared (1 to 100), as the pager writes them. */
    private static final Pattern PAGE = Pattern.compile("[1-9]\\d?|100");

    private final PreparedPages pages;
    private final ApplicationAvailability availability;

    PreparedPagesFilter(PreparedPages pages, ApplicationAvailability availability) {
        this.pages = pages;
        this.availability = availability;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        PreparedAnswer answer = readable(request) ? preparedOrNone(request) : null;
        Revalidation.Outcome outcome = answer == null ? Revalidation.Outcome.ASK_THE_CHAIN : Revalidation.of(request, answer);
        if (outcome == Revalidation.Outcome.ASK_THE_CHAIN) {
            chain.doFilter(request, response);
            return;
        }
        answer.write(request, response, outcome == Revalidation.Outcome.NOT_MODIFIED, request.isSecure());
    }

    private boolean readable(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getContextPath().isEmpty()
                && availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
    }

    /**
     * Whatever goes wrong while preparing (the database cannot be asked, say) is the chain's to
     * answer: its PublicErrors writes the public 500 page; thrown from here, it would reach the
     * container's error page on the desk's chain (the sign-in form, and a session).
     */
    private PreparedAnswer preparedOrNone(HttpServletRequest request) {
        try {
            return answerFor(request);
        } catch (RuntimeException cannotPrepare) {
            return null;
        }
    }

    /** The index without a search: no parameter, or only the page (as the controller reads them, decoded). */
    private PreparedAnswer index(Map<String, String[]> parameters) {
        if (parameters.isEmpty()) {
            return pages.index(1);
        }
        String[] page = parameters.get("page");
        if (parameters.size() != 1 || page == null || page.length != 1 || !PAGE.matcher(page[0]).matches()) {
            return null;
        }
        return pages.index(Integer.parseInt(page[0]));
    }

    /** The prepared answer for the address, or null when the chain answers it. */
    private PreparedAnswer answerFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals("/archive")) {
            return index(request.getParameterMap());
        }
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            return null;
        }
        switch (path) {
            case "/feed.atom":
                return pages.feed();
            case "/archive/archive.css":
                return pages.stylesheet();
            case "/favicon.ico":
                return pages.noIcon();
            default:
                Matcher edition = EDITION.matcher(path);
                if (!edition.matches()) {
                    return null;
                }
                Integer editionNo = edition.group(2) == null ? null : Integer.valueOf(edition.group(2));
                String format = edition.group(3);
                return pages.edition(path, Integer.parseInt(edition.group(1)), editionNo,
                        format == null ? Format.WEB : format.equals("email") ? Format.EMAIL : Format.TEXT);
        }
    }
}
