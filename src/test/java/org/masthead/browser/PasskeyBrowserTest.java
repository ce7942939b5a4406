package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * A passkey in a real browser: Chromium's virtual authenticator (CTAP2, a resident key, the person
 * verified) stands in for a phone or a laptop's fingerprint reader.
 */
class PasskeyBrowserTest extends BrowserTest {

    private VirtualAuthenticator authenticator;

    @BeforeEach
    void aDeviceThatKeepsPasskeys() {
        authenticator = ((HasVirtualAuthenticator) driver).addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));
    }

    @AfterEach
    void removeTheDevice() {
        ((HasVirtualAuthenticator) driver).removeVirtualAuthenticator(authenticator);
    }

    @Test
    void a_person_adds_a_passkey_on_the_profile_and_then_signs_in_with_it_alone_and_has_their_roles() {
        signIn("admin");
        open("profile");
        waitFor(By.id("no-passkeys"));

        driver.findElement(By.cssSelector("vaadin-text-field#passkey-label input")).sendKeys("Work laptop");
        click(button("add-passkey"));

        waitForNotification("Your passkey \u201cWork laptop\u201d is added.");
        waitForText(By.id("passkeys"), "Work laptop");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(desk.jdbc().queryForObject("select count(*) from user_credentials", Integer.class)).isEqualTo(1);
        screenshot("profile-passkeys");

        signOut();
        screenshot("sign-in-with-passkey");
        String sessionBefore = driver.manage().getCookieNamed("JSESSIONID").getValue();
        click(button("passkey-sign-in"));

        await(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        assertThat(waitFor(By.id("signed-in-as")).getText()).isEqualTo("Signed in as admin");
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id, as after a password sign-in").isNotEqualTo(sessionBefore);
        open("users");
        assertThat(waitFor(By.id("users")).isDisplayed()).as("an administrator's screen opens: the roles came along").isTrue();
        assertThat(desk.jdbc().queryForObject("select last_used > created from user_credentials", Boolean.class))
                .as("the sign-in is stamped on the passkey").isTrue();
    }

    @Test
    void signing_in_with_a_passkey_the_desk_does_not_know_says_so_in_a_sentence_and_signs_nobody_in() {
        open("login");
        click(button("passkey-sign-in"));

        waitForText(By.id("passkey-message"), "Try again, or sign in with your username and password.");
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void a_browser_without_webauthn_is_told_in_a_sentence() {
        open("login");
        ((JavascriptExecutor) driver).executeScript("delete window.PublicKeyCredential; window.PublicKeyCredential = undefined;");
        click(button("passkey-sign-in"));

        waitForText(By.id("passkey-message"), "This browser cannot sign in with a passkey. Sign in with your username and password.");
    }
}
