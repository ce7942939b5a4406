package org.masthead.publishing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.masthead.security.SecurityConfig;

/**
 * The headers the public filter chains (SecurityConfig's stateless chains) add to every answer, as
 * they write them: the prepared answers carry the same, so skipping the chain changes nothing a
 * reader (or a test that compares both paths) can see.
 */
final class PublicHeaders {

    /** Spring Security writes it on secure requests only (behind a TLS proxy too, once forwarded headers are on). */
    static final String HSTS = "Strict-Transport-Security";
    static final String HSTS_VALUE = "max-age=31536000 ; includeSubDomains";

    private PublicHeaders() {
    }

    /** The chain's headers after the page's own: the page's Cache-Control stands, as on the chain. */
    static List<Map.Entry<String, String>> of(boolean email, List<Map.Entry<String, String>> own) {
        List<Map.Entry<String, String>> all = new ArrayList<>(own);
        all.add(Map.entry("X-Content-Type-Options", "nosniff"));
        all.add(Map.entry("X-XSS-Protection", "0"));
        all.add(Map.entry("X-Frame-Options", "DENY"));
        all.add(Map.entry("Content-Security-Policy", email ? SecurityConfig.EMAIL_CSP : SecurityConfig.PUBLIC_CSP));
        all.add(Map.entry("Referrer-Policy", "no-referrer"));
        return List.copyOf(all);
    }
}
