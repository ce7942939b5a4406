package org.masthead.publishing.sources;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The WARC records of one fetched source, written by jwarc (the IIPC's library): for every exchange
 * a response and the request that asked for it, then a metadata record saying who captured it, for
 * which link and how it ended. Gzipped record by record, so the records of many sources concatenate
 * into one valid {@code .warc.gz}.
 */
final class WarcRecords {

    private WarcRecords() {
    }

    static byte[] of(FetchResult result, String capturedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
            URI last = null;
            for (Exchange exchange : result.exchanges()) {
                WarcResponse.Builder response = new WarcResponse.Builder(exchange.uri()).date(exchange.at())
                        .body(httpResponse(exchange));
                if (!exchange.address().isEmpty()) {
                    response.ipAddress(InetAddress.getByName(exchange.address())); // a literal: no lookup
                }
                WarcResponse written = response.build();
                writer.write(written);
                writer.write(new WarcRequest.Builder(exchange.uri()).date(exchange.at()).concurrentTo(written.id())
                        .body(httpRequest(exchange)).build());
                last = written.id();
            }
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("via", List.of(result.requested().toString()));
            fields.put("capturedBy", List.of(capturedBy));
            fields.put("hops", List.of(String.valueOf(result.exchanges().size())));
            if (result.failure() != null) {
                fields.put("failure", List.of(result.failure()));
            }
            WarcMetadata.Builder metadata = new WarcMetadata.Builder().targetURI(result.requested())
                    .date(result.exchanges().isEmpty() ? Instant.now() : result.last().at()).fields(fields);
            if (last != null) {
                metadata.concurrentTo(last);
            }
            writer.write(metadata.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The warcinfo record an export begins with. */
    static byte[] info(String filename, String capturedBy) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            fields.put("software", List.of("Masthead"));
            fields.put("operator", List.of(capturedBy));
            fields.put("format", List.of("WARC File Format 1.1"));
            writer.write(new Warcinfo.Builder().filename(filename).fields(fields).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static HttpResponse httpResponse(Exchange exchange) {
        HttpResponse.Builder http = new HttpResponse.Builder(exchange.status(), exchange.reason().isEmpty() ? "-" : exchange.reason());
        String type = null;
        for (Map.Entry<String, String> header : exchange.responseHeaders()) {
            String name = header.getKey();
            // The body is kept de-chunked (as HttpClient hands it over) and its length is set anew.
            if (name.equalsIgnoreCase("Transfer-Encoding") || name.equalsIgnoreCase("Content-Length")) {
                continue;
            }
            if (name.equalsIgnoreCase("Content-Type")) {
                type = header.getValue();
            }
            http.addHeader(name, header.getValue());
        }
        MediaType media = parsedOr(type);
        return http.body(media, exchange.rawBody()).build();
    }

    private static HttpRequest httpRequest(Exchange exchange) {
        URI uri = exchange.uri();
        String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        HttpRequest.Builder http = new HttpRequest.Builder("GET", target);
        exchange.requestHeaders().forEach(h -> http.addHeader(h.getKey(), h.getValue()));
        return http.build();
    }

    private static MediaType parsedOr(String type) {
        if (type == null) {
            return MediaType.OCTET_STREAM;
        }
        try {
            return MediaType.parse(type);
        } catch (IllegalArgumentException unreadable) {
            return MediaType.OCTET_STREAM;
        }
    }
}
