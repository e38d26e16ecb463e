package nl.buurtkaarten.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.ThreadLocalRandom;
import nl.buurtkaarten.base.ConnectionProbe;

/**
 * What a screen does when the app cannot be reached, all in the browser, since the server is not
 * there to ask: after a moment without a push connection it says so calmly at the top, in the
 * screen's language ("Even geen verbinding ... je hoeft niets te doen"), tries the app every second
 * or two, and as soon as the app answers again and Vaadin has not picked up the thread by itself
 * (after a restart the app no longer knows this page), it reloads the page; the parent's cookie
 * brings them back as themselves on the current card. What a parent was typing is kept in the
 * browser's session storage while they type and put back after the reload
 * ({@link #keepDraft}), so nothing typed is lost. Vaadin's own thin bar says the same words, and
 * never asks anyone to reload.
 */
public final class ConnectionWatch {

    /** The browser-side part: installed once per page, its texts updated on every language change. */
    private static final String INSTALL = """
            const texts = {lost: $0, back: $1};
            if (window.bkConnection) { window.bkConnection.texts = texts; return; }
            const watch = window.bkConnection = {texts, run: $2, open: false, lost: false, probing: false, banner: null, hideTimer: null};
            const NativeSocket = window.WebSocket;
            function banner(text, kind) {
              if (!watch.banner) {
                watch.banner = document.createElement('div');
                watch.banner.className = 'bk-connection';
                watch.banner.setAttribute('role', 'status');
                watch.banner.setAttribute('aria-live', 'polite');
                document.body.appendChild(watch.banner);
              }
              watch.banner.textContent = text;
              watch.banner.dataset.state = kind;
              watch.banner.hidden = false;
            }
            function hide() { if (watch.banner) watch.banner.hidden = true; }
            function wait(ms) { return new Promise(resolve => setTimeout(resolve, ms)); }
            async function probe() {
              if (watch.probing) return;
              watch.probing = true;
              try {
                while (watch.lost) {
                  await wait(700 + Math.random() * 800);
                  if (!watch.lost) break;
                  let answer = null;
                  try { answer = await fetch($3, {cache: 'no-store', credentials: 'same-origin'}); } catch (e) { answer = null; }
                  if (!answer || answer.status !== 204) continue;
                  if (answer.headers.get('X-Buurtkaarten-Run') !== watch.run) {
                    // Another run of the app (a restart, another node): this page means nothing to it. Load it
                    // again; the parent's cookie or the facilitator's remembered device brings them back.
                    location.reload();
                    return;
                  }
                  if (answer.headers.get('X-Buurtkaarten-Session') !== 'yes') {
                    // The same app, but this page's session ended (left unused for long): as Vaadin does,
                    // the page is loaded again at the next tap, not now.
                    watch.lost = false;
                    hide();
                    return;
                  }
                  // The same app still knows this page: Vaadin reconnects by itself.
                }
              } finally { watch.probing = false; }
            }
            function closed() {
              if (watch.lost) return;
              watch.open = false;
              watch.lost = true;
              clearTimeout(watch.hideTimer);
              setTimeout(() => { if (watch.lost) banner(watch.texts.lost, 'lost'); }, 1500);
              probe();
            }
            async function opened() {
              const wasLost = watch.lost;
              const wasShown = watch.banner && !watch.banner.hidden && watch.banner.dataset.state === 'lost';
              watch.open = true;
              watch.lost = false;
              if (wasLost) {
                // Connected again: to the same run of the app, or to a new one that only tells Vaadin later?
                try {
                  const answer = await fetch($3, {cache: 'no-store', credentials: 'same-origin'});
                  if (answer.status === 204 && answer.headers.get('X-Buurtkaarten-Run') !== watch.run) {
                    location.reload();
                    return;
                  }
                } catch (e) { /* the close event, if any, starts over */ }
              }
              if (wasShown) {
                banner(watch.texts.back, 'back');
                watch.hideTimer = setTimeout(hide, 2500);
              }
            }
            function WatchedSocket(url, protocols) {
              const socket = protocols === undefined ? new NativeSocket(url) : new NativeSocket(url, protocols);
              if (String(url).indexOf('/VAADIN/push') >= 0) {
                socket.addEventListener('open', opened);
                socket.addEventListener('close', closed);
              }
              return socket;
            }
            WatchedSocket.prototype = NativeSocket.prototype;
            ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(name => { WatchedSocket[name] = NativeSocket[name]; });
            window.WebSocket = WatchedSocket;
            window.addEventListener('offline', closed);
            """;

    /**
     * Keeps a field's text in the browser while it is typed, and puts it back after a reload if the field is
     * empty. Put back, it is also told to the server (the events Vaadin listens to for the field's value), so
     * that "send" sends what the parent sees.
     */
    private static final String KEEP_DRAFT = """
            const field = this; const key = 'bk-draft:' + location.pathname + ':' + $0;
            const saved = sessionStorage.getItem(key);
            if (saved && !field.value) {
              field.value = saved;
              field.dispatchEvent(new Event('input', {bubbles: true}));
              field.dispatchEvent(new Event('change', {bubbles: true}));
            }
            if (!field.bkDraft) {
              field.bkDraft = true;
              field.addEventListener('input', () => {
                if (field.value) sessionStorage.setItem(key, field.value); else sessionStorage.removeItem(key);
              });
            }
            """;

    private ConnectionWatch() {}

    /** Installs the watch in this browser tab, in the UI's language. */
    public static void install(UI ui) {
        ui.getElement()
                .executeJs(
                        INSTALL,
                        ui.getTranslation("connection.lost"),
                        ui.getTranslation("connection.back"),
                        ConnectionProbe.run(),
                        ConnectionProbe.PATH.substring(1));
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("connection.lost"));
        // Vaadin never gives up before the app is back, so its "gave up" words stay as calm as the rest.
        reconnect.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
        reconnect.setReconnectAttempts(100_000);
        reconnect.setReconnectInterval(2000);
        // The push connection tries again every one to two and a half seconds; spread over the phones
        // so that a hall of them does not knock on the app's door in the same instant after a restart.
        ui.getPushConfiguration()
                .setParameter(
                        "reconnectInterval",
                        String.valueOf(ThreadLocalRandom.current().nextInt(1000, 2500)));
    }

    /** Keeps what is typed in this field through a lost connection and a reload; {@code name} tells fields of one page apart. */
    public static void keepDraft(Component field, String name) {
        field.getElement().executeJs(KEEP_DRAFT, name);
    }

    /** Forgets a kept text, after it was sent. */
    public static void forgetDraft(Component field, String name) {
        field.getElement().executeJs("sessionStorage.removeItem('bk-draft:' + location.pathname + ':' + $0)", name);
    }
}
