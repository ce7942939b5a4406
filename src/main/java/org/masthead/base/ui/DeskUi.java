package org.masthead.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What every browser tab of the desk shares. Its locale is the publication's picker locale, so
 * every date and time picker (they take the tab's locale unless told otherwise) reads day first
 * with a 24-hour clock. Moving to another screen closes the toasts of the one left behind.
 */
@Component
class DeskUi implements VaadinServiceInitListener {

    private final DeskTime deskTime;

    DeskUi(DeskTime deskTime) {
        this.deskTime = deskTime;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.setLocale(deskTime.pickerLocale());
            ui.addAfterNavigationListener(navigation -> Toast.closeShown(ui));
        });
    }
}
