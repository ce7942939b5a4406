package org.masthead.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.masthead.base.WorkflowException;

/**
 * Puts a service's refusal of one value on the field where the person typed it ("The username
 * wendy is taken." under the username), instead of a toast that covers the form. Refusals that
 * name no field of this form go on to {@link ErrorNotifier}.
 */
public final class FieldRefusals {

    private final Map<String, HasValidation> fields = new HashMap<>();

    /** The field showing refusals of {@code field}, as the service names it ({@link WorkflowException#fieldKey()}). */
    public FieldRefusals on(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    /** Runs the action: what it returns when it went through, empty when a refusal now shows on its field. */
    public <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (WorkflowException refusal) {
            HasValidation field = refusal.fieldKey().map(fields::get).orElseThrow(() -> refusal);
            field.setErrorMessage(refusal.getMessage());
            field.setInvalid(true);
            return Optional.empty();
        }
    }

    /** The same for an action that returns nothing: true when it went through. */
    public boolean attemptRun(Runnable action) {
        return attempt(() -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }
}
