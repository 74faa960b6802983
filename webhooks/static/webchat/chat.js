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

  function sessionId() {
    let id = sessionStorage.getItem(KEYS.session);
    if (!id) {
      const bytes = new Uint8Array(32);
      crypto.getRandomValues(bytes);
      id = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      sessionStorage.setItem(KEYS.session, id);
    }
    return id;
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
    const session = sessionId();
    add({ who: "you", text: shown || text });
    showBotAnswers([]);
    try {
      const response = await fetch(MESSAGES_URL, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session: session, text: text, language: language }),
        cache: "no-store",
      });
      if (!response.ok) throw new Error("HTTP " + response.status);
      const data = await response.json();
      receive(data.replies);
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
    sendButton.disabled = false;
  }

  start();
})();
