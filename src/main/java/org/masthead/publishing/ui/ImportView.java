package org.masthead.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.masthead.base.ui.Toast;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.publishing.BackIssues;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ImportRefused;

/** Bringing a past issue into the archive from its Markdown or plain-text file. */
@Route("import")
@PageTitle("Import a back issue · Masthead")
@Menu(order = 40, title = "Import a back issue")
@RolesAllowed("PUBLISHER")
public class ImportView extends VerticalLayout {

    private final IntegerField number = new IntegerField("Issue number");
    private final TextField title = new TextField("Title");
    private final DatePicker date = new DatePicker("Date it went out");
    private final Checkbox footerLast = new Checkbox("The file ends with the standing footer", true);
    private final Paragraph chosen = new Paragraph("No file chosen yet.");
    private final Span fileError = new Span();
    private final Anchor result = new Anchor();
    private volatile byte[] file;

    public ImportView(IssueService issues, BackIssues backIssues) {
        number.setId("import-number");
        number.setMin(1);
        number.setValue(issues.nextNumber());
        title.setId("import-title");
        title.setMaxLength(Issue.TITLE_MAX);
        title.setWidthFull();
        date.setId("import-date");
        footerLast.setId("import-footer-last");
        chosen.setId("import-file");
        Upload upload = new Upload();
        upload.setUploadHandler(new InMemoryUploadHandler((metadata, data) -> {
            // Kept until the import button is pressed; the upload only carries the file in.
            file = data;
            upload.getUI().ifPresent(ui -> ui.access(() -> {
                chosen.setText("Ready to import " + metadata.fileName() + ".");
                showFileError(null);
            }));
        }) {
            // The server's own bound, whatever the browser was told: a larger file is never read into memory.
            @Override
            public long getFileSizeMax() {
                return BackIssues.MAX_BYTES;
            }
        });
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".md", ".markdown", ".txt", "text/plain", "text/markdown");
        upload.setMaxFileSize(BackIssues.MAX_BYTES);
        upload.setMaxFiles(1);
        fileError.setId("import-file-error");
        fileError.addClassName("check-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);
        footerLast.addValueChangeListener(e -> footerLast.setInvalid(false));
        Button importIt = new Button("Import into the archive", e -> {
            Edition edition;
            try {
                edition = backIssues.importIssue(number.getValue() == null ? 0 : number.getValue(), title.getValue(),
                        date.getValue(), file, footerLast.getValue());
            } catch (ImportRefused refused) {
                showOnItsField(refused);
                return;
            }
            showFileError(null);
            footerLast.setInvalid(false);
            Toast.show("Imported as No. " + edition.getIssueNumber() + ", dated as it went out. Readers find it at "
                    + edition.permalink() + ".");
            result.setHref(edition.permalink());
            result.setText("Read No. " + edition.getIssueNumber() + " in the archive");
            result.setVisible(true);
            file = null;
            chosen.setText("No file chosen yet.");
            number.setValue(issues.nextNumber());
        });
        importIt.setId("import");
        importIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("import-result");
        result.setRouterIgnore(true);
        result.setVisible(false);
        add(new H2("Import a back issue"), new Paragraph("A past issue, as a Markdown or plain-text file, becomes a "
                + "released edition with its original date. The publication's section headings split it into sections; "
                + "other headings are kept in their order."), number, title, date, footerLast, upload, chosen, fileError, importIt, result);
    }

    /** What is wrong with the file or its footer, said where the person chose them. */
    private void showOnItsField(ImportRefused refused) {
        if (refused.field() == ImportRefused.Field.FOOTER) {
            showFileError(null);
            footerLast.setErrorMessage(refused.getMessage());
            footerLast.setInvalid(true);
        } else {
            footerLast.setInvalid(false);
            showFileError(refused.getMessage());
        }
    }

    private void showFileError(String sentence) {
        fileError.setText(sentence == null ? "" : sentence);
        fileError.setVisible(sentence != null);
    }
}
