/*
 * What an old browser gives the hall screen's scripts, for OldBrowser (Mozilla Rhino, language version 1.8: no
 * Promise, Symbol, TextEncoder or TextDecoder of its own): elements by id, location and navigator, timers,
 * XMLHttpRequest and WebSocket. Timers, requests and sockets are Java's (the object `bridge`); their events come
 * back through the __-functions below, on the engine's one thread. ES5, like the page.
 */
var window = this;
var self = this;
(function (global, bridge) {
  var nextId = 1;
  var timers = {};
  var sockets = {};
  var requests = {};

  function Element(id) {
    this.id = id;
    this.className = '';
    this.textContent = '';
    this.innerHTML = '';
    this.attributes = {};
    this.style = {};
    this.scrollHeight = 0;
    this.clientHeight = 0;
    this.disabled = false;
  }
  Element.prototype.setAttribute = function (name, value) {
    this.attributes[name] = String(value);
  };
  Element.prototype.getAttribute = function (name) {
    return this.attributes.hasOwnProperty(name) ? this.attributes[name] : null;
  };
  Element.prototype.getElementsByTagName = function () {
    return [];
  };
  var elements = {};
  global.document = {
    title: '',
    documentElement: new Element('html'),
    body: new Element('body'),
    getElementById: function (id) {
      if (!elements.hasOwnProperty(id)) {
        elements[id] = new Element(id);
      }
      return elements[id];
    }
  };
  global.navigator = {language: 'nl', userAgent: 'Rhino'};
  global.addEventListener = function () {};
  global.__page = function (protocol, host, pathname, search, hash) {
    global.location = {protocol: protocol, host: host, pathname: pathname, search: search, hash: hash};
  };

  function timer(fn, millis, args, repeat) {
    var id = nextId++;
    timers[id] = {fn: fn, args: args, repeat: repeat};
    bridge.timer(id, Math.max(0, Number(millis) || 0), repeat);
    return id;
  }
  global.setTimeout = function (fn, millis) {
    return timer(fn, millis, Array.prototype.slice.call(arguments, 2), false);
  };
  global.setInterval = function (fn, millis) {
    return timer(fn, millis, Array.prototype.slice.call(arguments, 2), true);
  };
  global.clearTimeout = global.clearInterval = function (id) {
    if (timers.hasOwnProperty(id)) {
      delete timers[id];
      bridge.cancel(id);
    }
  };
  global.__timer = function (id) {
    var due = timers[id];
    if (!due) {
      return;
    }
    if (!due.repeat) {
      delete timers[id];
    }
    due.fn.apply(global, due.args);
  };

  function WebSocket(url, protocols) {
    this.url = String(url);
    this.readyState = 0;
    this.protocol = '';
    this.extensions = '';
    this.binaryType = 'blob';
    this.onopen = null;
    this.onmessage = null;
    this.onclose = null;
    this.onerror = null;
    this.id = nextId++;
    sockets[this.id] = this;
    bridge.open(this.id, this.url, protocols ? [].concat(protocols).join(',') : '');
  }
  WebSocket.CONNECTING = 0;
  WebSocket.OPEN = 1;
  WebSocket.CLOSING = 2;
  WebSocket.CLOSED = 3;
  WebSocket.prototype.send = function (data) {
    if (this.readyState !== 1) {
      throw new Error('InvalidStateError: the WebSocket is not open');
    }
    bridge.send(this.id, String(data));
  };
  WebSocket.prototype.close = function (code, reason) {
    if (this.readyState >= 2) {
      return;
    }
    this.readyState = 2;
    bridge.close(this.id, code || 1000, reason || '');
  };
  global.WebSocket = WebSocket;
  global.__socket = function (id, kind, value, reason) {
    var socket = sockets[id];
    if (!socket) {
      return;
    }
    if (kind === 'open') {
      socket.readyState = 1;
      socket.protocol = value;
      if (socket.onopen) {
        socket.onopen({type: 'open'});
      }
    } else if (kind === 'message') {
      if (socket.readyState === 1 && socket.onmessage) {
        socket.onmessage({type: 'message', data: value});
      }
    } else if (kind === 'close') {
      delete sockets[id];
      socket.readyState = 3;
      if (socket.onclose) {
        socket.onclose({type: 'close', code: value, reason: reason, wasClean: value === 1000});
      }
    }
  };

  function XMLHttpRequest() {
    this.readyState = 0;
    this.status = 0;
    this.responseText = '';
    this.onreadystatechange = null;
  }
  XMLHttpRequest.prototype.open = function (method, url) {
    this.method = method;
    this.url = String(url);
    this.readyState = 1;
  };
  XMLHttpRequest.prototype.send = function () {
    var id = nextId++;
    requests[id] = this;
    bridge.get(id, this.url);
  };
  global.XMLHttpRequest = XMLHttpRequest;
  global.__response = function (id, status, body) {
    var request = requests[id];
    delete requests[id];
    request.status = status;
    request.responseText = body;
    request.readyState = 4;
    if (request.onreadystatechange) {
      request.onreadystatechange();
    }
  };
})(this, bridge);
