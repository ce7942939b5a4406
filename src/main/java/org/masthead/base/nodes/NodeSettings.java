package org.masthead.base.nodes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the nodes on one database keep each other's screens live ({@code masthead.nodes.*}).
 *
 * @param listen            whether this node hears the others (off: it still tells them; the
 *                          test suite turns it off so that test contexts sharing a database stay apart)
 * @param presenceHeartbeat how often a node repeats who has which section open there; another node
 *                          forgets a name it has not heard for three of these (a node that died)
 * @param reconnectAfter    how long the node waits before listening again after losing its connection
 * @param route             this node's name at the load balancer, ending each session id (Tomcat's
 *                          jvmRoute: {@code JSESSIONID=5F0C….a}) so sticky sessions can follow the
 *                          cookie; none by default
 */
@Validated
@ConfigurationProperties("masthead.nodes")
public record NodeSettings(
        @DefaultValue("true") boolean listen,
        @NotNull(message = "MASTHEAD_NODES_PRESENCE_HEARTBEAT (masthead.nodes.presence-heartbeat) must be set")
        @DefaultValue("10s") Duration presenceHeartbeat,
        @NotNull(message = "MASTHEAD_NODES_RECONNECT_AFTER (masthead.nodes.reconnect-after) must be set")
        @DefaultValue("1s") Duration reconnectAfter,
        @Pattern(regexp = "[A-Za-z0-9_-]*", message = "MASTHEAD_NODES_ROUTE (masthead.nodes.route) may hold only letters, digits, - and _")
        @DefaultValue("") String route) {

    /** The defaults, for a node built outside Spring (tests). */
    public static NodeSettings defaults() {
        return new NodeSettings(true, Duration.ofSeconds(10), Duration.ofSeconds(1), "");
    }

    /** How long a name heard from another node stays without being repeated. */
    public Duration presenceTimeToLive() {
        return presenceHeartbeat.multipliedBy(3);
    }
}
