package org.masthead.section;

import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.masthead.base.nodes.NodeSettings;
import org.masthead.base.nodes.Nodes;
import org.masthead.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Who has which section open right now, so an editor can say "Also here: Anna". Presence is a
 * courtesy, not a lock (the optimistic version check is what keeps two saves from overwriting
 * each other, across nodes too).
 *
 * <p>A visitor leaves when her screen goes (the view's detach), and also when she is simply no
 * longer there: a closed browser may never say goodbye, so each visitor carries how to tell
 * whether her screen still answers, and whoever asks about the section drops those who do not.
 *
 * <p>Across nodes: each node tells the others who has a section open on it whenever that changes,
 * and repeats it every {@code masthead.nodes.presence-heartbeat}. A name heard from another node
 * goes when that node says so, when it stops (it says so too), or when it has not been repeated
 * for three heartbeats: a node that died takes its visitors with it within that time.
 */
@Component
public class EditorPresence {

    static final String TOPIC = "presence";
    private static final Logger log = LoggerFactory.getLogger(EditorPresence.class);

    /**
     * One open editor: who, how to tell their screen that the company changed, and whether that
     * screen is still there (its browser still sends signs of life).
     */
    public record Visitor(String username, String displayName, Consumer<List<String>> onChange, BooleanSupplier here) {

        /** A visitor who is there until she leaves. */
        public Visitor(String username, String displayName, Consumer<List<String>> onChange) {
            this(username, displayName, onChange, () -> true);
        }
    }

    /** Someone who has the section open on another node. */
    private record Elsewhere(String username, String displayName) {
    }

    /** Who another node last said has a section open there, and when it said so. */
    private record Heard(Set<Elsewhere> visitors, Instant at) {
    }

    private final Map<Long, Set<Visitor>> bySection = new ConcurrentHashMap<>();
    /** By node id, then section: what the other nodes told. */
    private final Map<String, Map<Long, Heard>> elsewhere = new ConcurrentHashMap<>();
    private final Nodes nodes;
    private final Clock clock;
    private final NodeSettings settings;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "presence-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final Registration hearing;
    /** Set once this node stops: screens closing after it leave without telling anyone (the pool is gone). */
    private volatile boolean stopped;

    /** A node alone, on the system clock (tests of one node). */
    EditorPresence() {
        this(Nodes.alone(), Clock.systemUTC(), NodeSettings.defaults());
    }

    @Autowired
    EditorPresence(Nodes nodes, Clock clock, NodeSettings settings) {
        this.nodes = nodes;
        this.clock = clock;
        this.settings = settings;
        this.hearing = nodes.hear(TOPIC, this::heard);
        long every = settings.presenceHeartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Joins the section; returns how to leave it. Everyone else there is told at once, on every node. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public Runnable join(long sectionId, Visitor visitor) {
        bySection.computeIfAbsent(sectionId, id -> new CopyOnWriteArraySet<>()).add(visitor);
        dropTheGone(sectionId);
        changedHere(sectionId);
        return () -> leave(sectionId, visitor);
    }

    /**
     * The names of the others who have the section open, on any node, each once. Visitors whose
     * screen went away without leaving (and names no other node has repeated in time) are dropped
     * first, and those still there are told.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public List<String> othersThan(long sectionId, String username) {
        boolean droppedHere = dropTheGone(sectionId);
        boolean droppedElsewhere = forgetTheSilent(sectionId);
        if (droppedHere) {
            changedHere(sectionId);
        } else if (droppedElsewhere) {
            announce(sectionId);
        }
        return namesOfOthers(sectionId, username);
    }

    private boolean dropTheGone(long sectionId) {
        Set<Visitor> visitors = bySection.get(sectionId);
        if (visitors == null) {
            return false;
        }
        boolean dropped = visitors.removeIf(v -> !v.here().getAsBoolean());
        if (visitors.isEmpty()) {
            bySection.remove(sectionId, visitors);
        }
        return dropped;
    }

    /** Forgets what other nodes said about the section and have not repeated within the time to live. */
    private boolean forgetTheSilent(long sectionId) {
        Instant oldest = clock.instant().minus(settings.presenceTimeToLive());
        boolean forgot = false;
        for (Map<Long, Heard> sections : elsewhere.values()) {
            Heard heard = sections.get(sectionId);
            if (heard != null && heard.at().isBefore(oldest)) {
                forgot |= sections.remove(sectionId, heard);
            }
        }
        return forgot;
    }

    private List<String> namesOfOthers(long sectionId, String username) {
        Stream<String> here = bySection.getOrDefault(sectionId, Set.of()).stream()
                .filter(v -> !Objects.equals(v.username(), username))
                .map(Visitor::displayName);
        Stream<String> there = elsewhere.values().stream()
                .map(sections -> sections.get(sectionId))
                .filter(Objects::nonNull)
                .flatMap(heard -> heard.visitors().stream())
                .filter(v -> !Objects.equals(v.username(), username))
                .map(Elsewhere::displayName);
        return Stream.concat(here, there).distinct().sorted().toList();
    }

    private void leave(long sectionId, Visitor visitor) {
        Set<Visitor> visitors = bySection.get(sectionId);
        if (visitors != null) {
            visitors.remove(visitor);
            if (visitors.isEmpty()) {
                bySection.remove(sectionId, visitors);
            }
        }
        changedHere(sectionId);
    }

    /** Someone came or went on this node: everyone there is told, here and on the other nodes. */
    private void changedHere(long sectionId) {
        tell(sectionId);
        announce(sectionId);
    }

    private void tell(long sectionId) {
        if (stopped) {
            return;
        }
        List<Map<String, String>> here = new ArrayList<>();
        Set<String> told = new HashSet<>();
        for (Visitor visitor : bySection.getOrDefault(sectionId, Set.of())) {
            if (told.add(visitor.username())) {
                Map<String, String> one = new LinkedHashMap<>();
                one.put("username", visitor.username());
                one.put("name", visitor.displayName());
                here.add(one);
            }
        }
        try {
            nodes.tell(TOPIC, Map.of("from", nodes.id(), "section", sectionId, "here", here));
        } catch (RuntimeException e) {
            // A courtesy: this node's own screens are told anyway, the next heartbeat tries again.
            log.warn("Could not tell the other nodes who has section {} open: {}", sectionId, e.getMessage());
        }
    }

    private void announce(long sectionId) {
        for (Visitor visitor : bySection.getOrDefault(sectionId, Set.of())) {
            visitor.onChange().accept(namesOfOthers(sectionId, visitor.username()));
        }
    }

    /** What another node said: who has a section open there now, or that it stops. */
    private void heard(Map<String, Object> body) {
        String from = String.valueOf(body.get("from"));
        if (Boolean.TRUE.equals(body.get("gone"))) {
            Map<Long, Heard> left = elsewhere.remove(from);
            if (left != null) {
                left.keySet().forEach(this::announce);
            }
            return;
        }
        if (!(body.get("section") instanceof Number section) || !(body.get("here") instanceof List<?> here)) {
            return;   // a message cut for length: the next heartbeat says it again
        }
        long sectionId = section.longValue();
        Set<Elsewhere> visitors = new HashSet<>();
        for (Object one : here) {
            if (one instanceof Map<?, ?> visitor && visitor.get("username") != null) {
                visitors.add(new Elsewhere(String.valueOf(visitor.get("username")), String.valueOf(visitor.get("name"))));
            }
        }
        Map<Long, Heard> sections = elsewhere.computeIfAbsent(from, node -> new ConcurrentHashMap<>());
        Heard before = visitors.isEmpty() ? sections.remove(sectionId) : sections.put(sectionId, new Heard(visitors, clock.instant()));
        if (before == null ? !visitors.isEmpty() : !before.visitors().equals(visitors)) {
            announce(sectionId);
        }
    }

    /** Repeats who is here, and forgets the names other nodes stopped repeating. */
    private void beat() {
        try {
            bySection.keySet().forEach(this::tell);
            Set<Long> mentioned = new HashSet<>();
            elsewhere.values().forEach(sections -> mentioned.addAll(sections.keySet()));
            for (long sectionId : mentioned) {
                if (forgetTheSilent(sectionId)) {
                    announce(sectionId);
                }
            }
        } catch (RuntimeException e) {
            log.warn("The presence heartbeat failed; it runs again", e);
        }
    }

    /** The other nodes forget this one's visitors at once, instead of after the time to live. */
    @PreDestroy
    void stop() {
        stopped = true;
        heartbeat.shutdownNow();
        hearing.remove();
        try {
            nodes.tell(TOPIC, Map.of("from", nodes.id(), "gone", true));
        } catch (RuntimeException e) {
            log.debug("Could not tell the other nodes that this one stops", e);
        }
    }
}
