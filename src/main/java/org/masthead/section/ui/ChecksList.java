package org.masthead.section.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.masthead.section.SubmitChecks.Problem;

/** The submit checks as the writer types: errors (which stop a submission) first, then warnings. */
public class ChecksList extends Div {

    private final UnorderedList items = new UnorderedList();

    public ChecksList() {
        setId("checks");
        addClassName("checks");
        add(new H3("Before you submit"), items);
    }

    /**
     * Lists the problems. A section with no text yet is where every writer starts, not a mistake:
     * until they try to submit it, that shows as a plain to-do instead of a red error.
     */
    public void show(List<Problem> problems, boolean triedToSubmit) {
        items.removeAll();
        setVisible(!problems.isEmpty());
        for (Problem problem : problems) {
            items.add(triedToSubmit || !problem.isEmptyText() ? itemOf(problem) : toDo());
        }
    }

    private static ListItem itemOf(Problem problem) {
        ListItem item = new ListItem((problem.isError() ? "Error. " : "Warning. ") + problem.sentence());
        item.addClassName(problem.isError() ? "check-error" : "check-warning");
        return item;
    }

    private static ListItem toDo() {
        ListItem item = new ListItem("To do. Write the section; it can be submitted once it has text.");
        item.addClassNames("check-todo", "muted");
        return item;
    }
}
