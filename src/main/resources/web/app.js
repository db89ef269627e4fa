// duaalbot's chat page. Every text from the server goes in as text (textContent), never as HTML;
// the Content-Security-Policy allows this file and nothing inline. A tab is one conversation:
// its random id lives in sessionStorage, so follow-ups ("en in 2021-2022?") use this tab's questions.
'use strict';

(function () {
  const log = document.getElementById('log');
  const form = document.getElementById('ask');
  const input = document.getElementById('q');
  // Until the first answer brings the labels of its language (web.* in the chat texts).
  let labels = { busy: 'Even druk: probeer het over een seconde opnieuw.', failed: 'Geen antwoord ontvangen. Probeer het opnieuw.' };

  function tabId() {
    let id = sessionStorage.getItem('duaalbot.tab');
    if (!id) {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      id = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
      sessionStorage.setItem('duaalbot.tab', id);
    }
    return id;
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function paragraphs(parent, lines, className) {
    for (const line of lines) parent.appendChild(el('p', className, line));
  }

  function button(label, onClick) {
    const b = el('button', '', label);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function download(csv) {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = el('a');
    a.href = url;
    a.download = 'duaalbot.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function relabel(answer) {
    const l = answer.labels;
    labels = l;
    document.documentElement.lang = answer.language;
    document.getElementById('q-label').textContent = l.question;
    document.getElementById('send').textContent = l.ask;
  }

  function render(answer) {
    const l = answer.labels;
    const article = el('article', 'answer');
    article.lang = answer.language;
    if (answer.readAs) article.appendChild(el('p', 'read-as', answer.readAs));
    const body = el('div', 'body');
    paragraphs(body, answer.body);
    article.appendChild(body);
    if (answer.chart) {
      const img = el('img');
      img.src = answer.chart;
      img.alt = l.chart + (answer.readAs ? ': ' + answer.readAs : '');
      article.appendChild(img);
    }
    if (answer.caveat) article.appendChild(el('p', 'caveat', answer.caveat));
    if (answer.footnotes.length) {
      const details = el('details', 'footnotes');
      details.appendChild(el('summary', '', l.footnotes));
      paragraphs(details, answer.footnotes);
      article.appendChild(details);
    }
    if (answer.source) paragraphs(article, answer.source.split('\n'), 'source');
    const actions = el('div', 'actions');
    if (answer.all.length) {
      const all = button(l.all, () => {
        body.replaceChildren();
        paragraphs(body, answer.all);
        all.remove();
        body.setAttribute('tabindex', '-1');
        body.focus();
      });
      actions.appendChild(all);
    }
    if (answer.csv) actions.appendChild(button(l.csv, () => download(answer.csv)));
    for (const next of answer.suggestions) actions.appendChild(button(next, () => ask(next)));
    const link = el('a', 'link', l.link);
    link.href = '/?q=' + encodeURIComponent(answer.question);
    actions.appendChild(link);
    article.appendChild(actions);
    log.appendChild(article);
    relabel(answer);
  }

  function notice(text) {
    log.appendChild(el('p', 'notice', text));
  }

  async function ask(question) {
    question = question.trim();
    if (!question) return;
    log.appendChild(el('p', 'you', question));
    input.value = '';
    try {
      const response = await fetch('/web/ask', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ q: question, tab: tabId() })
      });
      const json = await response.json();
      if (response.ok) render(json);
      else notice(response.status === 429 ? labels.busy : json.error);
    } catch (e) {
      notice(labels.failed);
    }
    input.focus();
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    ask(input.value);
  });

  // A shared link /?q=... asks its question on load.
  const shared = new URLSearchParams(location.search).get('q');
  if (shared) ask(shared);
})();
