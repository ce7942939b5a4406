package org.masthead.publishing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
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
    void a_closing_paragraph_too_long_for_a_footer_is_refused_on_the_footer_field() {
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ImportView.class);
        String closing = "This closing paragraph runs on and on about the briefing. ".repeat(70).strip();

        importFile(("Topics of the Week\n\nA report from the desk.\n\n" + closing).getBytes(StandardCharsets.UTF_8));

        Checkbox footerLast = _get(Checkbox.class, spec -> spec.withId("import-footer-last"));
        assertThat(footerLast.isInvalid()).isTrue();
        assertThat(footerLast.getErrorMessage()).startsWith("The standing footer at the end of the file has 4,059 characters; "
                + "a footer has at most 4,000.");
        assertThat(archive.latestEdition(12)).isEmpty();
        assertThat(notificationTexts()).isEmpty();

        _setValue(footerLast, false);
        assertThat(footerLast.isInvalid()).isFalse();
    }

    @Test
    void a_file_of_more_sections_than_an_issue_has_is_refused_on_the_file_field() {
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ImportView.class);
        StringBuilder markdown = new StringBuilder();
        for (int i = 1; i <= 60_000; i++) {
            markdown.append("## S").append(i).append("\n\nx\n\n");
        }

        importFile(markdown.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Span.class, spec -> spec.withId("import-file-error")).getText())
                .isEqualTo("That file has 60,000 section headings; an issue has at most 100 sections, "
                        + "so it is not one issue. Import one issue per file.");
        assertThat(archive.latestEdition(12)).isEmpty();
        assertThat(notificationTexts()).isEmpty();
    }

    private static void importFile(byte[] file) {
        _setValue(_get(IntegerField.class, spec -> spec.withId("import-number")), 12);
        _setValue(_get(TextField.class, spec -> spec.withId("import-title")), "A file that is not an issue");
        _setValue(_get(DatePicker.class, spec -> spec.withId("import-date")), LocalDate.of(2020, 9, 18));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "issue.md", "text/markdown", file);
        _click(_get(Button.class, spec -> spec.withId("import")));
    }

    @Test
    void an_editor_cannot_open_the_import_screen() {
        login("erin", Role.EDITOR);

        UI.getCurrent().navigate(ImportView.class);

        assertRefused(ImportView.class);
    }
}
