package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.masthead.KaribuTest;
import org.masthead.Samples;
import org.masthead.publishing.Archive;
import org.masthead.publishing.Edition;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends KaribuTest {

    @Autowired
    Archive archive;

    @Test
    void a_publisher_uploads_a_past_issue_and_finds_it_in_the_archive_with_its_date() throws Exception {
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ImportView.class);

        _setValue(_get(IntegerField.class, spec -> spec.withId("import-number")), 12);
        _setValue(_get(TextField.class, spec -> spec.withId("import-title")), "A friend is known in trouble");
        _setValue(_get(DatePicker.class, spec -> spec.withId("import-date")), LocalDate.of(2020, 9, 18));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "briefing-2020-09.txt", "text/plain",
                Files.readAllBytes(Samples.BRIEFING));
        _click(_get(Button.class, spec -> spec.withId("import")));

        Edition edition = archive.latestEdition(12).orElseThrow();
        assertThat(edition.getTitle()).isEqualTo("A friend is known in trouble");
        assertThat(notificationTexts()).contains("Imported as No. 12, dated as it went out. Readers find it at /archive/12.");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-result")).getHref()).isEqualTo("/archive/12");
    }

    @Test
    void an_editor_cannot_open_the_import_screen() {
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ImportView.class);

        assertRefused(ImportView.class);
    }
}
