package org.masthead.mailing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import org.masthead.base.Counting;
import org.masthead.base.ui.Toast;
import org.masthead.mailing.ImportPreview;
import org.masthead.mailing.SubscriberRefused;
import org.masthead.mailing.Subscribers;

/**
 * Importing a CSV list: the file is previewed as soon as it is in (what each line would do, the
 * lines that cannot be imported and why), and imported only when the person presses the button
 * that says how many will be added.
 */
class SubscriberImport extends VerticalLayout {

    /** The largest file the server reads into memory: one byte over the service's bound, so the service says why in a sentence. */
    private static final int UPLOAD_MAX = Subscribers.IMPORT_MAX_BYTES + 1;

    private final Subscribers subscribers;
    private final Runnable afterImport;
    private final Paragraph preview = new Paragraph();
    private final Span fileError = new Span();
    private final Grid<ImportPreview.Line> notImported = new Grid<>();
    private final Button importIt = new Button();
    private volatile byte[] file;
    private volatile String fileName;

    SubscriberImport(Subscribers subscribers, Runnable afterImport) {
        this.subscribers = subscribers;
        this.afterImport = afterImport;
        Upload upload = new Upload();
        upload.setId("subscriber-upload");
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFiles(1);
        upload.setUploadHandler(new InMemoryUploadHandler((metadata, data) -> upload.getUI().ifPresent(ui -> ui.access(() ->
                show(metadata.fileName(), data)))) {
            // A larger file is never read into memory; the service says why in a sentence.
            @Override
            public long getFileSizeMax() {
                return UPLOAD_MAX;
            }
        });
        preview.setId("import-preview");
        fileError.setId("import-file-error");
        fileError.addClassName("check-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.setVisible(false);
        notImported.setId("import-lines-refused");
        notImported.addColumn(ImportPreview.Line::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        notImported.addColumn(ImportPreview.Line::text).setHeader("Address");
        notImported.addColumn(ImportPreview.Line::reason).setHeader("Why it is not imported").setFlexGrow(3);
        notImported.setAllRowsVisible(true);
        notImported.setVisible(false);
        importIt.setId("import-subscribers");
        importIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importIt.setVisible(false);
        importIt.addClickListener(e -> importFile());
        setPadding(false);
        add(new Paragraph("A CSV file with one address per line, and a name after a comma if you have one; a heading line "
                + "(email, name) is recognised. You see what it would do before anything is stored. Nobody who left the list "
                + "is put back on it."), upload, fileError, preview, notImported, importIt);
    }

    private void show(String name, byte[] data) {
        ImportPreview found;
        try {
            found = subscribers.previewImport(name, data);
        } catch (SubscriberRefused refused) {
            clear();
            fileError.setText(refused.getMessage());
            fileError.setVisible(true);
            return;
        }
        file = data;
        fileName = name;
        fileError.setVisible(false);
        preview.setText(name + ": " + found.summary());
        notImported.setItems(found.suppressed().isEmpty() ? found.refused()
                : java.util.stream.Stream.concat(found.refused().stream(), found.suppressed().stream())
                        .sorted(java.util.Comparator.comparingLong(ImportPreview.Line::line)).toList());
        notImported.setVisible(!found.refused().isEmpty() || !found.suppressed().isEmpty());
        importIt.setText(found.newCount() == 1 ? "Import 1 new subscriber" : "Import " + Counting.thousands(found.newCount()) + " new subscribers");
        importIt.setVisible(found.newCount() > 0);
    }

    private void importFile() {
        ImportPreview done = subscribers.importFile(fileName, file);
        Toast.show("Imported " + (done.newCount() == 1 ? "1 new subscriber" : Counting.thousands(done.newCount()) + " new subscribers")
                + " from " + fileName + ".");
        clear();
        afterImport.run();
    }

    private void clear() {
        file = null;
        fileName = null;
        preview.setText("");
        notImported.setVisible(false);
        importIt.setVisible(false);
    }
}
