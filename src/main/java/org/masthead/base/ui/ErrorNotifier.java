package org.masthead.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.masthead.base.WorkflowException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a refused action into a sentence on screen. The services refuse (wrong role, wrong
 * state, missing note); the views do not repeat those checks, they let this tell the person.
 * The last resort: a refusal of a value a form asked for shows on its field ({@link FieldRefusals});
 * what reaches this is told in the same short toast as any news ({@link Toast}).
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            String message = messageFor(error.getThrowable());
            if (message == null) {
                log.error("Unexpected error in the desk", error.getThrowable());
                message = "Something went wrong and nothing was changed. Please try again.";
            }
            if (UI.getCurrent() != null) {
                Toast.showRefusal(message);
            }
        }));
    }

    /** The sentence for a refusal, or null when the error is not one the person caused. */
    public static String messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WorkflowException) {
                return t.getMessage();
            }
            if (t instanceof AccessDeniedException) {
                return "Your role does not allow that, so nothing was changed.";
            }
            if (t instanceof OptimisticLockingFailureException) {
                return "Someone else changed this at the same moment. Nothing of yours was saved yet: reload and try again.";
            }
        }
        return null;
    }
}
