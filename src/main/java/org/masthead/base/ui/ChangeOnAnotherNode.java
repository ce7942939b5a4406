package org.masthead.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import org.masthead.base.DeskChange;

/**
 * A desk change committed on another node, as it travels between nodes: its kind (the simple
 * name of its record, such as {@code SectionApproved}) and its ids ({@code sectionId},
 * {@code issueId}...), nothing else. Names, notes and recipients stay behind: screens read what
 * they show from the database, and a notification has to stay under PostgreSQL's 8000 bytes.
 * {@link #UNKNOWN} stands for changes that may have been missed while a node could not hear.
 */
public record ChangeOnAnotherNode(String kind, Map<String, Long> ids) implements DeskChange {

    /** Something may have changed elsewhere: every screen reads again. */
    public static final ChangeOnAnotherNode UNKNOWN = new ChangeOnAnotherNode("unknown", Map.of());

    /** The kind and ids of a change made here: the numeric components of its record. */
    static Map<String, Object> describe(DeskChange change) {
        Map<String, Object> ids = new LinkedHashMap<>();
        if (change.getClass().isRecord()) {
            for (var component : change.getClass().getRecordComponents()) {
                Class<?> type = component.getType();
                if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
                    try {
                        Object value = component.getAccessor().invoke(change);
                        if (value != null) {
                            ids.put(component.getName(), ((Number) value).longValue());
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", change.getClass().getSimpleName());
        body.put("ids", ids);
        return body;
    }

    /** The change as another node told it. */
    static ChangeOnAnotherNode of(Map<String, Object> body) {
        Map<String, Long> ids = new LinkedHashMap<>();
        if (body.get("ids") instanceof Map<?, ?> told) {
            told.forEach((name, value) -> {
                if (value instanceof Number number) {
                    ids.put(String.valueOf(name), number.longValue());
                }
            });
        }
        return new ChangeOnAnotherNode(String.valueOf(body.getOrDefault("kind", "unknown")), Map.copyOf(ids));
    }
}
