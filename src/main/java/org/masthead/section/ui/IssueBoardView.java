package org.masthead.section.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.masthead.base.ui.Confirmation;
import org.masthead.base.ui.DeskUpdates;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.section.IssueProgress;
import org.masthead.section.Section;
import org.masthead.section.SectionAction;
import org.masthead.section.SectionActions;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.section.Turn;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.springframework.beans.factory.ObjectProvider;

/** One issue at a glance: every section with its status, writer, deadline and last change. */
@Route("issues")
@PageTitle("Issue board · Masthead")
@RolesAllowed({"WRITER", "EDITOR", "PUBLISHER"})
public class IssueBoardView extends VerticalLayout implements HasUrlParameter<Long> {

    private final IssueService issues;
    private final SectionService sections;
    private final SectionPlanning planning;
    private final SectionWorkflow workflow;
    private final UserService users;
    private final Clock clock;
    private final boolean planner;
    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Grid<Section> grid = new Grid<>(Section.class, false);
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div panels = new Div();
    private final ObjectProvider<BoardPanel> boardPanels;
    private List<User> writers = List.of();
    private long issueId;
    /** The board's field the person is in now (a writer, a deadline, a new heading), if any. */
    private Component inUse;
    private TextField newHeading;

    public IssueBoardView(IssueService issues, SectionService sections, SectionPlanning planning,
                          SectionWorkflow workflow, UserService users, CurrentUser currentUser, Clock clock,
                          DeskUpdates updates, ObjectProvider<BoardPanel> boardPanels) {
        this.issues = issues;
        this.boardPanels = boardPanels;
        this.workflow = workflow;
        this.sections = sections;
        this.planning = planning;
        this.users = users;
        this.clock = clock;
        this.planner = currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.PUBLISHER);
        summary.setId("board-summary");
        grid.setId("board");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Widths that hold a writer's whole name and a date; who and when go on two short lines, so a
        // row never wraps over four. What a person does with a row comes before the planning columns:
        // a board wider than the screen scrolls inside the grid, and Review, the moves and Drop stay
        // in reach; Open is the section's name itself.
        grid.addComponentColumn(this::heading).setHeader("Section").setWidth("10em").setFlexGrow(2);
        grid.addComponentColumn(s -> new StateBadge(s.getState())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::rowActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::writer).setHeader("Writer").setWidth("16em").setFlexGrow(0);
        grid.addComponentColumn(this::deadline).setHeader("Deadline").setWidth("11em").setFlexGrow(0);
        grid.addComponentColumn(s -> s.isDropped() ? new Span() : whoAndWhen(Turn.holderName(s), "since", s.getStateChangedAt(), s))
                .setHeader("With").setWidth("12em").setFlexGrow(1);
        grid.addComponentColumn(s -> whoAndWhen(users.displayNameOf(s.getLastChangedBy()), "", s.getLastChangedAt(), s))
                .setHeader("Last change").setWidth("11em").setFlexGrow(1);
        panels.setId("board-panels");
        panels.setWidthFull();
        add(title, summary, actions, grid, panels);
        updates.whileShown(this, this::refreshFromElsewhere);
    }

    /**
     * Someone else's change redraws the board, unless the person is in one of its fields or has
     * typed a heading not yet added: those are never replaced under her. The board then catches up
     * at the next change or at her own next action.
     */
    private void refreshFromElsewhere() {
        boolean working = inUse != null && inUse.isAttached() || newHeading != null && !newHeading.isEmpty();
        if (issueId != 0 && !working) {
            refresh();
        }
    }

    /** Remembers while the person is in the field, so a refresh from elsewhere leaves it alone. */
    private <T extends Component & Focusable<T>> T watched(T field) {
        field.addFocusListener(e -> inUse = field);
        field.addBlurListener(e -> inUse = inUse == field ? null : inUse);
        return field;
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        issueId = parameter;
        writers = planner ? users.writers() : List.of();
        refresh();
        panels.removeAll();
        Issue issue = issues.require(issueId);
        boardPanels.orderedStream().forEach(panel -> panel.forIssue(issue).ifPresent(panels::add));
    }

    private void refresh() {
        Issue issue = issues.require(issueId);
        IssueProgress progress = sections.progressOf(issueId);
        title.setText(issue.label());
        List<Section> all = sections.sectionsOf(issueId);
        List<String> blocking = all.stream().filter(s -> !s.isDropped() && s.getState() != SectionState.APPROVED)
                .map(s -> s.getHeading() + " (with " + Turn.holderName(s) + ")").toList();
        summary.removeAll();
        summary.add(new IssueStatusBadge(progress.status()), new Text(" " + progress.label() + " · planned for "
                + Formats.zoned(issue.getPlannedRelease(), issue.getPublication().getTimeZone())
                + (blocking.isEmpty() || issue.isReleased() ? "" : " · blocking release: " + String.join(", ", blocking))));
        actions.removeAll();
        Anchor release = new Anchor("release/" + issueId, issue.isReleased() ? "See the released edition" : "Release screen");
        release.setId("to-release");
        actions.add(release);
        if (planner && !issue.isReleased()) {
            actions.add(addSectionForm());
        }
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setItems(all);
    }

    private Component addSectionForm() {
        TextField heading = new TextField();
        heading.setPlaceholder("Heading of an extra section");
        heading.setId("new-section-heading");
        heading.setMaxLength(Section.HEADING_MAX);
        newHeading = watched(heading);
        Button add = new Button("Add section", e -> {
            planning.add(issueId, heading.getValue());
            Toast.show("Section \"" + heading.getValue().strip() + "\" added at the end.");
            refresh();
        });
        add.setId("add-section");
        return new HorizontalLayout(heading, add);
    }

    /** The section's name, which opens it. */
    private Component heading(Section section) {
        Anchor heading = new Anchor("sections/" + section.getId(), section.getHeading() + (section.isRequired() ? "" : " (optional)"));
        if (section.isDropped()) {
            heading.addClassName("dropped");
            heading.setTitle("Dropped from this issue");
        }
        return heading;
    }

    /** A person on one line, the moment (in the publication's zone) on a second, smaller one. */
    private static Component whoAndWhen(String who, String word, Instant when, Section section) {
        Span moment = new Span((word.isEmpty() ? "" : word + " ")
                + Formats.moment(when, section.getIssue().getPublication().getTimeZone()));
        moment.addClassName("muted");
        Div cell = new Div(new Span(who), moment);
        cell.addClassName("who-and-when");
        return cell;
    }

    private Component writer(Section section) {
        if (!planner || section.getIssue().isReleased()) {
            return new Span(section.getWriterName());
        }
        ComboBox<User> box = watched(new ComboBox<User>());
        box.setWidthFull();
        box.setItems(writers);
        box.setItemLabelGenerator(User::getDisplayName);
        box.setPlaceholder("Assign a writer");
        box.setAriaLabel("Writer of " + section.getHeading());
        box.setValue(writers.stream().filter(w -> w.equals(section.getWriter())).findFirst().orElse(null));
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                planning.assign(section.getId(), e.getValue().getId());
                Toast.show(section.getHeading() + " is now with " + e.getValue().getDisplayName() + ".");
                refresh();
            }
        });
        return box;
    }

    private Component deadline(Section section) {
        boolean overdue = Turn.isOverdueAt(section, clock.instant());
        if (!planner || section.getIssue().isReleased()) {
            Span text = new Span(Formats.day(section.getDeadline()) + (overdue ? " (overdue)" : ""));
            if (overdue) {
                text.addClassName("overdue");
            }
            return text;
        }
        DatePicker picker = watched(new DatePicker(section.getDeadline()));
        picker.setWidthFull();
        picker.setAriaLabel("Deadline of " + section.getHeading());
        if (overdue) {
            picker.setHelperText("Overdue");
        }
        picker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                planning.setDeadline(section.getId(), e.getValue());
                Toast.show("Deadline of " + section.getHeading() + ": " + Formats.day(e.getValue()) + ".");
                refresh();
            }
        });
        return picker;
    }

    private Component rowActions(Section section) {
        HorizontalLayout row = new HorizontalLayout();
        // The review screen is offered to whoever may decide there now: never to a section's own writer.
        SectionActions may = workflow.actionsFor(section.getId());
        if (may.may(SectionAction.APPROVE) || may.may(SectionAction.RETURN) || may.may(SectionAction.REOPEN)) {
            row.add(new Anchor("review/" + section.getId(), "Review"));
        }
        if (planner && !section.getIssue().isReleased()) {
            row.add(small("↑", "Move " + section.getHeading() + " up", () -> planning.move(section.getId(), -1)));
            row.add(small("↓", "Move " + section.getHeading() + " down", () -> planning.move(section.getId(), 1)));
            if (section.isDropped()) {
                row.add(small("Restore", "Restore " + section.getHeading(), () -> planning.restore(section.getId())));
            } else if (!section.isRequired()) {
                row.add(button("Drop", "Drop " + section.getHeading(), () -> askBeforeDropping(section)));
            }
        }
        return row;
    }

    /** Readers would not get the section: ask first. It can be restored until the issue is released. */
    private void askBeforeDropping(Section section) {
        Issue issue = section.getIssue();
        Confirmation.askBeforeRemoving("Drop \"" + section.getHeading() + "\" from issue " + issue.getNumber() + "?",
                "\"" + section.getHeading() + "\" leaves issue " + issue.getNumber() + ", \"" + issue.getTitle()
                        + "\": it is not released with it and no longer counts towards its progress. Its text stays; "
                        + "you can restore it until the issue is released.",
                "Drop \"" + section.getHeading() + "\"",
                () -> act("Drop " + section.getHeading(), () -> planning.drop(section.getId())));
    }

    private void act(String label, Runnable action) {
        action.run();
        Toast.show("Done: " + label.toLowerCase() + ".");
        refresh();
    }

    /** A small button that acts at once, then says so. */
    private Button small(String text, String label, Runnable action) {
        return button(text, label, () -> act(label, action));
    }

    private static Button button(String text, String label, Runnable onClick) {
        Button button = new Button(text, e -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(label);
        return button;
    }
}
