package org.masthead.publishing.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * One public page as it is sent: its bytes and every header, prepared once (the ETag and the
 * Last-Modified date are strings by then), so a request costs a few header writes and one copy.
 * {@code etag} is null for what has no validator (the stylesheet, the icon): those are always sent whole.
 */
record PreparedAnswer(int status, String contentType, byte[] body, String etag, String lastModified,
                      long lastModifiedMillis, List<Map.Entry<String, String>> headers, List<Map.Entry<String, String>> notModifiedHeaders) {

    /** Writes the whole answer, or 304 when the reader's copy is still this one; the body never for HEAD. */
    void write(HttpServletRequest request, HttpServletResponse response, boolean notModified, boolean secure) throws IOException {
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            setAll(response, notModifiedHeaders, secure);
            return;
        }
        response.setStatus(status);
        setAll(response, headers, secure);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (body.length > 0 || status != HttpServletResponse.SC_NO_CONTENT) {
            response.setContentLength(body.length);
        }
        if (!"HEAD".equals(request.getMethod()) && body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    private static void setAll(HttpServletResponse response, List<Map.Entry<String, String>> headers, boolean secure) {
        for (Map.Entry<String, String> header : headers) {
            response.setHeader(header.getKey(), header.getValue());
        }
        if (secure) {
            response.setHeader(PublicHeaders.HSTS, PublicHeaders.HSTS_VALUE);
        }
    }
}
