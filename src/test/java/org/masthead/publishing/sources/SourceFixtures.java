package org.masthead.publishing.sources;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * The sources the tests cite, served by the JDK's own HTTP server on 127.0.0.1 (addressed as
 * {@value #HOST}, the one host the tests' setting takes to be this machine): an ordinary page
 * with an image, a PDF, a redirect chain, an endless redirect, redirects to 127.0.0.1 and to the cloud
 * metadata address, a trickle, a 50 MB body, a gzip bomb, a page full of script, a page in
 * windows-1251, a page that is missing until it comes back, and one that holds every request.
 */
public final class SourceFixtures implements AutoCloseable {

    /** The fixtures' host name in links (masthead.sources.loopback-hosts in the tests' settings). */
    public static final String HOST = "sources.test";

    public static final String PAGE = "<!doctype html><html><head><title>A cited page</title></head><body>"
            + "<h1>What the minister said</h1><p>The statement, in full.</p><img src=\"/picture.png\" alt=\"The statement\">"
            + "</body></html>";
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final String SCRIPTED = "<!doctype html><html><head><script>steal()</script></head>"
            + "<body onload=\"steal()\"><p onclick=\"steal()\">Read this.</p><a href=\"javascript:steal()\">more</a>"
            + "<form action=\"https://evil.example/\"><input name=\"q\"></form><img src=\"https://tracker.example/pixel.gif\">"
            + "<iframe src=\"https://evil.example/\"></iframe><svg onload=\"steal()\"></svg><style>body{background:url(https://tracker.example/x)}</style>"
            + "</body></html>";
    public static final String RUSSIAN = "Заявление министерства";

    private final HttpServer server;
    private final AtomicBoolean missingCameBack = new AtomicBoolean();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger heldRequests = new AtomicInteger();
    private final CountDownLatch letGo = new CountDownLatch(1);

    public SourceFixtures() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "source-fixture");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/page", x -> send(x, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/picture.png", x -> send(x, 200, "image/png", PNG));
        server.createContext("/statement.pdf", x -> send(x, 200, "application/pdf", PDF));
        server.createContext("/chain/", x -> {
            int step = Integer.parseInt(x.getRequestURI().getPath().substring("/chain/".length()));
            redirect(x, step >= 3 ? "/page" : "/chain/" + (step + 1));
        });
        server.createContext("/forever", x -> redirect(x, "/forever"));
        server.createContext("/to-loopback", x -> redirect(x, "http://127.0.0.1:" + port() + "/page"));
        server.createContext("/to-metadata", x -> redirect(x, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-file", x -> redirect(x, "file:///etc/passwd"));
        server.createContext("/trickle", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write('.');
                    out.flush();
                    TimeUnit.MILLISECONDS.sleep(20);
                }
            } catch (IOException | InterruptedException gone) {
                // the fetcher hung up, as it should
            }
        });
        server.createContext("/fifty-megabytes", x -> {
            x.getResponseHeaders().set("Content-Type", "application/octet-stream");
            x.sendResponseHeaders(200, 0); // chunked: no length announced, so it must be counted
            byte[] block = new byte[1024 * 1024];
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write(block);
                }
            } catch (IOException gone) {
                // hung up on
            }
        });
        byte[] bomb = gzipOfZeros(50 * 1024 * 1024);
        server.createContext("/bomb", x -> {
            x.getResponseHeaders().set("Content-Encoding", "gzip");
            send(x, 200, "text/html", bomb);
        });
        server.createContext("/drawing.svg", x -> send(x, 200, "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"steal()\"><script>steal()</script></svg>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/scripted", x -> send(x, 200, "text/html; charset=utf-8", SCRIPTED.getBytes(StandardCharsets.UTF_8)));
        server.createContext("/cyrillic", x -> send(x, 200, "text/html; charset=windows-1251",
                ("<html><head><title>" + RUSSIAN + "</title></head><body><p>" + RUSSIAN + "</p></body></html>")
                        .getBytes(Charset.forName("windows-1251"))));
        server.createContext("/comes-back", x -> {
            if (missingCameBack.get()) {
                send(x, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
            } else {
                send(x, 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/held", x -> {
            heldRequests.incrementAndGet();
            held.incrementAndGet();
            try {
                letGo.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            held.decrementAndGet();
            send(x, 200, "text/plain", "let go".getBytes(StandardCharsets.UTF_8));
        });
        server.start();
    }

    /** Runs the capture job for the issue now, as db-scheduler would after the release commits. */
    public static void captureNow(SourceCaptures captures, long issueId) {
        captures.capturePending(issueId);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The fixture's address as a link in an issue would give it. */
    public String url(String path) {
        return "http://" + HOST + ":" + port() + path;
    }

    public void bringBackTheMissingPage() {
        missingCameBack.set(true);
    }

    public int heldNow() {
        return held.get();
    }

    public int heldRequests() {
        return heldRequests.get();
    }

    public void letGo() {
        letGo.countDown();
    }

    @Override
    public void close() {
        letGo.countDown();
        server.stop(0);
    }

    private static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        } catch (IOException gone) {
            // hung up on
        }
    }

    private static byte[] gzipOfZeros(int size) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < size / block.length; i++) {
                gzip.write(block);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }
}
