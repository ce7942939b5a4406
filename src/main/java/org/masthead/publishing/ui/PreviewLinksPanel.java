package org.masthead.publishing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.publishing.PreviewLink;
import org.masthead.publishing.PreviewLinks;
import org.masthead.publishing.PreviewLinks.Line;

/**
 * The preview links of an issue on its board: who made each and when, until when it opens, when
 * it was last opened, what it is now, and how many comments came through it; the address to copy,
 * a way to withdraw it, and a button for a new one.
 */
class PreviewLinksPanel extends VerticalLayout {

    private final PreviewLinks links;
    private final long issueId;
    private final ZoneId zone;
    private final Grid<Line> grid = new Grid<>(Line.class, false);
    private final Paragraph none = new Paragraph("No preview links yet.");
    private final Span whyNot = new Span();

    PreviewLinksPanel(PreviewLinks links, long issueId, ZoneId zone) {
        this.links = links;
        this.issueId = issueId;
        this.zone = zone;
        setId("preview-links");
        setPadding(false);
        Paragraph about = new Paragraph("A preview link lets someone without an account (a lawyer, a guest author) read this "
                + "issue as it stands, until the link expires, and send comments on its sections; they arrive here as review notes.");
        about.addClassName("muted");
        Button create = new Button("Create preview link", e -> create());
        create.setId("create-preview-link");
        Optional<String> refused = links.whyNotCreate(issueId);
        create.setEnabled(refused.isEmpty());
        refused.ifPresent(whyNot::setText);
        whyNot.addClassName("muted");
        grid.setId("preview-link-list");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Narrow enough that the actions stay on screen beside the board's menu, as the board's own grid does.
        grid.addComponentColumn(l -> whoAndWhen(l.createdBy(), l.createdAt())).setHeader("Created").setWidth("10em").setFlexGrow(0);
        grid.addColumn(l -> Formats.moment(l.expiresAt(), zone)).setHeader("Expires").setWidth("9em").setFlexGrow(0);
        grid.addColumn(l -> l.lastOpenedAt() == null ? "Never" : Formats.moment(l.lastOpenedAt(), zone))
                .setHeader("Last opened").setWidth("9em").setFlexGrow(0);
        grid.addColumn(this::status).setHeader("Status").setWidth("8em").setFlexGrow(1);
        grid.addColumn(l -> Integer.toString(l.comments())).setHeader("Comments").setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        add(new H3("Preview links"), about, new HorizontalLayout(create, whyNot), none, grid);
        refresh();
    }

    private void create() {
        Line made = links.create(issueId);
        refresh();
        copy(made);
        Toast.show("Preview link created, open until " + Formats.moment(made.expiresAt(), zone)
                + ". Copied: send it to your reader.");
    }

    private void refresh() {
        List<Line> all = links.of(issueId);
        none.setVisible(all.isEmpty());
        grid.setVisible(!all.isEmpty());
        grid.setItems(all);
    }

    private String status(Line line) {
        return switch (line.status()) {
            case OPEN -> "Open";
            case EXPIRED -> "Expired";
            case REVOKED -> "Withdrawn by " + line.revokedBy() + " " + Formats.moment(line.revokedAt(), zone);
        };
    }

    private Component actions(Line line) {
        if (line.status() != PreviewLink.Status.OPEN) {
            return new Span();
        }
        // The address itself, to open or copy by hand where the browser does not let the page copy.
        Anchor address = new Anchor(line.url(), "Link");
        address.setTarget("_blank");
        address.setTitle(line.url());
        address.setId("preview-link-" + line.id());
        Button copy = small("Copy link", "Copy the preview link made " + Formats.moment(line.createdAt(), zone), () -> {
            copy(line);
            Toast.show("Link copied: send it to your reader.");
        });
        copy.setId("copy-preview-link-" + line.id());
        Button revoke = small("Revoke", "Revoke the preview link made " + Formats.moment(line.createdAt(), zone),
                () -> askBeforeRevoking(line));
        revoke.setId("revoke-preview-link-" + line.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(address, copy, revoke);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    /** The reader loses the page at once: ask first. */
    private void askBeforeRevoking(Line line) {
        Confirmation.askBeforeRemoving("Revoke this preview link?", "The link " + line.createdBy() + " made "
                        + Formats.moment(line.createdAt(), zone) + " stops opening at once: whoever has it is told it was withdrawn. "
                        + "Comments that came through it stay.", "Revoke the link",
                () -> {
                    links.revoke(line.id());
                    Toast.show("Preview link revoked: it no longer opens.");
                    refresh();
                });
    }

    private static void copy(Line line) {
        UI.getCurrent().getPage().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", line.url());
    }

    private Component whoAndWhen(String who, Instant when) {
        Span moment = new Span(Formats.moment(when, zone));
        moment.addClassName("muted");
        Div cell = new Div(new Span(who), moment);
        cell.addClassName("who-and-when");
        return cell;
    }

    private static Button small(String text, String label, Runnable onClick) {
        Button button = new Button(text, e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        return button;
    }
}
