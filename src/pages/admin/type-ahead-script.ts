// The one script of the admin pages, served from `TYPE_AHEAD_PATH` (the admin pages' policy
// allows scripts from this origin only). It adds suggestions to a competency search field as the
// user types; every form it enhances works the same without it.
//
// A field opts in with `data-typeahead`: "links" (each suggestion opens the competency) or "pick"
// (each suggestion becomes the checked radio button `data-choice-name` in `data-choices`). It
// reads suggestions from `data-source?q=`, fills the list `data-list`, says how many in the live
// region `data-status`, and takes its sentences from `data-none`, `data-failed`, `data-count`.
// The DOM is built with `textContent` only: labels are data, never markup.

/** Where the admin routes serve the script. */
export const TYPE_AHEAD_PATH = '/admin/type-ahead.js';

export const TYPE_AHEAD_SCRIPT = `'use strict';
(() => {
  const DELAY_MS = 200;
  const MIN_LENGTH = 2;

  const byId = (id) => (id ? document.getElementById(id) : null);

  function detail(item, titles) {
    return [item.code, titles.get(item.frameworkId)].filter(Boolean).join(' · ');
  }

  function choose(input, item, titles) {
    const box = byId(input.dataset.choices);
    if (!box) return;
    const radio = document.createElement('input');
    radio.type = 'radio';
    radio.name = input.dataset.choiceName || 'competencyId';
    radio.value = item.id;
    radio.id = box.id + '-picked';
    radio.checked = true;
    const label = document.createElement('label');
    label.className = 'check';
    label.htmlFor = radio.id;
    const more = detail(item, titles);
    label.textContent = more ? item.label + ' (' + more + ')' : item.label;
    const row = document.createElement('div');
    row.append(radio, ' ', label);
    box.replaceChildren(row);
    radio.focus();
  }

  function entry(input, item, titles) {
    const li = document.createElement('li');
    let control;
    if (input.dataset.typeahead === 'pick') {
      control = document.createElement('button');
      control.type = 'button';
      control.className = 'suggestion';
      control.addEventListener('click', () => {
        choose(input, item, titles);
        show(input, [], titles, '');
      });
    } else {
      control = document.createElement('a');
      control.href = '/admin/competencies/' + encodeURIComponent(item.id);
    }
    control.textContent = item.label;
    li.append(control);
    const more = detail(item, titles);
    if (more) {
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = ' ' + more;
      li.append(hint);
    }
    return li;
  }

  function show(input, items, titles, message) {
    const list = byId(input.dataset.list);
    const status = byId(input.dataset.status);
    if (!list) return;
    list.replaceChildren(...items.map((item) => entry(input, item, titles)));
    list.hidden = items.length === 0;
    if (status) status.textContent = message;
  }

  async function suggest(input, state) {
    const text = input.value.trim();
    state.controller?.abort();
    if (text.length < MIN_LENGTH) return show(input, [], new Map(), '');

    const controller = new AbortController();
    state.controller = controller;
    try {
      const url = input.dataset.source + '?q=' + encodeURIComponent(text);
      const response = await fetch(url, {
        headers: { accept: 'application/json' },
        signal: controller.signal,
      });
      if (!response.ok) throw new Error('suggestions unavailable');
      const body = await response.json();
      const titles = new Map(body.attribution.map((a) => [a.frameworkId, a.title]));
      const count = body.items.length;
      const message =
        count === 0 ? input.dataset.none : count + ' ' + (input.dataset.count || '');
      show(input, body.items, titles, message);
    } catch (error) {
      if (error.name !== 'AbortError') show(input, [], new Map(), input.dataset.failed || '');
    }
  }

  function focusables(input) {
    const list = byId(input.dataset.list);
    return list ? [...list.querySelectorAll('a, button')] : [];
  }

  function move(input, from, step) {
    const all = focusables(input);
    const next = all.indexOf(from) + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  }

  function onKey(input, event) {
    if (event.key === 'ArrowDown') move(input, event.target, 1);
    else if (event.key === 'ArrowUp') move(input, event.target, -1);
    else if (event.key === 'Escape') {
      show(input, [], new Map(), '');
      input.focus();
    } else return;
    event.preventDefault();
  }

  function attach(input) {
    const state = { timer: 0, controller: null };
    input.setAttribute('autocomplete', 'off');
    input.addEventListener('input', () => {
      clearTimeout(state.timer);
      state.timer = setTimeout(() => suggest(input, state), DELAY_MS);
    });
    input.addEventListener('keydown', (event) => onKey(input, event));
    byId(input.dataset.list)?.addEventListener('keydown', (event) => onKey(input, event));
  }

  document.querySelectorAll('input[data-typeahead]').forEach(attach);
})();
`;
