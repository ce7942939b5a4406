package org.masthead.base.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * How a desk form binds its fields: through Bean Validation on a small bean of what the form asks,
 * so that each message shows on its field, and every field the bean requires is marked required
 * (Vaadin's default marks {@code @NotNull}, {@code @NotEmpty} and {@code @Size(min > 0)}; a name
 * made of spaces is no name either, so {@code @NotBlank} too).
 */
public final class Forms {

    private Forms() {
    }

    public static <T> BeanValidationBinder<T> binder(Class<T> form) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(form);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT
                .chain((annotation, binding) -> annotation instanceof NotBlank));
        return binder;
    }
}
