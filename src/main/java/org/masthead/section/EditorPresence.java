package org.masthead.section;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Who has which section open right now, so an editor can say "Also here: Anna". Kept in memory
 * on this node: presence is a courtesy, not a lock (the optimistic version check is what keeps
 * two saves from overwriting each other, across nodes too).
 *
 * <p>A visitor leaves when her screen goes (the view's detach), and also when she is simply no
 * longer there: a closed browser may never say goodbye, so each visitor carries how to tell
 * whether her screen still answers, and whoever asks about the section drops those who do not.
 */
@Component
public class EditorPresence {

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

    private final Map<Long, Set<Visitor>> bySection = new ConcurrentHashMap<>();

    /** Joins the section; returns how to leave it. Everyone else there is told at once. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public Runnable join(long sectionId, Visitor visitor) {
        bySection.computeIfAbsent(sectionId, id -> new CopyOnWriteArraySet<>()).add(visitor);
        dropTheGone(sectionId);
        announce(sectionId);
        return () -> leave(sectionId, visitor);
    }

    /**
     * The names of the others who have the section open, each once. Visitors whose screen went
     * away without leaving are dropped first, and those still there are told.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public List<String> othersThan(long sectionId, String username) {
        if (dropTheGone(sectionId)) {
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

    private List<String> namesOfOthers(long sectionId, String username) {
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
            visitor.onChange().accept(namesOfOthers(sectionId, visitor.username()));
        }
    }
}
