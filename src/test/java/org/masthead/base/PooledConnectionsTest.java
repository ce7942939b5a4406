package org.masthead.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/** Tomcat keeps a few dozen closed connections' buffers for reuse, not a thirty-second of the heap. */
class PooledConnectionsTest {

    @Test
    void tomcat_keeps_thirty_two_closed_connections_for_reuse_instead_of_sizing_the_pool_by_the_heap() {
        assertThat(connectorAfter(new PooledConnections(32)).getProperty("socket.bufferPool")).hasToString("32");
        assertThat(new Connector().getProperty("socket.bufferPool")).as("Tomcat's own default").hasToString("-2");
    }

    private static Connector connectorAfter(PooledConnections settings) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        settings.customize(factory);
        Connector connector = new Connector();
        factory.getTomcatConnectorCustomizers().forEach(customizer -> customizer.customize(connector));
        return connector;
    }
}
