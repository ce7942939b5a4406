package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.masthead.section.EditorPresence.Visitor;

class EditorPresenceTest {

    private final EditorPresence presence = new EditorPresence();

    @Test
    void each_person_sees_the_others_who_have_the_section_open_and_hears_when_that_changes() {
        List<List<String>> annasView = new ArrayList<>();
        Runnable annaLeaves = presence.join(7, new Visitor("anna", "Anna", annasView::add));
        Runnable benLeaves = presence.join(7, new Visitor("ben", "Ben", others -> { }));

        assertThat(annasView).last().isEqualTo(List.of("Ben"));
        assertThat(presence.othersThan(7, "ben")).containsExactly("Anna");

        benLeaves.run();
        assertThat(annasView).last().isEqualTo(List.of());
        annaLeaves.run();
        assertThat(presence.othersThan(7, "nobody")).isEmpty();
    }

    @Test
    void the_same_person_in_two_tabs_is_not_company_and_other_sections_do_not_count() {
        presence.join(7, new Visitor("anna", "Anna", others -> { }));
        presence.join(7, new Visitor("anna", "Anna", others -> { }));
        presence.join(8, new Visitor("ben", "Ben", others -> { }));

        assertThat(presence.othersThan(7, "anna")).isEmpty();
        assertThat(presence.othersThan(7, "carl")).containsExactly("Anna");
    }

    @Test
    void a_visitor_whose_screen_went_away_without_leaving_is_dropped_and_the_others_are_told() {
        AtomicBoolean walterStillThere = new AtomicBoolean(true);
        List<List<String>> erinsView = new ArrayList<>();
        presence.join(7, new Visitor("walter", "Walter", others -> { }, walterStillThere::get));
        presence.join(7, new Visitor("erin", "Erin", erinsView::add));
        assertThat(erinsView).last().isEqualTo(List.of("Walter"));

        walterStillThere.set(false);

        assertThat(presence.othersThan(7, "erin")).isEmpty();
        assertThat(erinsView).last().isEqualTo(List.of());
    }
}
