package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.masthead.base.ui.MainLayout;
import org.masthead.security.Role;
import org.masthead.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Base of UI tests: Karibu drives the real views against the real services, no browser. */
public abstract class KaribuTest extends ServiceTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("org.masthead");
        // Karibu's own handlers for unknown and refused routes would stand in for the app's error
        // pages (and clash with them): take them out, so the router answers as in the running app.
        routes.getErrorRoutes().removeAll(Set.of(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class));
    }

    @BeforeEach
    protected void setUpVaadin() {
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(routes, context, MockedUI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in both for Spring Security (services) and for the mocked request (view access rules). */
    protected void login(String username, Role... roles) {
        Desk.signIn(username, roles);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> names = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> names.contains(role));
    }

    /**
     * Opens the address as typing it into the browser's address bar does (the router's page load,
     * which {@code UI.navigate} does not go through for unknown addresses) and returns the HTTP
     * status the router gives the page.
     */
    protected static int typeAddress(String address) {
        UI ui = UI.getCurrent();
        return ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.PAGE_LOAD);
    }

    /** The view the router shows now. */
    protected static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    /**
     * The component with this id on screen, visible or not. Karibu's locators skip hidden
     * components; use this to assert that something is there but hidden.
     */
    protected static <T extends Component> T anyById(Class<T> type, String id) {
        List<T> found = descendants(UI.getCurrent())
                .filter(type::isInstance).map(type::cast)
                .filter(c -> c.getId().filter(id::equals).isPresent()).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one " + type.getSimpleName() + " with id '" + id + "', found " + found.size());
        }
        return found.get(0);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(KaribuTest::descendants));
    }

    /**
     * Asserts that the view was refused by its access rules: signed out, the person gets the
     * sign-in page; signed in, the refusal page inside the app's layout, never the screen.
     */
    protected static void assertRefused(Class<? extends Component> view) {
        Object shown = currentView();
        assertThat(shown).as("the screen shown instead of " + view.getSimpleName()).isNotInstanceOf(view);
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            assertThat(shown).isInstanceOf(LoginView.class);
        } else {
            assertErrorPage("forbidden", "Your role does not allow you to open this page.");
        }
    }

    /**
     * Asserts that an error page is on screen inside the app's layout (top bar and menu), saying
     * what happened in a sentence, with the ways back: the desk and signing out, or, signed out,
     * signing in.
     */
    protected static void assertErrorPage(String id, String sentence) {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        assertThat(chain.get(0)).as("the page shown").isInstanceOf(Component.class);
        assertThat(((Component) chain.get(0)).getId()).as("the page shown").hasValue(id);
        assertThat(chain.get(chain.size() - 1)).as("the frame around it").isInstanceOf(MainLayout.class);
        assertThat(anyById(Paragraph.class, "what-happened").getText()).isEqualTo(sentence);
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            assertThat(anyById(Anchor.class, "sign-in").getHref()).isEqualTo("login");
        } else {
            assertThat(anyById(Anchor.class, "back-to-desk").getHref()).isEmpty();
            assertThat(anyById(Button.class, "sign-out-instead").getText()).isEqualTo("Sign out");
            assertThat(anyById(Anchor.class, "signed-in-as").isVisible()).as("the top bar").isTrue();
        }
    }

    /** All text inside the component, as a reader would see it (without markup). */
    protected static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    /**
     * The HTML rendered inside the component (previews, rendered sections): its own innerHTML,
     * or that of its {@link Html} children.
     */
    protected static String htmlIn(Component component) {
        return component.getElement().getProperty("innerHTML", "") + String.join("", component.getChildren()
                .filter(Html.class::isInstance).map(html -> ((Html) html).getInnerHtml()).toList());
    }

    /** The question an irreversible act asks first ({@code Confirmation}): exactly one must be open. */
    protected static ConfirmDialog confirmation() {
        List<ConfirmDialog> open = LocatorJ._find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        assertThat(open).as("open confirmation dialogs").hasSize(1);
        return open.get(0);
    }

    /** What the open confirmation says: its question, then what will happen. */
    protected static String confirmationText() {
        ConfirmDialog dialog = confirmation();
        return ConfirmDialogKt.getHeader(dialog) + " " + ConfirmDialogKt.getText(dialog);
    }

    /** The label of the open confirmation's confirm button: the act, in words. */
    protected static String confirmLabel() {
        return confirmation().getElement().getProperty("confirmText", "");
    }

    /** Says yes to the open confirmation, as the person would with its confirm button. */
    protected static void confirm() {
        ConfirmDialog dialog = confirmation();
        ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
    }

    /** Says Cancel to the open confirmation. */
    protected static void cancel() {
        ConfirmDialog dialog = confirmation();
        ConfirmDialogKt._fireCancel(dialog);
        dialog.close();
    }

    /** The texts of the notifications on screen now, oldest first. */
    protected static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }
}
