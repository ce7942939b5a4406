package org.masthead;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One browser without JavaScript, over real HTTP: keeps its cookies, follows no redirect, and
 * posts the sign-in form as vaadin-login-form does (with or without the page's CSRF token).
 */
public class SignInClient {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public SignInClient(int port) {
        this.port = port;
    }

    /** Sends this header with every request, as a proxy in front of the app would. */
    public SignInClient withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token the sign-in page carries for its form, as {parameter name, token}. */
    public Map.Entry<String, String> tokenOfSignInPage() throws Exception {
        var page = Jsoup.parse(get("/login").body());
        Element parameter = page.selectFirst("meta[name=_csrf_parameter]");
        Element token = page.selectFirst("meta[name=_csrf]");
        if (parameter == null || token == null) {
            throw new AssertionError("The sign-in page carries no CSRF token");
        }
        return Map.entry(parameter.attr("content"), token.attr("content"));
    }

    /** Posts the sign-in form with the token of the sign-in page. */
    public HttpResponse<String> signIn(String username, String password) throws Exception {
        Map.Entry<String, String> token = tokenOfSignInPage();
        return post("/login", Map.of("username", username, "password", password, token.getKey(), token.getValue()));
    }

    /** Posts the sign-in form as another site's page could: without any token. */
    public HttpResponse<String> signInWithoutToken(String username, String password) throws Exception {
        return post("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Whether this client is signed in now: the desk answers instead of sending it to the sign-in page. */
    public boolean isSignedIn() throws Exception {
        HttpResponse<String> desk = get("/");
        return desk.statusCode() == 200 && !desk.headers().firstValue("Location").isPresent();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(builder::header);
        return builder;
    }
}
