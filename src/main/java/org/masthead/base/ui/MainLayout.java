package org.masthead.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.springframework.beans.factory.ObjectProvider;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame around every desk screen. The navigation lists only the screens the signed-in
 * person may open: Vaadin's menu configuration checks each view's access rules, so a role
 * never sees a screen it cannot use.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ObjectProvider<InboxBadge> inbox;
    private final Anchor inboxLink = new Anchor("inbox", "Inbox");

    public MainLayout(AuthenticationContext authentication, ObjectProvider<InboxBadge> inbox, DeskUpdates updates) {
        this.inbox = inbox;
        inboxLink.setId("inbox-count");
        // Someone else's submit, or one's own act that settled a message, changes the count at once.
        updates.whileShownAfterEveryChange(inboxLink, this::refreshInboxCount);
        Span brand = new Span("Masthead");
        brand.addClassName("brand");
        HorizontalLayout top = new HorizontalLayout(new DrawerToggle(), brand);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getPrincipalName().ifPresent(name -> {
            // A plain path, not the view's class: base knows no feature. The attribute keeps it in the app.
            Anchor who = new Anchor("profile", "Signed in as " + name);
            who.getElement().setAttribute("router-link", true);
            who.setTitle("My profile: name, email, password");
            who.setId("signed-in-as");
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout account = new HorizontalLayout(inboxLink, who, signOut);
            account.setAlignItems(FlexComponent.Alignment.CENTER);
            top.addToEnd(account);
        });
        addToNavbar(top);
        addToDrawer(navigation());
        setPrimarySection(Section.DRAWER);
    }

    /** The count follows every navigation, so acting on a message and moving on updates it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshInboxCount();
    }

    /** One count query; after every navigation and after every change on the desk. */
    private void refreshInboxCount() {
        InboxBadge badge = inbox.getIfAvailable();
        if (badge == null || !inboxLink.isAttached()) {
            return;
        }
        long unread = badge.unreadCount();
        inboxLink.setText(unread == 0 ? "Inbox" : "Inbox (" + unread + ")");
        inboxLink.getElement().setAttribute("aria-label", unread + " unread in your inbox");
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        return nav;
    }
}
