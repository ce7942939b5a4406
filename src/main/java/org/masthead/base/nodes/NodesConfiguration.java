package org.masthead.base.nodes;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The channel the database offers: LISTEN/NOTIFY on PostgreSQL, this process on H2. */
@Configuration(proxyBeanMethods = false)
class NodesConfiguration {

    @Bean
    Nodes nodes(DataSourceProperties database, JdbcTemplate jdbc, NodeSettings settings) {
        String url = database.determineUrl();
        NodeChannel channel = url != null && url.startsWith("jdbc:postgresql:")
                ? new PostgresChannel(url, database.determineUsername(), database.determinePassword(), jdbc, settings.reconnectAfter())
                : new InProcessChannel(String.valueOf(url));
        return new Nodes(channel, settings);
    }

    @Bean
    NodeRoute nodeRoute(NodeSettings settings) {
        return new NodeRoute(settings);
    }
}
