package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.base.DeskChange;
import org.masthead.base.nodes.Nodes;
import org.masthead.section.SectionEvents.SectionApproved;

class ChangeOnAnotherNodeTest {

    @Test
    void a_change_travels_as_its_kind_and_ids_and_arrives_as_such() {
        Map<String, Object> told = ChangeOnAnotherNode.describe(new SectionApproved(5, 2, "erin", List.of("wendy")));

        assertThat(told).isEqualTo(Map.of("kind", "SectionApproved", "ids", Map.of("sectionId", 5L, "issueId", 2L)));
        assertThat(ChangeOnAnotherNode.of(Map.of("kind", "SectionApproved", "ids", Map.of("sectionId", 5, "issueId", 2))))
                .isEqualTo(new ChangeOnAnotherNode("SectionApproved", Map.of("sectionId", 5L, "issueId", 2L)));
    }

    /** Every desk change in the application, with its text fields as long as they come: none carries them. */
    @Test
    void every_desk_change_of_the_application_fits_a_postgresql_notification_whatever_its_texts() throws Exception {
        List<Class<?>> changes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.masthead").stream()
                .filter(c -> c.isAssignableTo(DeskChange.class) && !c.isInterface())
                .map(JavaClass::reflect).filter(c -> c != ChangeOnAnotherNode.class).toList();
        assertThat(changes).hasSizeGreaterThanOrEqualTo(13);

        Nodes node = Nodes.alone();
        try {
            for (Class<?> change : changes) {
                assertThat(change.isRecord()).as(change.getName() + " is a record").isTrue();
                Map<String, Object> told = ChangeOnAnotherNode.describe(longest(change));
                assertThat(told.get("kind")).isEqualTo(change.getSimpleName());
                assertThat(told.toString()).doesNotContain("xxxx");
                String payload = payloadOf(node, told);
                assertThat(payload.getBytes(StandardCharsets.UTF_8).length).as(change.getName()).isLessThan(8000);
                assertThat(payload).doesNotContain("\"cut\"");
            }
        } finally {
            node.stop();
        }
    }

    private static String payloadOf(Nodes node, Map<String, Object> body) throws Exception {
        var payload = Nodes.class.getDeclaredMethod("payload", String.class, Map.class);
        payload.setAccessible(true);
        return (String) payload.invoke(node, DeskUpdates.TOPIC, body);
    }

    private static DeskChange longest(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            types[i] = type;
            values[i] = type == long.class ? Long.MAX_VALUE
                    : type == int.class ? Integer.MAX_VALUE
                    : type == String.class ? "x".repeat(10_000)
                    : type == List.class ? List.of("x".repeat(10_000), "x".repeat(10_000))
                    : type == Instant.class ? Instant.now()
                    : type == LocalDate.class ? LocalDate.now()
                    : null;
        }
        var constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return (DeskChange) constructor.newInstance(values);
    }
}
