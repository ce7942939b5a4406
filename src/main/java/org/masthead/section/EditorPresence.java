package org.masthead.section;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Who has which section open right now, so an editor can say "Also here: Anna". Kept in memory
 * on this node: presence is a courtesy, not a lock (the optimistic version check is what keeps
 * two saves from overwriting each other, across nodes too).
 */
@Component
public class EditorPresence {

    /** One open editor: who, and how to tell their screen that the company changed. */
    public record Visitor(String username, String displayName, Consumer<List<String>> onChange) {
    }

    private final Map<Long, Set<Visitor>> bySection = new ConcurrentHashMap<>();

    /** Joins the section; returns how to leave it. Everyone else there is told at once. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public Runnable join(long sectionId, Visitor visitor) {
        bySection.computeIfAbsent(sectionId, id -> new CopyOnWriteArraySet<>()).add(visitor);
        announce(sectionId);
        return () -> leave(sectionId, visitor);
    }

    /** The names of the others who have the section open, each once. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public List<String> othersThan(long sectionId, String username) {
        return bySection.getOrDefault(sectionId, Set.of()).stream()
                .filter(v -> !Objects.equals(v.username(), username))
                .map(Visitor::displayName).distinct().sorted().toList();
    }

    private void leave(long sectionId, Visitor visitor) {
        Set<Visitor> visitors = bySection.get(sectionId);
        if (visitors != null) {
            visitors.remove(visitor);
            if (visitors.isEmpty()) {
                bySection.remove(sectionId, visitors);
            }
        }
        announce(sectionId);
    }

    private void announce(long sectionId) {
        for (Visitor visitor : bySection.getOrDefault(sectionId, Set.of())) {
            visitor.onChange().accept(othersThan(sectionId, visitor.username()));
        }
    }
}
