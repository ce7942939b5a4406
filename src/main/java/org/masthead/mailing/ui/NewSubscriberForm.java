package org.masthead.mailing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import org.masthead.base.ui.Toast;
import org.masthead.mailing.Addresses;
import org.masthead.mailing.Subscriber;
import org.masthead.mailing.SubscriberRefused;
import org.masthead.mailing.Subscribers;

/** The staff's form for adding one subscriber who agreed elsewhere; what is wrong is said on its field. */
class NewSubscriberForm extends HorizontalLayout {

    /** What is typed into the form. */
    static final class Typed {
        String address = "";
        String name = "";
    }

    private final TextField address = new TextField("Email address");
    private final TextField name = new TextField("Name (optional)");

    NewSubscriberForm(Subscribers subscribers, Runnable afterAdd) {
        address.setId("new-subscriber-address");
        address.setMaxLength(Subscriber.ADDRESS_MAX);
        address.setWidth("20em");
        name.setId("new-subscriber-name");
        name.setMaxLength(Subscriber.NAME_MAX);
        Binder<Typed> binder = new Binder<>();
        // The same check as the service's, shown on the field before anything is sent.
        binder.forField(address).withValidator((value, context) -> Addresses.problemWithAddress(value)
                .map(ValidationResult::error).orElse(ValidationResult.ok())).bind(t -> t.address, (t, v) -> t.address = v);
        binder.forField(name).withValidator((value, context) -> Addresses.problemWithName(value)
                .map(ValidationResult::error).orElse(ValidationResult.ok())).bind(t -> t.name, (t, v) -> t.name = v);
        binder.setBean(new Typed());
        Button add = new Button("Add subscriber", e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                Subscriber added = subscribers.add(address.getValue(), name.getValue());
                Toast.show(added.getAddress() + " is subscribed; the next issue goes to them.");
            } catch (SubscriberRefused refused) {
                TextField field = refused.field() == SubscriberRefused.Field.NAME ? name : address;
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
                return;
            }
            binder.setBean(new Typed());
            afterAdd.run();
        });
        add.setId("add-subscriber");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(address, name, add);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }
}
