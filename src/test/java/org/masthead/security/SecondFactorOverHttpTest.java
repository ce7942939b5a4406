package org.masthead.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.SignInClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The whole two-step sign-in on the running server: real Tomcat, real HTTP, the forms posted as a browser does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorOverHttpTest extends ServiceTest {

    @LocalServerPort
    int port;

    @Autowired
    SecondFactors factors;

    @Test
    void the_password_leads_to_the_code_step_and_only_the_code_signs_the_browser_in() throws Exception {
        String secret = factors.newSecret();
        AuthenticatorApp.enrol(factors, "erin", secret);
        SignInClient erin = new SignInClient(port).withHeader("Accept", "text/html");

        HttpResponse<String> afterPassword = erin.signIn("erin", Desk.PASSWORD);
        assertThat(afterPassword.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith(SecondFactorStep.CODE_PATH));
        assertThat(erin.isSignedIn()).as("after the password alone").isFalse();
        HttpResponse<String> codeStep = erin.get(SecondFactorStep.CODE_PATH);
        assertThat(codeStep.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(codeStep.body());
        String parameter = page.selectFirst("meta[name=_csrf_parameter]").attr("content");
        String token = page.selectFirst("meta[name=_csrf]").attr("content");

        HttpResponse<String> afterCode = erin.post(SecondFactorStep.CODE_PATH,
                Map.of("code", AuthenticatorApp.nextCode(secret), parameter, token));

        assertThat(afterCode.statusCode()).isEqualTo(302);
        assertThat(afterCode.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("sign-in").doesNotContain("error"));
        assertThat(erin.isSignedIn()).isTrue();
    }
}
