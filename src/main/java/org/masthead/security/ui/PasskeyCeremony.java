package org.masthead.security.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;

/**
 * The two WebAuthn ceremonies, run in the browser against Spring Security's endpoints (as its own
 * {@code spring-security-webauthn.js} does): making a passkey ({@code webauthn/register/options},
 * then {@code webauthn/register}) and signing in with one ({@code webauthn/authenticate/options},
 * then {@code login/webauthn}). Inline scripts, no frontend bundle. Each POST carries Spring's CSRF
 * token from the meta tags Vaadin writes into every page. The browser answers with an {@link Outcome}.
 */
public final class PasskeyCeremony {

    /** How a ceremony ended in the browser. */
    public enum Outcome {
        /** Done: the passkey is stored, or the person is signed in (and the browser on its way to the desk). */
        DONE,
        /** The browser has no WebAuthn (an old browser, or a page not served over https or from localhost). */
        UNSUPPORTED,
        /** The person cancelled the browser's question, or let it time out, or has no passkey for the desk here. */
        CANCELLED,
        /** The server refused: the passkey was not accepted. */
        REFUSED,
        /** Anything else: the network, the server. */
        FAILED;

        static Outcome of(String answer) {
            try {
                return answer == null ? FAILED : valueOf(answer);
            } catch (IllegalArgumentException unknown) {
                return FAILED;
            }
        }
    }

    /** What both scripts share: base64url, the CSRF header, a JSON POST, and the outcomes. */
    private static final String COMMON = """
            const supported = !!(window.PublicKeyCredential && navigator.credentials);
            const encode = buffer => btoa(String.fromCharCode(...new Uint8Array(buffer)))
                .replace(/=/g, '').replace(/\\+/g, '-').replace(/\\//g, '_');
            const decode = text => {
                const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
                const bytes = new Uint8Array(bin.length);
                for (let i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
                return bytes.buffer;
            };
            const headers = { 'Content-Type': 'application/json' };
            const token = document.querySelector('meta[name="_csrf"]');
            const header = document.querySelector('meta[name="_csrf_header"]');
            if (token && header) { headers[header.content] = token.content; }
            const post = (url, body) => fetch(url, { method: 'POST', headers, credentials: 'same-origin',
                body: body === undefined ? undefined : JSON.stringify(body) });
            const browserSaid = error => error && (error.name === 'NotAllowedError' || error.name === 'AbortError'
                || error.name === 'InvalidStateError') ? 'CANCELLED' : 'FAILED';
            """;

    private static final String REGISTER = "return (async () => {" + COMMON + """
            if (!supported || !navigator.credentials.create) { return 'UNSUPPORTED'; }
            const optionsResponse = await post('webauthn/register/options');
            if (!optionsResponse.ok) { return 'FAILED'; }
            const options = await optionsResponse.json();
            options.user = { ...options.user, id: decode(options.user.id) };
            options.challenge = decode(options.challenge);
            options.excludeCredentials = (options.excludeCredentials || []).map(c => ({ ...c, id: decode(c.id) }));
            let made;
            try {
                made = await navigator.credentials.create({ publicKey: options });
            } catch (error) {
                console.info('The browser made no passkey: ' + error);
                return browserSaid(error);
            }
            const response = made.response;
            const answer = await post('webauthn/register', { publicKey: { label: $0, credential: {
                id: made.id,
                rawId: encode(made.rawId),
                response: {
                    attestationObject: encode(response.attestationObject),
                    clientDataJSON: encode(response.clientDataJSON),
                    transports: response.getTransports ? response.getTransports() : []
                },
                type: made.type,
                clientExtensionResults: made.getClientExtensionResults(),
                authenticatorAttachment: made.authenticatorAttachment
            } } });
            if (!answer.ok) { return answer.status === 400 || answer.status === 401 ? 'REFUSED' : 'FAILED'; }
            const result = await answer.json();
            return result && result.success ? 'DONE' : 'REFUSED';
            })().catch(error => { console.info('Adding a passkey failed: ' + error); return 'FAILED'; });
            """;

    private static final String SIGN_IN = "return (async () => {" + COMMON + """
            if (!supported || !navigator.credentials.get) { return 'UNSUPPORTED'; }
            const optionsResponse = await post('webauthn/authenticate/options');
            if (!optionsResponse.ok) { return 'FAILED'; }
            const options = await optionsResponse.json();
            options.challenge = decode(options.challenge);
            options.allowCredentials = (options.allowCredentials || []).map(c => ({ ...c, id: decode(c.id) }));
            let used;
            try {
                used = await navigator.credentials.get({ publicKey: options });
            } catch (error) {
                console.info('The browser gave no passkey: ' + error);
                return browserSaid(error);
            }
            const response = used.response;
            const answer = await post('login/webauthn', {
                id: used.id,
                rawId: encode(used.rawId),
                response: {
                    authenticatorData: encode(response.authenticatorData),
                    clientDataJSON: encode(response.clientDataJSON),
                    signature: encode(response.signature),
                    userHandle: response.userHandle ? encode(response.userHandle) : undefined
                },
                credType: used.type,
                clientExtensionResults: used.getClientExtensionResults(),
                authenticatorAttachment: used.authenticatorAttachment
            });
            if (!answer.ok) { return answer.status === 401 ? 'REFUSED' : 'FAILED'; }
            const result = await answer.json();
            if (!(result && result.authenticated && result.redirectUrl)) { return 'REFUSED'; }
            // Signed in under a new session id: this page's screen belongs to the session before it, and
            // any word it sent back now would be refused by Vaadin as a stranger's, which closes the new
            // session (seen under load: the desk opened, then fell back to the sign-in page). So it says
            // nothing more: it leaves for the desk and its answer never comes.
            window.location.replace(result.redirectUrl);
            return new Promise(() => {});
            })().catch(error => { console.info('Signing in with a passkey failed: ' + error); return 'FAILED'; });
            """;

    private PasskeyCeremony() {
    }

    /** Makes a passkey for the signed-in person, under {@code label}, and stores it. */
    public static void register(UI ui, String label, Consumer<Outcome> then) {
        ui.getPage().executeJs(REGISTER, label)
                .then(String.class, answer -> then.accept(Outcome.of(answer)), error -> then.accept(Outcome.FAILED));
    }

    /** Signs in with a passkey; when it works, the browser goes on to the desk by itself. */
    public static void signIn(UI ui, Consumer<Outcome> then) {
        ui.getPage().executeJs(SIGN_IN)
                .then(String.class, answer -> then.accept(Outcome.of(answer)), error -> then.accept(Outcome.FAILED));
    }
}
