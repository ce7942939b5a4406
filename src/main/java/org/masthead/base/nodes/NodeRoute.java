package org.masthead.base.nodes;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;

/**
 * Ends every session id with this node's route ({@code masthead.nodes.route}), as Tomcat does with
 * its jvmRoute, so a load balancer can send each browser back to the node that holds its screens
 * by reading the cookie (deploy/nginx-two-nodes.conf). Without a route, session ids stay as they are.
 * A bean of {@link NodesConfiguration}.
 */
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(NodeSettings settings) {
        this.route = settings.route();
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // At the context's start its host and engine are in place.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    && context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(route);
            }
        }));
    }
}
