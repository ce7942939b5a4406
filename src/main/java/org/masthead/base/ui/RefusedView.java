package org.masthead.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;

/** Opening a screen for something that does not exist, or may not be shown, says so in a sentence. */
@AnonymousAllowed
public class RefusedView extends VerticalLayout implements HasErrorParameter<WorkflowException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<WorkflowException> parameter) {
        removeAll();
        setId("refused");
        add(new H2("That cannot be opened"), new Paragraph(parameter.getException().getMessage()),
                new Anchor("", "Back to my desk"));
        return parameter.getException() instanceof NotFoundException
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT;
    }
}
