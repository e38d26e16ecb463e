/*
 * The hall screen and the remote (nl.buurtkaarten.projector.hall), over the live API only: STOMP at /live,
 * topic /topic/meetings/{id}, commands /app/meetings/{id}/..., answers on /user/queue/replies and errors.
 *
 * ES5 on purpose (no arrow functions, let/const, classes, fetch or template strings), so that this script
 * runs on a browser of 2015 (Chrome 45, Firefox 40, Safari 9, Edge 12). So does the STOMP library the page loads:
 * stompjs 7, written as ES5 with its polyfills at build time (src/build/java/StompEs5.java). What it needs and
 * no polyfill of the build gives, TextEncoder and TextDecoder (UTF-8), is here, for browsers without them.
 * HallScreenEs5Test parses both as ES5 and runs them in an old engine. See the design note of 2026-12-05 on
 * the hall screen.
 *
 * Hall screen: /hall#meeting=ID&token=READ_TOKEN&lang=nl (the fragment never reaches the server or its logs).
 * Remote:      /hall/remote?meeting=ID (for the signed-in facilitator; the session cookie goes with the handshake).
 */
(function () {
  'use strict';

  var RECONNECT_MILLIS = 2000;
  /** STOMP heart-beats both ways (the server offers 10 s): a silently dropped network is noticed within 20 s. */
  var HEART_BEAT_MILLIS = 10000;
  var doc = document;
  var texts = window.BK_HALL_TEXTS || {};
  var remote = /\/remote\/?$/.test(window.location.pathname);
  var params = parameters(window.location.hash.replace(/^#/, ''), parameters(window.location.search.replace(/^\?/, ''), {}));
  var meetingId = /^\d{1,18}$/.test(params.meeting || '') ? params.meeting : null;
  var token = params.token || null;
  var language = supported(remote ? browserLanguage() : params.lang);

  var client = null;
  var everConnected = false;
  var connected = false;
  var stopped = false;
  var lastVersion = -1;
  var current = null;
  var joinShown = null;
  var joinLoading = null;
  var busy = null;

  function byId(id) {
    return doc.getElementById(id);
  }

  function parameters(text, into) {
    var parts = text ? text.split('&') : [];
    for (var i = 0; i < parts.length; i++) {
      var pair = parts[i].split('=');
      if (pair[0]) {
        try {
          into[decodeURIComponent(pair[0])] = decodeURIComponent(pair.slice(1).join('=').replace(/\+/g, ' '));
        } catch (malformed) {
          // a broken part is left out
        }
      }
    }
    return into;
  }

  function browserLanguage() {
    var navigator = window.navigator;
    return (navigator.languages && navigator.languages[0]) || navigator.language || navigator.userLanguage || 'nl';
  }

  function supported(tag) {
    var code = String(tag || '').toLowerCase().split('-')[0];
    return texts[code] ? code : 'nl';
  }

  // Texts: the app's own (i18n/messages*.properties, served as /hall/texts.js), in the form of Java's
  // MessageFormat: {0}, {0,choice,0#...|1#...|1<...} and '' for an apostrophe. Dutch when a text is missing.
  function t(key, args) {
    var own = texts[language] || {};
    var dutch = texts.nl || {};
    var pattern = own[key] !== undefined ? own[key] : dutch[key];
    return pattern === undefined ? '' : format(pattern, args || []);
  }

  function format(pattern, args) {
    var out = '';
    var i = 0;
    while (i < pattern.length) {
      var c = pattern.charAt(i);
      if (c === "'" && pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
      } else if (c === '{') {
        var end = closing(pattern, i);
        out += argument(pattern.substring(i + 1, end), args);
        i = end + 1;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }

  function closing(pattern, open) {
    var depth = 0;
    for (var i = open; i < pattern.length; i++) {
      if (pattern.charAt(i) === '{') {
        depth++;
      } else if (pattern.charAt(i) === '}') {
        depth--;
        if (depth === 0) {
          return i;
        }
      }
    }
    return pattern.length;
  }

  function argument(inside, args) {
    var comma = inside.indexOf(',');
    var value = args[parseInt(comma < 0 ? inside : inside.substring(0, comma), 10)];
    if (comma < 0) {
      return value === undefined ? '' : String(value);
    }
    var rest = inside.substring(comma + 1);
    if (rest.indexOf('choice,') !== 0) {
      return String(value);
    }
    var options = split(rest.substring('choice,'.length));
    var chosen = options.length ? options[0].text : '';
    for (var i = 0; i < options.length; i++) {
      if (options[i].above ? value > options[i].limit : value >= options[i].limit) {
        chosen = options[i].text;
      }
    }
    return format(chosen, args);
  }

  function split(choices) {
    var options = [];
    var depth = 0;
    var start = 0;
    for (var i = 0; i <= choices.length; i++) {
      var c = choices.charAt(i);
      if (c === '{') {
        depth++;
      } else if (c === '}') {
        depth--;
      } else if ((c === '|' && depth === 0) || i === choices.length) {
        var option = choices.substring(start, i);
        var mark = option.search(/[#<]/);
        options.push({
          limit: parseFloat(option.substring(0, mark)),
          above: option.charAt(mark) === '<',
          text: option.substring(mark + 1)
        });
        start = i + 1;
      }
    }
    return options;
  }

  function setText(id, text) {
    var element = byId(id);
    if (element.textContent !== undefined) {
      element.textContent = text;
    } else {
      element.innerText = text;
    }
  }

  function textOf(id) {
    var element = byId(id);
    return element.textContent !== undefined ? element.textContent : element.innerText;
  }

  function toggle(element, name, on) {
    var names = (' ' + element.className + ' ').replace(' ' + name + ' ', ' ');
    element.className = (on ? names + name : names).replace(/^\s+|\s+$/g, '').replace(/\s+/g, ' ');
  }

  function applyLanguage() {
    var html = doc.documentElement;
    html.setAttribute('lang', language);
    html.setAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
    doc.title = t(remote ? 'hall.remote.title' : 'hall.title') + ' · Buurtkaarten';
    setText('hall-join-scan', t('projector.join.scan'));
    byId('hall-join-code').setAttribute('aria-label', t('projector.join.code-label'));
  }

  /** A message over the whole page; with a link when the person can do something about it. */
  function notice(text, link, linkText) {
    setText('notice-text', text);
    var anchor = byId('notice-link');
    toggle(anchor, 'off', !link);
    if (link) {
      anchor.setAttribute('href', link);
      setText('notice-link', linkText);
    }
    toggle(byId('notice'), 'off', false);
    toggle(byId('hall'), 'off', true);
    toggle(byId('remote'), 'off', true);
    toggle(byId('connection'), 'off', true);
  }

  function connection(state) {
    var bar = byId('connection');
    toggle(bar, 'off', state === 'up');
    toggle(doc.body, 'is-offline', state === 'lost');
    if (state !== 'up') {
      setText('connection', t(state === 'lost' ? 'hall.reconnecting' : 'hall.connecting'));
    }
  }

  function stop(text, link, linkText) {
    stopped = true;
    if (client) {
      client.deactivate();
    }
    notice(text, link, linkText);
    updateButtons();
  }

  function cardText(snapshot) {
    var card = snapshot.card;
    if (!card || !card.text) {
      return null;
    }
    if (card.text[snapshot.language]) {
      return card.text[snapshot.language];
    }
    if (card.text.nl) {
      return card.text.nl;
    }
    for (var key in card.text) {
      if (card.text.hasOwnProperty(key)) {
        return card.text[key];
      }
    }
    return null;
  }

  /** What the screen shows of a card: its text, or what is on instead of a card. */
  function shownText(snapshot) {
    var text = cardText(snapshot);
    if (snapshot.status === 'closed') {
      return t('projector.closed');
    }
    if (text) {
      return text;
    }
    return snapshot.summary ? t('hall.summary') : t('card.waiting');
  }

  function receive(snapshot) {
    if (snapshot.version <= lastVersion) {
      return;
    }
    lastVersion = snapshot.version;
    current = snapshot;
    if (snapshot.status === 'gone') {
      stop(t('hall.gone'));
      return;
    }
    if (!remote && supported(snapshot.language) !== language) {
      language = supported(snapshot.language);
      applyLanguage();
    }
    var waiting = !cardText(snapshot) || snapshot.status === 'closed';
    toggle(doc.body, 'is-waiting', waiting);
    toggle(doc.body, 'is-closed', snapshot.status === 'closed');
    if (remote) {
      showRemote(snapshot);
    } else {
      showHall(snapshot);
    }
  }

  function showHall(snapshot) {
    var kind = snapshot.card && snapshot.status !== 'closed' ? t('card.kind.' + snapshot.card.kind) : '';
    setText('hall-progress', kind);
    var text = byId('hall-card-text');
    setText('hall-card-text', shownText(snapshot));
    text.setAttribute('dir', 'auto');
    setText('hall-count', t('projector.participants.count', [snapshot.participants]));
    if (snapshot.join) {
      loadJoin(snapshot.join.code);
    }
    fit();
  }

  /** The card as large as fits: from 5.2 % of the screen's width down to 1.8 %. */
  function fit() {
    var text = byId('hall-card-text');
    var size = 5.2;
    text.style.fontSize = size + 'vw';
    while (size > 1.8 && text.scrollHeight > text.clientHeight + 1) {
      size = Math.round(size * 92) / 100;
      text.style.fontSize = size + 'vw';
    }
  }

  /** The join address phones reach and its QR code, from the app (as the projector shows them). */
  function loadJoin(code) {
    if (code === joinShown || code === joinLoading) {
      return;
    }
    joinLoading = code;
    var request = new XMLHttpRequest();
    request.open('GET', '/hall/join?code=' + encodeURIComponent(code), true);
    request.onreadystatechange = function () {
      if (request.readyState !== 4) {
        return;
      }
      joinLoading = null;
      if (request.status !== 200) {
        return; // tried again with the next snapshot
      }
      var join = JSON.parse(request.responseText);
      byId('hall-qr').innerHTML = join.qr;
      var svg = byId('hall-qr').getElementsByTagName('svg')[0];
      if (svg) {
        svg.setAttribute('role', 'img');
        svg.setAttribute('aria-label', join.url);
      }
      setText('hall-join-site', t('projector.join.or-go', [join.site.replace(/^https?:\/\//, '')]));
      setText('hall-join-code', code);
      joinShown = code;
    };
    request.send();
  }

  function showRemote(snapshot) {
    setText('remote-card', shownText(snapshot));
    byId('remote-card').setAttribute('dir', 'auto');
    var progress = snapshot.progress;
    var parts = [];
    if (progress && progress.total > 0) {
      parts.push(progress.remaining > 0
          ? t('controls.progress', [progress.remaining, progress.total])
          : t('controls.progress.exhausted', [progress.total]));
    }
    parts.push(t('projector.participants.count', [snapshot.participants]));
    setText('remote-progress', parts.join(' · '));
    if (snapshot.status === 'closed') {
      setText('remote-message', t('projector.closed'));
    } else if (textOf('remote-message') === t('projector.closed')) {
      setText('remote-message', ''); // opened again
    }
    updateButtons();
  }

  function updateButtons() {
    if (!remote) {
      return;
    }
    var open = connected && !stopped && current && current.status === 'open';
    var visible = current && current.answers && current.answers.visible;
    setText('remote-answers', t(visible ? 'controls.hide-answers' : 'controls.show-answers'));
    byId('remote-answers').setAttribute('aria-pressed', visible ? 'true' : 'false');
    byId('remote-next').disabled = !open || busy !== null;
    byId('remote-back').disabled = !open || busy !== null || !(current.progress && current.progress.canGoBack);
    byId('remote-answers').disabled = !open || busy !== null || !current.card;
  }

  function command(name, button) {
    if (!client || !connected || busy !== null) {
      return;
    }
    busy = button;
    toggle(button, 'is-busy', true);
    setText('remote-message', '');
    updateButtons();
    client.publish({destination: '/app/meetings/' + meetingId + '/' + name, body: ''});
  }

  function done(errorCode) {
    if (busy) {
      toggle(busy, 'is-busy', false);
    }
    busy = null;
    if (errorCode) {
      setText('remote-message', t(errorCode) || t('hall.remote.failed'));
    }
    updateButtons();
  }

  function connect() {
    var headers = {};
    if (token) {
      headers['read-token'] = token;
    }
    client = new window.StompJs.Client({
      brokerURL: (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + '/live',
      connectHeaders: headers,
      reconnectDelay: RECONNECT_MILLIS,
      heartbeatIncoming: HEART_BEAT_MILLIS,
      heartbeatOutgoing: HEART_BEAT_MILLIS,
      // No heart-beat for twice the interval: give the connection up at once (a dead network may never finish
      // a WebSocket's closing handshake) and reconnect.
      discardWebsocketOnCommFailure: true,
      onConnect: function () {
        connected = true;
        everConnected = true;
        lastVersion = -1; // a restarted app counts its versions anew
        if (remote) {
          client.subscribe('/user/queue/replies', function () {
            done(null);
          });
          client.subscribe('/user/queue/errors', function (message) {
            var error = {};
            try {
              error = JSON.parse(message.body);
            } catch (unreadable) {
              error = {};
            }
            done(error.code || 'hall.remote.failed');
          });
        }
        client.subscribe('/topic/meetings/' + meetingId, function (message) {
          receive(JSON.parse(message.body));
        });
        connection('up');
        updateButtons();
      },
      onStompError: function (frame) {
        var reason = frame.headers && frame.headers.message;
        // denied: a wrong token or not signed in; the others: what let this page in has ended.
        if (reason === 'denied' || reason === 'read-token-revoked' || reason === 'signed-out' ||
            reason === 'account-locked') {
          if (remote) {
            stop(t('hall.remote.signed-out'), '/hall/remote?meeting=' + meetingId, t('hall.remote.sign-in'));
          } else {
            stop(t('hall.denied'));
          }
        }
      },
      onWebSocketClose: function () {
        connected = false;
        if (busy) {
          done(null);
        }
        updateButtons();
        if (!stopped) {
          connection(everConnected ? 'lost' : 'connecting');
        }
      }
    });
    client.activate();
  }

  /**
   * TextEncoder and TextDecoder, UTF-8 only, for the STOMP library on a browser that has none (Safari before 10.1,
   * Edge before 79): it turns every frame into bytes and back. Installed only where missing. As the standard ones:
   * a lone surrogate is encoded, and a malformed byte sequence decoded, as U+FFFD.
   */
  function utf8() {
    if (typeof window.Uint8Array === 'undefined') {
      return;
    }
    if (typeof window.TextEncoder === 'undefined') {
      window.TextEncoder = function TextEncoder() {};
      window.TextEncoder.prototype.encoding = 'utf-8';
      window.TextEncoder.prototype.encode = encodeUtf8;
    }
    if (typeof window.TextDecoder === 'undefined') {
      window.TextDecoder = function TextDecoder() {};
      window.TextDecoder.prototype.encoding = 'utf-8';
      window.TextDecoder.prototype.decode = decodeUtf8;
    }
  }

  function encodeUtf8(text) {
    var string = text === undefined ? '' : String(text);
    var bytes = [];
    for (var i = 0; i < string.length; i++) {
      var c = string.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < string.length) {
        var low = string.charCodeAt(i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
          i++;
        }
      }
      if (c >= 0xD800 && c <= 0xDFFF) {
        c = 0xFFFD;
      }
      if (c < 0x80) {
        bytes.push(c);
      } else if (c < 0x800) {
        bytes.push(0xC0 | (c >> 6), 0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
      } else {
        bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
      }
    }
    return new window.Uint8Array(bytes);
  }

  function decodeUtf8(input) {
    var bytes = input instanceof window.Uint8Array ? input : new window.Uint8Array(input || []);
    var codes = [];
    var i = 0;
    while (i < bytes.length) {
      var b = bytes[i++];
      if (b < 0x80) {
        codes.push(b);
        continue;
      }
      var need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      if (need === 0) {
        codes.push(0xFFFD);
        continue;
      }
      var c = b & (need === 1 ? 0x1F : need === 2 ? 0x0F : 0x07);
      var min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
      var j = 0;
      while (j < need && i < bytes.length && (bytes[i] & 0xC0) === 0x80) {
        c = (c << 6) | (bytes[i++] & 0x3F);
        j++;
      }
      if (j < need || c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        codes.push(0xFFFD);
      } else if (c >= 0x10000) {
        codes.push(0xD800 + ((c - 0x10000) >> 10), 0xDC00 + ((c - 0x10000) & 0x3FF));
      } else {
        codes.push(c);
      }
    }
    var text = '';
    for (var k = 0; k < codes.length; k += 4096) {
      text += String.fromCharCode.apply(null, codes.slice(k, k + 4096));
    }
    return text;
  }

  function start() {
    toggle(doc.body, 'mode-' + (remote ? 'remote' : 'hall'), true);
    toggle(doc.body, 'is-starting', false);
    applyLanguage();
    utf8();
    // Too old: no WebSocket (Internet Explorer 9, Android's browser before 4.4), or no ES5 to run the library in.
    if (!window.StompJs || !window.WebSocket || !window.JSON || typeof window.Uint8Array === 'undefined') {
      notice(t('hall.too-old'));
      return;
    }
    if (!meetingId || (!remote && !token)) {
      notice(t('hall.no-link'));
      return;
    }
    toggle(byId(remote ? 'remote' : 'hall'), 'off', false);
    if (remote) {
      setText('remote-next', t('controls.next'));
      setText('remote-back', t('controls.back'));
      byId('remote-next').onclick = function () {
        command('next', this);
      };
      byId('remote-back').onclick = function () {
        command('back', this);
      };
      byId('remote-answers').onclick = function () {
        command(current && current.answers && current.answers.visible ? 'hide-answers' : 'show-answers', this);
      };
      updateButtons();
    } else if (window.addEventListener) {
      window.addEventListener('resize', fit, false);
    }
    connection('connecting');
    connect();
  }

  start();
})();
