package org.masthead.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.TestDatabase;
import org.masthead.security.Role;

class BackupViewTest extends KaribuTest {

    @Test
    void an_editor_cannot_open_the_backup_screen() {
        login("erin", Role.EDITOR, Role.PUBLISHER);

        UI.getCurrent().navigate(BackupView.class);

        assertRefused(BackupView.class);
    }

    @Test
    void an_administrator_is_offered_a_backup_of_the_built_in_database_to_download() {
        assumeFalse(TestDatabase.isPostgres(), "the download is for the built-in H2 database");
        open();

        assertThat(_get(Anchor.class, spec -> spec.withId("download-backup")).getText()).isEqualTo("Download a backup now");
        assertThat(_get(Paragraph.class, spec -> spec.withId("backup-schedule")).getText())
                .contains("MASTHEAD_BACKUP_FOLDER");
    }

    @Test
    void on_postgresql_the_screen_points_to_pg_dump_instead() {
        assumeTrue(TestDatabase.isPostgres(), "only the PostgreSQL run has a PostgreSQL database");
        open();

        assertThat(_find(Anchor.class, spec -> spec.withId("download-backup"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("backup-schedule")).getText()).contains("pg_dump");
    }

    private void open() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(BackupView.class);
        assertThat(currentView()).isInstanceOf(BackupView.class);
    }
}
