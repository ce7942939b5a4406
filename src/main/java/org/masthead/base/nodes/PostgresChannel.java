package org.masthead.base.nodes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * The channel on PostgreSQL: {@code pg_notify} on the connection of the transaction under way,
 * so the message goes out exactly when that transaction commits (and never for a rolled-back one),
 * heard through {@code LISTEN} on a connection of its own that no pool recycles, opened again
 * when it breaks. The channel is named after the schema, so installations (or test runs) sharing
 * one database server in several schemas do not hear each other.
 */
final class PostgresChannel implements NodeChannel {

    private static final Logger log = LoggerFactory.getLogger(PostgresChannel.class);
    /** How long one wait for notifications lasts, so a stop is noticed within it. */
    private static final int WAIT_MILLIS = 250;
    /** Waits without a message after which the connection is checked with a query (a dead peer sends nothing). */
    private static final int QUIET_WAITS_BEFORE_CHECK = 20;

    private final String url;
    private final String username;
    private final String password;
    private final JdbcTemplate jdbc;
    private final Duration reconnectAfter;
    private volatile String channel;
    private volatile boolean running;
    private Thread listener;

    PostgresChannel(String url, String username, String password, JdbcTemplate jdbc, Duration reconnectAfter) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.jdbc = jdbc;
        this.reconnectAfter = reconnectAfter;
    }

    @Override
    public void send(String payload) {
        String name = channelName(null);
        jdbc.execute("select pg_notify(?, ?)", (PreparedStatementCallback<Object>) statement -> {
            statement.setString(1, name);
            statement.setString(2, payload);
            statement.execute();
            return null;
        });
    }

    @Override
    public synchronized void start(Consumer<String> receiver, Runnable missedSome) {
        running = true;
        listener = new Thread(() -> listen(receiver, missedSome), "node-listener");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen(Consumer<String> receiver, Runnable missedSome) {
        boolean first = true;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN \"" + channelName(connection) + "\"");
                }
                if (!first) {
                    log.info("Hearing the other nodes again");
                    missedSome.run();
                }
                first = false;
                hear(connection, receiver);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the connection that hears the other nodes ({}); trying again in {}", e.getMessage(), reconnectAfter);
                    pause();
                }
            }
        }
    }

    private void hear(Connection connection, Consumer<String> receiver) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        int quiet = 0;
        while (running) {
            PGNotification[] heard = postgres.getNotifications(WAIT_MILLIS);
            if (heard == null || heard.length == 0) {
                if (++quiet >= QUIET_WAITS_BEFORE_CHECK) {
                    quiet = 0;
                    try (Statement check = connection.createStatement()) {
                        check.execute("select 1");
                    }
                }
                continue;
            }
            quiet = 0;
            for (PGNotification notification : heard) {
                receiver.accept(notification.getParameter());
            }
        }
    }

    /** The schema's channel, read once: on the listening connection, or on the application's own. */
    private String channelName(Connection connection) {
        String name = channel;
        if (name == null) {
            String schema = connection == null
                    ? jdbc.queryForObject("select current_schema()", String.class)
                    : currentSchema(connection);
            name = nameFor(schema);
            channel = name;
        }
        return name;
    }

    private static String currentSchema(Connection connection) {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("select current_schema()")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code masthead} in the public schema, {@code masthead_<schema>} in another (letters, digits and _ only). */
    static String nameFor(String schema) {
        if (schema == null || schema.equals("public")) {
            return "masthead";
        }
        String name = "masthead_" + schema.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    private void pause() {
        try {
            Thread.sleep(reconnectAfter.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (listener != null) {
            try {
                listener.join(Math.max(1000, reconnectAfter.toMillis() + WAIT_MILLIS * 2L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
