package org.skeleton;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

@Route("")
@PermitAll
public class DeskView extends VerticalLayout {

    public DeskView() {
        add(new H1("Signed in"));
    }
}
