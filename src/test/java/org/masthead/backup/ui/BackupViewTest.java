package org.masthead.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

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

    /** One test for both CI runs: it checks what fits the database the run uses, and skips nothing. */
    @Test
    void an_administrator_is_offered_the_backup_that_fits_the_database_in_use() {
        open();

        if (TestDatabase.isPostgres()) {
            assertThat(_find(Anchor.class, spec -> spec.withId("download-backup"))).isEmpty();
            assertThat(_get(Paragraph.class, spec -> spec.withId("backup-schedule")).getText()).contains("pg_dump");
        } else {
            assertThat(_get(Anchor.class, spec -> spec.withId("download-backup")).getText())
                    .isEqualTo("Download a backup now");
            assertThat(_get(Paragraph.class, spec -> spec.withId("backup-schedule")).getText())
                    .contains("MASTHEAD_BACKUP_FOLDER");
        }
    }

    private void open() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(BackupView.class);
        assertThat(currentView()).isInstanceOf(BackupView.class);
    }
}
