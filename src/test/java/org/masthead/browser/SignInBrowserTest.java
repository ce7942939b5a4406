package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

class SignInBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0} signs in and sees {1}")
    @CsvSource({"wendy, My desk", "erin, My desk", "paula, My desk", "admin, My desk"})
    void every_role_signs_in_through_the_form_and_signs_out_again(String username, String heading) {
        signIn(username);

        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo(heading);
        assertThat(driver.findElement(By.id("signed-in-as")).getText()).isEqualTo("Signed in as " + username);
        screenshot("desk-" + username);

        driver.findElement(By.id("sign-out")).click();
        waitFor(By.cssSelector("vaadin-login-form"));
        open("issues");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @ParameterizedTest(name = "the sign-in page has no serious accessibility violation")
    @CsvSource("login")
    void the_sign_in_page_passes_axe(String path) {
        open(path);
        waitFor(By.cssSelector("vaadin-login-form"));

        assertThat(seriousAccessibilityViolations()).isEmpty();
    }
}
