// Lantern web chat. The transcript lives only in this tab (the page and sessionStorage);
// everything shown is set with textContent, so text typed or received never becomes markup.
"use strict";

(function () {
  const KEYS = {
    session: "lantern.chat.session",
    transcript: "lantern.chat.transcript",
    cursor: "lantern.chat.cursor",
  };
  const MESSAGES_URL = "/webhooks/webchat/messages";
  const CHALLENGE_URL = "/webhooks/webchat/challenge";
  const SESSIONS_URL = "/webhooks/webchat/sessions";
  const FORGET_URL = "/webhooks/webchat/forget";
  const DEFAULT_EXIT_URL = "https://www.weather.gov/";
  const POLL_MS = 3000;
  const MAX_BUTTONS = 10;

  const chat = document.getElementById("chat");
  const list = document.getElementById("messages");
  const form = document.getElementById("composer");
  const input = document.getElementById("message");
  const sendButton = document.getElementById("send");
  const status = document.getElementById("status");
  const botAnswers = document.getElementById("bot-answers");
  const quickAnswers = document.getElementById("quick-answers");
  const exitButton = document.getElementById("quick-exit");
  const languageLink = document.getElementById("language");
  const language = document.documentElement.lang;
  const labels = { you: chat.dataset.you, bot: chat.dataset.bot };

  let transcript = readJSON(KEYS.transcript, []);
  let cursor = Number(sessionStorage.getItem(KEYS.cursor)) || 0;
  let polling = false;
  let exiting = false;
  let work = null; // the proof of work under way for a session: a promise of {challenge, nonce}
  const seen = new Set();

  function readJSON(key, fallback) {
    try {
      const raw = sessionStorage.getItem(key);
      const value = raw ? JSON.parse(raw) : fallback;
      return Array.isArray(value) ? value : fallback;
    } catch (error) {
      return fallback;
    }
  }

  function remember() {
    if (exiting) return;
    try {
      sessionStorage.setItem(KEYS.transcript, JSON.stringify(transcript));
      sessionStorage.setItem(KEYS.cursor, String(cursor));
    } catch (error) {
      // storage full or disabled: the chat goes on, only a reload would lose the transcript
    }
  }

  // SHA-256 (FIPS 180-4), first 32 bits only: all the proof of work looks at. Plain code, not
  // crypto.subtle: one digest there costs a promise, tens of times the hash itself.
  const K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]);
  const H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Int32Array(64);
  const h = new Int32Array(8);
  let words = new Int32Array(32);

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  function sha256Head(ascii) {
    const blocks = Math.ceil((ascii.length + 9) / 64);
    if (words.length < blocks * 16) words = new Int32Array(blocks * 16);
    words.fill(0, 0, blocks * 16);
    for (let i = 0; i < ascii.length; i++) words[i >> 2] |= ascii.charCodeAt(i) << (24 - (i % 4) * 8);
    words[ascii.length >> 2] |= 0x80 << (24 - (ascii.length % 4) * 8);
    words[blocks * 16 - 1] = ascii.length * 8;
    h.set(H);
    for (let b = 0; b < blocks; b++) {
      for (let t = 0; t < 16; t++) w[t] = words[b * 16 + t];
      for (let t = 16; t < 64; t++) {
        const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      let a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
      for (let t = 0; t < 64; t++) {
        const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
        hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
      }
      h[0] += a; h[1] += bb; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
    }
    return h[0] >>> 0;
  }

  function pause() {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }

  // The nonce whose SHA-256 with the challenge starts with `bits` zero bits (the server checks).
  async function solve(challenge, bits) {
    if (bits <= 0) return "0";
    let rested = performance.now();
    for (let nonce = 0; ; nonce++) {
      if (sha256Head(challenge + ":" + nonce) >>> (32 - bits) === 0) return String(nonce);
      if ((nonce & 1023) === 1023 && performance.now() - rested > 30) {
        await pause(); // let the page answer typing while the work goes on
        rested = performance.now();
      }
    }
  }

  async function solvedChallenge() {
    const response = await fetch(CHALLENGE_URL, { cache: "no-store" });
    if (!response.ok) throw new Error("HTTP " + response.status);
    const data = await response.json();
    const bits = Math.max(0, Math.min(30, Number(data.bits) || 0));
    return { challenge: String(data.challenge), nonce: await solve(String(data.challenge), bits) };
  }

  // Started when the page opens, so the work is done by the time the first message is sent.
  function prepareWork() {
    if (!work) {
      work = solvedChallenge();
      work.catch(() => {
        work = null;
      });
    }
    return work;
  }

  async function responseJSON(response) {
    try {
      return await response.json();
    } catch (error) {
      return {};
    }
  }

  // The tab's session id: issued by the server for solved work, and kept for the tab's life.
  // Refused (too many new chats at once), the server's reply is shown and this throws.
  async function sessionId() {
    for (let attempt = 0; attempt < 2; attempt++) {
      const stored = sessionStorage.getItem(KEYS.session);
      if (stored) return stored;
      const promise = prepareWork();
      const solved = await promise;
      if (work === promise) work = null; // one solution buys one session
      const response = await fetch(SESSIONS_URL, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ challenge: solved.challenge, nonce: solved.nonce, language: language }),
        cache: "no-store",
      });
      const data = await responseJSON(response);
      if (response.ok && typeof data.session === "string") {
        if (!exiting) sessionStorage.setItem(KEYS.session, data.session);
        return data.session;
      }
      if (response.status === 429 || attempt === 1) {
        receive(data.replies);
        throw new Error("HTTP " + response.status);
      }
      // an expired challenge: fetch and solve another, once
    }
    throw new Error("no session");
  }

  function postMessage(session, text) {
    return fetch(MESSAGES_URL, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ session: session, text: text, language: language }),
      cache: "no-store",
    });
  }

  function render(entry) {
    const item = document.createElement("li");
    item.className = "message " + (entry.who === "you" ? "you" : "bot");
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = (entry.who === "you" ? labels.you : labels.bot) + ": ";
    const text = document.createElement("span");
    text.className = "text";
    text.textContent = entry.text;
    item.append(who, text);
    list.append(item);
    item.scrollIntoView({ block: "nearest" });
  }

  function add(entry) {
    if (typeof entry.id === "number") seen.add(entry.id);
    transcript.push(entry);
    render(entry);
    remember();
  }

  function cleanButtons(buttons) {
    if (!Array.isArray(buttons)) return [];
    return buttons
      .filter((b) => b && typeof b.title === "string" && typeof b.payload === "string")
      .slice(0, MAX_BUTTONS)
      .map((b) => ({ title: b.title, payload: b.payload }));
  }

  function showBotAnswers(buttons) {
    botAnswers.replaceChildren();
    for (const button of buttons) {
      const element = document.createElement("button");
      element.type = "button";
      element.className = "answer";
      element.textContent = button.title;
      element.dataset.payload = button.payload;
      botAnswers.append(element);
    }
    botAnswers.hidden = buttons.length === 0;
    // a fixed answer the bot also offers is shown once, among the bot's
    const offered = new Set(buttons.map((b) => b.payload));
    for (const fixed of quickAnswers.querySelectorAll("button[data-payload]")) {
      fixed.hidden = offered.has(fixed.dataset.payload);
    }
  }

  function receive(replies) {
    if (!Array.isArray(replies) || exiting) return;
    let buttons = null;
    for (const reply of replies) {
      if (!reply || typeof reply.text !== "string") continue;
      if (typeof reply.id === "number" && seen.has(reply.id)) continue;
      const entry = { who: "bot", text: reply.text, id: reply.id, buttons: cleanButtons(reply.buttons) };
      add(entry);
      buttons = entry.buttons;
    }
    if (buttons !== null) showBotAnswers(buttons);
  }

  function showError() {
    status.textContent = chat.dataset.error;
    status.hidden = false;
  }

  async function send(text, shown) {
    if (exiting || !text.trim()) return;
    status.hidden = true;
    add({ who: "you", text: shown || text });
    showBotAnswers([]);
    try {
      let response = await postMessage(await sessionId(), text);
      if (response.status === 403) {
        // a session this server no longer recognises: open a new one and send again, once
        sessionStorage.removeItem(KEYS.session);
        response = await postMessage(await sessionId(), text);
      }
      // refused ones carry a reply too (the emergency number), shown like any other
      receive((await responseJSON(response)).replies);
      if (!response.ok) throw new Error("HTTP " + response.status);
    } catch (error) {
      if (!exiting) showError();
    }
  }

  async function poll() {
    const session = sessionStorage.getItem(KEYS.session);
    if (exiting || polling || document.hidden || !session) return;
    polling = true;
    try {
      const response = await fetch(MESSAGES_URL + "?after=" + cursor, {
        headers: { "X-Lantern-Session": session },
        cache: "no-store",
      });
      if (!response.ok) return;
      const data = await response.json();
      receive(data.replies);
      for (const reply of data.replies || []) {
        if (typeof reply.id === "number" && reply.id > cursor) cursor = reply.id;
      }
      remember();
    } catch (error) {
      // offline for a moment: the next poll tries again
    } finally {
      polling = false;
    }
  }

  function exitUrl() {
    try {
      const url = new URL(exitButton.dataset.exitUrl);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : DEFAULT_EXIT_URL;
    } catch (error) {
      return DEFAULT_EXIT_URL;
    }
  }

  function forget(session) {
    const body = JSON.stringify({ session: session });
    try {
      fetch(FORGET_URL, {
        method: "POST",
        keepalive: true,
        headers: { "Content-Type": "application/json" },
        body: body,
        cache: "no-store",
      }).catch(() => {});
    } catch (error) {
      if (navigator.sendBeacon) navigator.sendBeacon(FORGET_URL, body);
    }
  }

  function quickExit() {
    const session = sessionStorage.getItem(KEYS.session);
    exiting = true;
    transcript = [];
    list.replaceChildren();
    botAnswers.replaceChildren();
    status.textContent = "";
    input.value = "";
    try {
      sessionStorage.clear();
    } catch (error) {
      // nothing stored to clear
    }
    if (session) forget(session);
    // replace, not assign: Back must not lead to the chat
    location.replace(exitUrl());
  }

  function submitFromInput(event) {
    event.preventDefault();
    const text = input.value;
    input.value = "";
    input.focus();
    send(text);
  }

  function answerClicked(event) {
    const button = event.target.closest("button[data-payload]");
    if (!button) return;
    send(button.dataset.payload, button.textContent);
    input.focus();
  }

  function start() {
    for (const entry of transcript) {
      if (typeof entry.id === "number") seen.add(entry.id);
      render(entry);
    }
    const last = transcript[transcript.length - 1];
    if (last && last.who === "bot") showBotAnswers(cleanButtons(last.buttons));
    form.addEventListener("submit", submitFromInput);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    botAnswers.addEventListener("click", answerClicked);
    quickAnswers.addEventListener("click", answerClicked);
    exitButton.addEventListener("click", quickExit);
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        quickExit();
      }
    });
    // switch language without a new history entry, so quick exit leaves no chat page behind
    languageLink.addEventListener("click", (event) => {
      event.preventDefault();
      location.replace(languageLink.href);
    });
    document.addEventListener("visibilitychange", poll);
    setInterval(poll, POLL_MS);
    if (!sessionStorage.getItem(KEYS.session)) prepareWork().catch(() => {});
    sendButton.disabled = false;
  }

  start();
})();
