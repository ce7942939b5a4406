package org.masthead.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * How many closed connections Tomcat keeps, with their 8 KB read and 8 KB write buffers, to reuse
 * for the next one. Left to itself it keeps up to a thirty-second of the heap (32 MB at 1 GB), so
 * every connection a signed-in person's browser opened and closed (sign-in, the screens' requests,
 * a push reconnect) stayed in the heap as 16 KB (bench/sessions.sh: about three a person). A small
 * team's desk and the archive's readers open few connections at a time; a few dozen kept is plenty,
 * and a connection beyond them allocates its buffers anew (a young-generation allocation).
 */
@Component
class PooledConnections implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final int kept;

    PooledConnections(@Value("${masthead.http.pooled-connections:32}") int kept) {
        this.kept = kept;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Tomcat's own meaning: -2 sizes the pool by the heap (its default), -1 keeps every one, 0 none.
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.bufferPool", Integer.toString(kept)));
    }
}
