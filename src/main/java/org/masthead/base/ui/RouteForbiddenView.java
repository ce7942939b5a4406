package org.masthead.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A signed-in person typed the address of a screen their role may not use. Vaadin's navigation
 * access control refuses it with the router's {@link AccessDeniedException} (a signed-out person
 * is sent to the sign-in page instead); Vaadin's own handler would answer with its bare
 * "Could not navigate" page. The reason the router gives is for developers and is not shown.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class RouteForbiddenView extends SentenceView implements HasErrorParameter<AccessDeniedException> {

    public RouteForbiddenView(AuthenticationContext authentication) {
        super(authentication);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        showNotForYourRole();
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
