package org.masthead.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;

/** Opening a screen for something that does not exist, or may not be shown now, says so in a sentence. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RefusedView extends SentenceView implements HasErrorParameter<WorkflowException> {

    public RefusedView(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<WorkflowException> parameter) {
        show("refused", "That cannot be opened", parameter.getException().getMessage());
        return parameter.getException() instanceof NotFoundException
                ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_CONFLICT;
    }
}
