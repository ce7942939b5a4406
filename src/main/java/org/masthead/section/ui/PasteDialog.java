package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.util.function.Consumer;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.PastedDocument;
import org.masthead.section.Section;

/**
 * "Paste from a document": the writer pastes what they copied from a word processor or a web
 * page; the formatted HTML on the clipboard (not just its plain text) is converted to Markdown,
 * cleaned on the way, and shown both as Markdown and as it will read, before it goes into the
 * section at the cursor.
 */
public class PasteDialog extends Dialog {

    /** The clipboard's HTML, read in the browser as the paste happens. */
    static final String CLIPBOARD_HTML = "event.clipboardData ? event.clipboardData.getData('text/html') : ''";
    /** Only a paste with formatted text on the clipboard is taken over; plain text pastes as usual. */
    static final String FORMATTED_PASTE = "event.clipboardData && event.clipboardData.types.indexOf('text/html') >= 0 "
            + "&& (event.preventDefault() || true)";

    private static final String INSTRUCTIONS = "Copy from Word, Google Docs or a web page, click here and paste (Ctrl+V). "
            + "Formatting, links and lists are kept; anything else is left out.";

    private final PastedDocument converter;
    private final MarkdownRenderer markdown;
    private final TextArea pasted = new TextArea("Paste here");
    private final TextArea result = new TextArea("Markdown to insert");
    private final Div preview = new Div();
    private final Button insert = new Button("Insert");

    public PasteDialog(PastedDocument converter, MarkdownRenderer markdown, MarkdownToolbar toolbar, Consumer<String> inserted) {
        this.converter = converter;
        this.markdown = markdown;
        setHeaderTitle("Paste from a document");
        setWidth("min(60em, 95vw)");
        pasted.setId("paste-source");
        pasted.setWidthFull();
        pasted.setHelperText(INSTRUCTIONS);
        pasted.setValueChangeMode(ValueChangeMode.TIMEOUT);
        // Typed or pasted as plain text (or HTML source): converted as it is.
        pasted.addValueChangeListener(e -> convert(e.getValue()));
        // With formatted text on the clipboard, take its HTML instead of the browser's plain-text paste.
        pasted.getElement().addEventListener("paste", event -> {
            JsonValue html = event.getEventData().hasKey(CLIPBOARD_HTML) ? event.getEventData().get(CLIPBOARD_HTML) : null;
            if (html != null && html.getType() == JsonType.STRING && !html.asString().isBlank()) {
                convert(html.asString());
                pasted.setHelperText("Formatted text pasted (" + html.asString().length() + " characters of HTML).");
            }
        }).addEventData(CLIPBOARD_HTML).setFilter(FORMATTED_PASTE);
        result.setId("paste-markdown");
        result.setMaxLength(Section.BODY_MAX);
        result.setValueChangeMode(ValueChangeMode.TIMEOUT);
        result.addValueChangeListener(e -> showPreview(e.getValue()));
        preview.setId("paste-preview");
        preview.addClassName("preview");
        insert.setId("paste-insert");
        insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        insert.setEnabled(false);
        toolbar.onClickWithSelection(insert, edit -> {
            toolbar.show(MarkdownEdits.insertBlock(edit, result.getValue()));
            inserted.accept(result.getValue());
            close();
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("paste-cancel");
        HorizontalLayout converted = new HorizontalLayout(result, preview);
        converted.setWidthFull();
        // The Markdown and how it reads, side by side in equal halves.
        converted.setFlexGrow(1, result, preview);
        result.setWidth("50%");
        preview.setWidth("50%");
        add(pasted, converted, new Paragraph("Check the result: you can still change the Markdown before inserting it."));
        getFooter().add(cancel, insert);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                pasted.clear();
                pasted.setHelperText(INSTRUCTIONS);
                result.clear();
            }
        });
    }

    private void convert(String html) {
        result.setValue(converter.toMarkdown(html));
    }

    private void showPreview(String text) {
        preview.getElement().setProperty("innerHTML", markdown.render(text).html());
        insert.setEnabled(!text.isBlank());
    }
}
