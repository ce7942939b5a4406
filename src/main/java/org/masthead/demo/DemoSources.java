package org.masthead.demo;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page the demo's issue 2 cites, served by the app itself so that the demo's capture works
 * without the internet: its link names the host {@value #HOST}, which the development settings
 * (masthead.sources.loopback-hosts, empty under prod) take to be this machine, so the capture job
 * fetches it from this app as it would fetch any source. Never under prod.
 */
@RestController
@Profile("!prod")
@ConditionalOnProperty(name = "masthead.demo.enabled", havingValue = "true")
class DemoSources {

    static final String HOST = "sources.demo";
    static final String PATH = "/archive/demo-sources/transparency-report";

    static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>First transparency report on paid influence</title>
            <script>trackReader()</script></head><body onload="trackReader()">
            <h1>First transparency report on paid influence</h1>
            <p>The ministry publishes, for the first time, every contract it signed with advertising and public-relations
            agencies in the past year, with the amounts and the campaigns they paid for.</p>
            <p>Of 214 contracts, 37 paid for online campaigns; 9 of them went through intermediaries abroad.</p>
            <img src="https://tracker.example/pixel.gif" alt="">
            <form action="https://tracker.example/subscribe"><input name="email"></form>
            </body></html>
            """;

    /** The address issue 2 links to: this app, under the demo's source host. */
    static String address(Environment environment) {
        String port = environment.getProperty("server.port", "8080");
        // A node on a random port (server.port=0, as in tests) writes the demo before its port is
        // known, and port 0 is no address a reader could open: it cites the usual port instead,
        // and that capture fails with its reason, a warning on the release screen.
        return "http://" + HOST + ":" + ("0".equals(port.trim()) ? "8080" : port.trim()) + PATH;
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> page() {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
