package org.masthead.base.nodes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.shared.Registration;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * This node among the others on the same database: it tells them what happened here and hands
 * what they tell to whoever listens for it. A message is a topic and a few fields, sent as
 * {@code {"node":"…","topic":"desk","body":{…}}}; PostgreSQL refuses a notification of 8000 bytes
 * or more, so a body that would not fit goes without its fields (the topic alone, {@code "cut":true}):
 * receivers read what they need from the database anyway.
 *
 * <p>Every node hears its own messages too; they are dropped here by the node id, since this node
 * has passed them on already when they happened.
 */
public class Nodes implements SmartLifecycle {

    /** PostgreSQL's limit for a notification's payload is 8000 bytes; this leaves room for the envelope. */
    static final int MAX_PAYLOAD_BYTES = 7900;
    private static final Logger log = LoggerFactory.getLogger(Nodes.class);
    private static final TypeReference<Map<String, Object>> MESSAGE = new TypeReference<>() {
    };

    private final String id = UUID.randomUUID().toString();
    private final NodeChannel channel;
    private final boolean listen;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Set<Consumer<Map<String, Object>>>> listeners = new ConcurrentHashMap<>();
    private final Set<Runnable> gapListeners = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    Nodes(NodeChannel channel, NodeSettings settings) {
        this.channel = channel;
        this.listen = settings.listen();
    }

    /**
     * Nodes in this JVM on the database named {@code database} (as on H2): each call is another
     * node; it hears the others once started. For tests that put two nodes side by side.
     */
    public static Nodes inProcess(String database) {
        Nodes nodes = new Nodes(new InProcessChannel(database), NodeSettings.defaults());
        nodes.start();
        return nodes;
    }

    /** A node alone (nobody else hears it). */
    public static Nodes alone() {
        return inProcess("alone-" + UUID.randomUUID());
    }

    /** This node's id, fresh at every start. */
    public String id() {
        return id;
    }

    /**
     * Tells the other nodes, with the commit of the transaction under way (nothing if it rolls
     * back), at once outside one. Fields are strings, numbers, booleans or lists of them.
     */
    public void tell(String topic, Map<String, ?> body) {
        channel.send(payload(topic, body));
    }

    String payload(String topic, Map<String, ?> body) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("node", id);
        message.put("topic", topic);
        message.put("body", body);
        String text = write(message);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            log.debug("A message on {} was too long for a notification; sent without its fields", topic);
            message.put("body", Map.of());
            message.put("cut", true);
            text = write(message);
        }
        return text;
    }

    private String write(Map<String, Object> message) {
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A message to the other nodes could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Hears the messages on {@code topic} from the other nodes (never this one's own), on the
     * channel's thread: keep the listener short or hand the work on.
     */
    public Registration hear(String topic, Consumer<Map<String, Object>> listener) {
        listeners.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> listeners.getOrDefault(topic, Set.of()).remove(listener);
    }

    /** Runs {@code listener} when messages from the other nodes may have been missed (a lost connection, back). */
    public Registration afterGap(Runnable listener) {
        gapListeners.add(listener);
        return () -> gapListeners.remove(listener);
    }

    void heard(String payload) {
        Map<String, Object> message;
        try {
            message = json.readValue(payload, MESSAGE);
        } catch (JsonProcessingException | RuntimeException unreadable) {
            log.warn("Ignored a message from another node that could not be read: {}", unreadable.getMessage());
            return;
        }
        if (Objects.equals(message.get("node"), id)) {
            return;
        }
        Object body = message.get("body");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = body instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        for (Consumer<Map<String, Object>> listener : listeners.getOrDefault(String.valueOf(message.get("topic")), Set.of())) {
            try {
                listener.accept(fields);
            } catch (RuntimeException e) {
                log.warn("A listener failed on a message from another node", e);
            }
        }
    }

    private void missedSome() {
        for (Runnable listener : gapListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A listener failed after the connection to the other nodes came back", e);
            }
        }
    }

    /** Starts hearing the other nodes once the application is built (the schema exists by then). */
    @Override
    public synchronized void start() {
        if (!running && listen) {
            channel.start(this::heard, this::missedSome);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (running) {
            channel.close();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
