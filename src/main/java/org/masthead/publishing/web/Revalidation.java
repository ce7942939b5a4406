package org.masthead.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Enumeration;

/**
 * Whether a reader's copy is still the page, decided as Spring MVC's checkNotModified decides it for
 * GET and HEAD (If-None-Match first, compared weakly, then If-Modified-Since), but on strings: the
 * ETag as prepared, the date as sent the last time. What it cannot read plainly (If-Match, a date in
 * another format, a tag without quotes) is left to the chain, which answers as it always has.
 */
final class Revalidation {

    enum Outcome { SEND, NOT_MODIFIED, ASK_THE_CHAIN }

    private Revalidation() {
    }

    static Outcome of(HttpServletRequest request, PreparedAnswer answer) {
        if (answer.etag() == null) {
            return Outcome.SEND;
        }
        if (request.getHeader("If-Match") != null || request.getHeader("If-Unmodified-Since") != null) {
            return Outcome.ASK_THE_CHAIN;
        }
        Enumeration<String> noneMatch = request.getHeaders("If-None-Match");
        if (noneMatch.hasMoreElements()) {
            while (noneMatch.hasMoreElements()) {
                Outcome outcome = matchIn(noneMatch.nextElement(), answer.etag());
                if (outcome != Outcome.SEND) {
                    return outcome;
                }
            }
            return Outcome.SEND;
        }
        String since = request.getHeader("If-Modified-Since");
        if (since == null || answer.lastModified() == null) {
            return Outcome.SEND;
        }
        if (since.equals(answer.lastModified())) {
            return Outcome.NOT_MODIFIED;
        }
        return olderOrSame(since, answer.lastModifiedMillis());
    }

    /**
     * A list of tags, each "x" or W/"x"; weak and strong compare alike for a GET. "*" matches nothing
     * here, as in Spring MVC (it means "any" only for a write).
     */
    private static Outcome matchIn(String list, String etag) {
        for (String tag : list.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.isEmpty()) {
                continue;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.length() < 2 || t.charAt(0) != '"' || t.charAt(t.length() - 1) != '"') {
                return Outcome.ASK_THE_CHAIN;
            }
            if (t.equals(etag)) {
                return Outcome.NOT_MODIFIED;
            }
        }
        return Outcome.SEND;
    }

    private static Outcome olderOrSame(String since, long lastModifiedMillis) {
        if (!since.endsWith(" GMT")) {
            return Outcome.ASK_THE_CHAIN;
        }
        try {
            long sinceMillis = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            return sinceMillis >= lastModifiedMillis / 1000 * 1000 ? Outcome.NOT_MODIFIED : Outcome.SEND;
        } catch (DateTimeParseException e) {
            return Outcome.ASK_THE_CHAIN;
        }
    }
}
