package org.masthead.publishing.sources;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.EndpointDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches a cited source so that it cannot be turned against the server: http and https only; the
 * host's addresses checked after resolution and connected to as checked ({@link AddressGuard}), on
 * every redirect, which it follows itself, at most {@code maxRedirects}; the whole fetch cut off at
 * {@code timeout} (a trickling server is aborted, not waited for); the body cut off past
 * {@code maxSize}, as received and again as unpacked, so a gzip bomb stops at the limit; at most
 * {@code perHost} fetches talk to one host at once; and the user agent names the publication.
 */
final class SourceFetcher implements AutoCloseable {

    private static final int MOST_HEADER_BYTES = 64 * 1024;

    private final SourceSettings settings;
    private final Supplier<String> userAgent;
    private final Clock clock;
    private final CloseableHttpClient client;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService cutter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "source-fetch-timeout");
        t.setDaemon(true);
        return t;
    });

    SourceFetcher(SourceSettings settings, Supplier<String> userAgent, Clock clock) {
        this.settings = settings;
        this.userAgent = userAgent;
        this.clock = clock;
        Timeout timeout = Timeout.of(settings.timeout());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new AddressGuard(settings.loopbackHosts()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout).setSocketTimeout(timeout).build())
                        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(timeout).build())
                        .setMaxConnPerRoute(settings.perHost())
                        .setMaxConnTotal(Math.max(10, settings.perHost() * 5))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout)
                        .setConnectionRequestTimeout(timeout).setRedirectsEnabled(false).build())
                .disableRedirectHandling()      // followed here, each hop through the guard
                .disableContentCompression()    // unpacked here, within the size limit
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    /** Fetches the address, following redirects; never throws for anything the source does. */
    FetchResult fetch(String address) {
        return fetch(address, settings.timeout());
    }

    /** The same, cut off sooner (never later than the setting). */
    FetchResult fetch(String address, java.time.Duration within) {
        java.time.Duration timeout = within.compareTo(settings.timeout()) < 0 ? within : settings.timeout();
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return new FetchResult(null, List.of(), "The address is not a web address.");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Exchange> exchanges = new ArrayList<>();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            String problem = problemWith(current);
            if (problem != null) {
                return new FetchResult(uri, exchanges, problem);
            }
            Exchange exchange;
            try {
                exchange = exchange(current, deadline, timeout);
            } catch (Refused refused) {
                return new FetchResult(uri, exchanges, refused.getMessage());
            }
            exchanges.add(exchange);
            if (!exchange.isRedirect()) {
                return new FetchResult(uri, exchanges, null);
            }
            if (hop >= settings.maxRedirects()) {
                return new FetchResult(uri, exchanges, "It redirected more than " + settings.maxRedirects() + " times.");
            }
            try {
                current = current.resolve(new URI(exchange.header("Location").strip().replace(" ", "%20")));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return new FetchResult(uri, exchanges, "It redirected to something that is not a web address.");
            }
        }
    }

    private static String problemWith(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "Only http and https addresses are fetched, not " + (scheme.isEmpty() ? "this one" : scheme + ":") + ".";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "The address names no host.";
        }
        if (uri.getRawUserInfo() != null) {
            return "Addresses with a user name or password are not fetched.";
        }
        return null;
    }

    private Exchange exchange(URI uri, long deadline, java.time.Duration timeout) throws Refused {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Semaphore slots = hosts.computeIfAbsent(host, h -> new Semaphore(settings.perHost(), true));
        long left = remainingMillis(deadline);
        try {
            if (left <= 0 || !slots.tryAcquire(left, TimeUnit.MILLISECONDS)) {
                throw new Refused(tookTooLong(timeout));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("The fetch was interrupted.");
        }
        HttpGet get = new HttpGet(uri);
        get.setHeader("User-Agent", userAgent.get());
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/pdf,image/*;q=0.9,*/*;q=0.8");
        get.setHeader("Accept-Encoding", "gzip, deflate");
        // The whole exchange is cut off at the deadline, however slowly the server trickles.
        ScheduledFuture<?> cut = cutter.schedule(get::cancel, Math.max(1, remainingMillis(deadline)), TimeUnit.MILLISECONDS);
        Instant at = clock.instant();
        try {
            List<Map.Entry<String, String>> sent = new ArrayList<>();
            sent.add(Map.entry("Host", uri.getRawAuthority()));
            for (Header h : get.getHeaders()) {
                sent.add(Map.entry(h.getName(), h.getValue()));
            }
            HttpClientContext context = HttpClientContext.create();
            return client.execute(get, context, response -> read(uri, at, sent, response, context));
        } catch (Refused refused) {
            throw refused;
        } catch (AddressGuard.RefusedAddress refused) {
            throw new Refused(refused.getMessage());
        } catch (java.net.UnknownHostException gone) {
            throw new Refused("The address of " + host + " could not be found.");
        } catch (IOException | RuntimeException failed) {
            if (get.isCancelled() || remainingMillis(deadline) <= 0 || failed instanceof InterruptedIOException) {
                throw new Refused(tookTooLong(timeout));
            }
            String why = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            throw new Refused("It could not be fetched (" + why + ").");
        } finally {
            cut.cancel(false);
            slots.release();
        }
    }

    private Exchange read(URI uri, Instant at, List<Map.Entry<String, String>> sent, ClassicHttpResponse response, HttpClientContext context)
            throws IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        int headerBytes = 0;
        for (Header h : response.getHeaders()) {
            headers.add(Map.entry(h.getName(), h.getValue()));
            headerBytes += h.getName().length() + h.getValue().length() + 4;
        }
        if (headerBytes > MOST_HEADER_BYTES) {
            throw new Refused("Its headers were larger than " + MOST_HEADER_BYTES / 1024 + " KB.");
        }
        long most = settings.maxSize().toBytes();
        HttpEntity entity = response.getEntity();
        byte[] raw = new byte[0];
        if (entity != null) {
            if (entity.getContentLength() > most) {
                throw new Refused("It is larger than " + sizeLimit() + " (" + entity.getContentLength() + " bytes announced).");
            }
            try (InputStream in = entity.getContent()) {
                raw = readAtMost(in, most, "It is larger than " + sizeLimit() + ".");
            }
        }
        String encoding = headers.stream().filter(h -> h.getKey().equalsIgnoreCase("Content-Encoding"))
                .map(h -> h.getValue().strip().toLowerCase(Locale.ROOT)).findFirst().orElse("identity");
        byte[] body = switch (encoding) {
            case "gzip", "x-gzip" -> unpacked(new GZIPInputStream(new ByteArrayInputStream(raw)), most);
            case "deflate" -> unpacked(new InflaterInputStream(new ByteArrayInputStream(raw)), most);
            default -> raw;
        };
        EndpointDetails endpoint = context.getEndpointDetails();
        String address = endpoint != null && endpoint.getRemoteAddress() instanceof InetSocketAddress remote
                ? remote.getAddress().getHostAddress() : "";
        return new Exchange(uri, address, at, List.copyOf(sent), response.getCode(),
                response.getReasonPhrase() == null ? "" : response.getReasonPhrase(), List.copyOf(headers), raw, body);
    }

    private byte[] unpacked(InputStream in, long most) throws Refused {
        try (in) {
            return readAtMost(in, most, "It unpacks to more than " + sizeLimit() + ".");
        } catch (Refused refused) {
            throw refused;
        } catch (IOException broken) {
            throw new Refused("Its compressed body is broken.");
        }
    }

    /** Reads at most {@code most} bytes; one more and it refuses, without reading the rest. */
    private static byte[] readAtMost(InputStream in, long most, String tooLarge) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > most) {
                throw new Refused(tooLarge);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private String sizeLimit() {
        long bytes = settings.maxSize().toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    private static String tookTooLong(java.time.Duration timeout) {
        return "It took longer than " + timeout.toSeconds() + " s.";
    }

    /** Measured on the monotonic clock: the deadline is about elapsed time, not the date. */
    private static long remainingMillis(long deadline) {
        return TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    }

    @Override
    public void close() throws IOException {
        cutter.shutdownNow();
        client.close();
    }

    /** Why a source was not fetched, in a sentence for the desk. */
    static final class Refused extends IOException {
        Refused(String why) {
            super(why);
        }
    }
}
