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

    public void show(List<Problem> problems) {
        items.removeAll();
        setVisible(!problems.isEmpty());
        for (Problem problem : problems) {
            ListItem item = new ListItem((problem.isError() ? "Error. " : "Warning. ") + problem.sentence());
            item.addClassName(problem.isError() ? "check-error" : "check-warning");
            items.add(item);
        }
    }
}
