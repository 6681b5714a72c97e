// Khaldun web UI: a single page with hash routes over the read-only REST API (docs/API.md).
// Copyright the Khaldun authors. SPDX-License-Identifier: GPL-3.0-or-later
'use strict';

(() => {
  // ---------------------------------------------------------------------------------------------
  // Reference data

  const CAMEO_ROOTS = [
    ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'], ['04', 'Consult'],
    ['05', 'Engage in diplomatic cooperation'], ['06', 'Engage in material cooperation'], ['07', 'Provide aid'],
    ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'], ['11', 'Disapprove'], ['12', 'Reject'],
    ['13', 'Threaten'], ['14', 'Protest'], ['15', 'Exhibit force posture'], ['16', 'Reduce relations'],
    ['17', 'Coerce'], ['18', 'Assault'], ['19', 'Fight'], ['20', 'Use unconventional mass violence'],
  ];
  const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  const QUADS = {
    1: { name: 'Verbal cooperation', key: 'verbal_cooperation', color: '#1f8a4c' },
    2: { name: 'Material cooperation', key: 'material_cooperation', color: '#6f9a1f' },
    3: { name: 'Verbal conflict', key: 'verbal_conflict', color: '#d36b12' },
    4: { name: 'Material conflict', key: 'material_conflict', color: '#c62828' },
  };
  const COUNTRIES = {
    AFG: 'Afghanistan', ARE: 'United Arab Emirates', ARM: 'Armenia', AUS: 'Australia', AZE: 'Azerbaijan',
    BHR: 'Bahrain', BLR: 'Belarus', BRA: 'Brazil', CAN: 'Canada', CHN: 'China', COD: 'DR Congo', CYP: 'Cyprus',
    DEU: 'Germany', EGY: 'Egypt', ESP: 'Spain', ETH: 'Ethiopia', FRA: 'France', GBR: 'United Kingdom',
    GRC: 'Greece', IDN: 'Indonesia', IND: 'India', IRN: 'Iran', IRQ: 'Iraq', ISR: 'Israel', ITA: 'Italy',
    JOR: 'Jordan', JPN: 'Japan', KEN: 'Kenya', KOR: 'South Korea', KWT: 'Kuwait', LBN: 'Lebanon', LBY: 'Libya',
    MEX: 'Mexico', MLI: 'Mali', NGA: 'Nigeria', NLD: 'Netherlands', OMN: 'Oman', PAK: 'Pakistan',
    POL: 'Poland', PRK: 'North Korea', PSE: 'Palestine', QAT: 'Qatar', RUS: 'Russia', RWA: 'Rwanda',
    SAU: 'Saudi Arabia', SDN: 'Sudan', SYR: 'Syria', TUR: 'Türkiye', TWN: 'Taiwan', UKR: 'Ukraine',
    USA: 'United States', VEN: 'Venezuela', YEM: 'Yemen', ZAF: 'South Africa',
    IGOUNO: 'United Nations', IGONAT: 'NATO', IGOARL: 'Arab League', IGOAFU: 'African Union',
    IGOEUREEC: 'European Union',
  };
  const FILTER_KEYS = ['from', 'to', 'source', 'target', 'dyad', 'code', 'quad', 'text'];
  const PAGE_SIZE = 50;

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  /** Creates an element. Text children become text nodes: untrusted text never reaches innerHTML. */
  function h(tag, props, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k === 'vars') for (const [name, value] of Object.entries(v)) el.style.setProperty(name, value);
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const kid of kids.flat(Infinity)) {
      if (kid != null && kid !== false) el.append(kid instanceof Node ? kid : String(kid));
    }
    return el;
  }

  const $ = (sel, root = document) => root.querySelector(sel);
  const nf = new Intl.NumberFormat('en-US');
  const fmtInt = (n) => (n == null ? '—' : nf.format(n));
  const fmtDate = (d) => d || '—';
  const fmtGold = (g) => (g == null || Number.isNaN(+g) ? '—' : (g > 0 ? '+' : g < 0 ? '−' : '') + Math.abs(g).toFixed(1));
  const countryName = (code) => COUNTRIES[code] || code;
  const side = (actor) => (actor ? actor.country || actor.code : null);
  const codeLike = (s) => String(s || '').trim().toUpperCase().replace(/[^A-Z0-9]/g, '');
  const rootName = (root) => (CAMEO_ROOTS.find(([c]) => c === root) || [])[1];
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`); // for ECharts tooltips (HTML)
  const safeUrl = (u) => (typeof u === 'string' && /^https?:\/\//i.test(u) ? u : null);
  const dyadHref = (a, b) => `#/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  const eventHref = (id) => `#/event/${encodeURIComponent(id)}`;
  const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;

  /** A query string; in hashes commas stay readable (`dyad=IRN,TUR`). */
  function buildQuery(obj, keepCommas = false) {
    return Object.entries(obj)
      .filter(([, v]) => v != null && v !== '')
      .map(([k, v]) => {
        const enc = encodeURIComponent(String(v));
        return `${encodeURIComponent(k)}=${keepCommas ? enc.replace(/%2C/gi, ',') : enc}`;
      }).join('&');
  }

  const hashFor = (path, query) => '#' + path + (buildQuery(query || {}, true) ? '?' + buildQuery(query, true) : '');

  let generation = 0;
  /** Starts a load; the returned function says whether it is still the newest one. */
  function begin() {
    const mine = ++generation;
    setStatus('loading');
    return () => mine === generation;
  }

  function setStatus(state) {
    const el = $('#status');
    el.textContent = state;
    el.dataset.state = state;
    $('#main').setAttribute('aria-busy', String(state === 'loading'));
  }

  const setTitle = (t) => { document.title = t ? `${t} · Khaldun` : 'Khaldun'; };

  function message(kind, text, extra) {
    return h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : null }, h('p', {}, text), extra);
  }

  const errorText = (what, err) => `Could not load ${what}: ${err && err.message ? err.message : String(err)}`;

  // ---------------------------------------------------------------------------------------------
  // API

  const apiError = (msg, status, parameter) => Object.assign(new Error(msg), { status, parameter });

  async function api(path, query) {
    const qs = buildQuery(query || {});
    let res;
    try {
      res = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw apiError('the Khaldun server cannot be reached', 0);
    }
    const raw = await res.text();
    let body = null;
    try { body = raw ? JSON.parse(raw) : null; } catch (e) { body = null; }
    if (!res.ok) {
      const msg = body && typeof body.error === 'string' ? body.error : `HTTP ${res.status} ${res.statusText}`.trim();
      throw apiError(msg, res.status, body && body.parameter);
    }
    if (body == null) throw apiError('the server answered with something that is not JSON', res.status);
    return body;
  }

  let statsPromise = null;
  function loadStats() {
    if (!statsPromise) statsPromise = api('api/stats').catch((e) => { statsPromise = null; throw e; });
    return statsPromise;
  }

  // ---------------------------------------------------------------------------------------------
  // Shared components

  function quadBadge(q) {
    const quad = QUADS[q];
    if (!quad) return h('span', { class: 'badge' }, 'QuadClass ?');
    return h('span', { class: `badge quad q${q}`, title: `QuadClass ${q}` }, h('span', { class: 'dot', 'aria-hidden': 'true' }), quad.name);
  }

  /** An actor as code and name; the code links to the dyad page when there is a counterpart. */
  function actorBlock(actor, counterpart, swap) {
    if (!actor) return h('span', { class: 'muted' }, '—');
    const a = side(actor);
    const b = side(counterpart);
    const code = b
      ? h('a', { class: 'code', href: swap ? dyadHref(b, a) : dyadHref(a, b), title: `Events between ${swap ? b : a} and ${swap ? a : b}` }, actor.code)
      : h('span', { class: 'code' }, actor.code);
    const name = actor.name || countryName(a);
    return h('span', { class: 'actor-block' }, code, h('span', { class: 'name', title: name }, name));
  }

  /** Splits text at every span boundary and marks each piece with the classes of all spans covering it. */
  function highlight(text, spans, base, linkFor) {
    const len = text.length;
    const cut = spans
      .map((s) => ({ ...s, a: Math.max(0, s.start - base), b: Math.min(len, s.end - base) }))
      .filter((s) => Number.isFinite(s.a) && Number.isFinite(s.b) && s.a < s.b);
    const points = [...new Set([0, len, ...cut.flatMap((s) => [s.a, s.b])])].sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i];
      const b = points[i + 1];
      const piece = text.slice(a, b);
      const cover = cut.filter((s) => s.a <= a && s.b >= b);
      if (!cover.length) { frag.append(piece); continue; }
      const cls = new Set();
      for (const s of cover) {
        if (s.kind === 'trigger') cls.add('trigger');
        else { cls.add('actor'); cls.add(s.kind); }
      }
      const mark = h('mark', { class: [...cls].join(' ') }, piece);
      mark.title = cover.map((s) => `${s.kind}: ${[s.code, s.label].filter(Boolean).join(' ')}`).join('\n');
      frag.append(linkFor ? linkFor(cover, mark) : mark);
    }
    return frag;
  }

  const markLegend = () => h('p', { class: 'legend-marks', 'aria-label': 'Highlight legend' },
    h('mark', { class: 'actor source' }, 'source actor'), h('mark', { class: 'trigger' }, 'trigger'), h('mark', { class: 'actor target' }, 'target actor'));

  /** Marks occurrences of a search word (case-insensitive) in a plain text. */
  function withHits(text, word) {
    if (!word) return text;
    const lower = text.toLowerCase();
    const w = word.toLowerCase();
    const spans = [];
    for (let i = lower.indexOf(w); i >= 0 && w; i = lower.indexOf(w, i + w.length)) spans.push({ kind: 'hit', start: i, end: i + w.length });
    if (!spans.length) return text;
    const frag = highlight(text, spans, 0);
    frag.querySelectorAll('mark').forEach((m) => { m.className = 'hit'; m.removeAttribute('title'); });
    return frag;
  }

  function pager(total, offset, count, hrefFor) {
    const first = total ? offset + 1 : 0;
    const last = offset + count;
    const range = total && count ? `${fmtInt(first)}–${fmtInt(last)} of ${fmtInt(total)}` : `${fmtInt(total)} events`;
    const link = (label, off, enabled, rel) => (enabled
      ? h('a', { class: 'btn', href: hrefFor(off), rel }, label)
      : h('a', { class: 'btn', 'aria-disabled': 'true' }, label));
    return h('div', { class: 'pager' },
      h('span', { class: 'range' }, range),
      link('‹ Previous', Math.max(0, offset - PAGE_SIZE), offset > 0, 'prev'),
      link('Next ›', offset + PAGE_SIZE, last < total, 'next'));
  }

  /** The events table with its pager; `load` fetches a page and replaces the rows. */
  function eventsTable(opts) {
    const head = h('div', { class: 'table-head' }, h('h2', {}, opts.title || 'Events'), h('div', { class: 'pager' }, h('span', { class: 'range' }, ' ')));
    const tbody = h('tbody', {}, placeholderRow('Loading events…'));
    const table = h('table', { id: 'events-table', class: 'events' },
      h('colgroup', {}, ['date', 'actor', 'event', 'actor', 'num', 'gold', 'evidence'].map((c) => h('col', { class: `c-${c}` }))),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Event'),
        h('th', { scope: 'col' }, 'Target'), h('th', { scope: 'col', class: 'num', title: 'Mentions / articles' }, 'Ment./art.'),
        h('th', { scope: 'col', class: 'num', title: 'Goldstein scale, −10 conflict to +10 cooperation' }, 'Goldst.'),
        h('th', { scope: 'col' }, 'Evidence'))),
      tbody);
    const foot = h('div', { class: 'table-foot' });
    const el = h('section', { class: 'card table-card', 'aria-label': opts.title || 'Events' }, head, h('div', { class: 'table-scroll' }, table), foot);

    function placeholderRow(text, kind) {
      return h('tr', { class: 'placeholder' }, h('td', { colspan: 7 }, h('span', { class: kind || 'muted' }, text)));
    }

    function row(e) {
      const q = e.quad_class;
      const tr = h('tr', { 'data-event-id': e.id, class: `q${q}`, vars: { '--q': (QUADS[q] || {}).color || '#8896a4' } },
        h('td', { class: 'date' }, h('a', { href: eventHref(e.id), title: `Event ${e.id}` }, fmtDate(e.date))),
        h('td', {}, actorBlock(e.source, e.target, false)),
        h('td', { title: [e.plover, QUADS[q] && QUADS[q].name].filter(Boolean).join(' · ') },
          h('span', { class: 'actor-block' }, h('span', { class: 'code' }, e.cameo), h('span', { class: 'name', title: e.cameo_name }, e.cameo_name || ''))),
        h('td', {}, actorBlock(e.target, e.source, true)),
        h('td', { class: 'num' }, `${fmtInt(e.num_mentions)} / ${fmtInt(e.num_articles)}`),
        h('td', { class: `num gold ${e.goldstein > 0 ? 'pos' : e.goldstein < 0 ? 'neg' : ''}` }, fmtGold(e.goldstein)),
        h('td', { class: 'evidence-cell' }, h('span', { class: 'clamp', title: e.evidence || '' }, withHits(e.evidence || '', opts.hit && opts.hit()))));
      tr.addEventListener('click', (ev) => {
        if (ev.target.closest('a') || String(window.getSelection())) return;
        navigate(eventHref(e.id));
      });
      return tr;
    }

    async function load(filters, offset, live) {
      el.classList.add('is-loading');
      if (el.getBoundingClientRect().top < 0) el.scrollIntoView({ block: 'start' });
      try {
        const data = await api('api/events', { ...filters, limit: PAGE_SIZE, offset });
        if (!live()) return;
        const events = data.events || [];
        tbody.replaceChildren(...(events.length ? events.map(row)
          : [placeholderRow(offset > 0 ? 'No events on this page.' : (opts.empty || 'No events match these filters.'))]));
        const total = data.total ?? events.length;
        head.lastChild.replaceWith(pager(total, offset, events.length, opts.hrefFor));
        foot.replaceChildren(total > PAGE_SIZE ? pager(total, offset, events.length, opts.hrefFor) : '');
      } catch (err) {
        if (!live()) return;
        tbody.replaceChildren(placeholderRow(errorText('events', err), 'error-text'));
        head.lastChild.replaceWith(h('div', { class: 'pager' }));
        foot.replaceChildren();
        throw err;
      } finally {
        if (live()) el.classList.remove('is-loading');
      }
    }
    return { el, load };
  }

  // ---------------------------------------------------------------------------------------------
  // Charts

  let charts = [];
  const chartFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

  function makeChart(el) {
    if (!window.echarts) throw new Error('the chart library (ECharts) did not load');
    const chart = window.echarts.init(el, null, { renderer: 'canvas' });
    charts.push(chart);
    return chart;
  }

  const disposeCharts = () => { charts.forEach((c) => c.dispose()); charts = []; };

  let resizeFrame = 0;
  window.addEventListener('resize', () => {
    cancelAnimationFrame(resizeFrame);
    resizeFrame = requestAnimationFrame(() => charts.forEach((c) => c.resize()));
  });

  /** Grey at 0, red towards −5 and below, green towards +5 and above. */
  function goldsteinColor(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 5));
    const grey = [148, 158, 170];
    const end = t < 0 ? [198, 40, 40] : [31, 138, 76];
    const k = Math.abs(t);
    const c = grey.map((v, i) => Math.round(v + (end[i] - v) * k));
    return `rgb(${c.join(',')})`;
  }

  function dayRange(first, last) {
    const out = [];
    const d = new Date(first + 'T00:00:00Z');
    const end = new Date(last + 'T00:00:00Z');
    while (d <= end && out.length < 3700) {
      out.push(d.toISOString().slice(0, 10));
      d.setUTCDate(d.getUTCDate() + 1);
    }
    return out;
  }

  function timelineOption(days) {
    const byDate = new Map(days.filter((d) => d.date).map((d) => [d.date, d]));
    const dates = byDate.size ? dayRange(days[0].date, days[days.length - 1].date) : [];
    const bars = [1, 2, 3, 4].map((q) => ({
      name: QUADS[q].name, type: 'bar', stack: 'events', barMaxWidth: 28,
      itemStyle: { color: QUADS[q].color },
      data: dates.map((d) => (byDate.has(d) ? byDate.get(d)[QUADS[q].key] || 0 : 0)),
    }));
    const gold = dates.map((d) => (byDate.has(d) && byDate.get(d).mean_goldstein != null ? byDate.get(d).mean_goldstein : null));
    // Solid between consecutive days, a faint dashed bridge over days without events.
    const line = {
      name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: false, symbol: 'circle', symbolSize: 6, z: 3,
      itemStyle: { color: '#243b53' }, lineStyle: { width: 1.5, color: '#243b53' }, data: gold,
    };
    const bridge = {
      id: 'bridge', name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, connectNulls: true, showSymbol: false, silent: true,
      itemStyle: { color: '#243b53' }, lineStyle: { width: 1, type: 'dashed', color: '#9fb3c8' }, data: gold, z: 2,
    };
    // ECharts' own p.marker is a span with a style attribute, which the Content-Security-Policy
    // (style-src 'self') refuses; a class styled in style.css draws the same dot.
    const marker = (p) => `<span class="tip-dot ${p.seriesType === 'line' ? 'gold' : 'q' + (p.seriesIndex + 1)}"></span>`;
    const tooltipRows = (params) => params.filter((p) => p.seriesId !== 'bridge' && p.value != null && p.value !== 0).map((p) => (
      `${marker(p)}${esc(p.seriesName)}&nbsp;&nbsp;<b>${p.seriesType === 'line' ? fmtGold(p.value) : esc(p.value)}</b>`));
    return {
      animationDuration: 300,
      textStyle: { fontFamily: chartFont, color: '#334e68' },
      color: [1, 2, 3, 4].map((q) => QUADS[q].color).concat('#243b53'),
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 12, textStyle: { fontSize: 12 } },
      grid: { left: 44, right: 52, top: 52, bottom: dates.length > 45 ? 58 : 30 },
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: (params) => {
          const rows = tooltipRows(params);
          return [params[0] ? esc(params[0].axisValue) : ''].concat(rows.length ? rows : ['no events']).join('<br>');
        },
      },
      xAxis: { type: 'category', data: dates, axisTick: { alignWithLabel: true }, axisLabel: { hideOverlap: true } },
      yAxis: [
        { type: 'value', name: 'Events', minInterval: 1, nameTextStyle: { align: 'right' }, splitLine: { lineStyle: { color: '#e4e9ee' } } },
        { type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5, nameTextStyle: { align: 'right' }, splitLine: { show: false } },
      ],
      dataZoom: dates.length > 45 ? [{ type: 'inside' }, { type: 'slider', height: 16, bottom: 8 }] : [],
      series: [...bars, line, bridge],
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Dashboard: #/?from=..&to=..&source=..&target=..&dyad=..&code=..&quad=..&text=..&offset=..

  function pickFilters(query) {
    const f = {};
    for (const k of FILTER_KEYS) if (query[k] != null && String(query[k]).trim() !== '') f[k] = String(query[k]).trim();
    return f;
  }

  const toOffset = (v) => Math.max(0, parseInt(v, 10) || 0);

  function describeFilter(k, v) {
    switch (k) {
      case 'from': return `from ${v}`;
      case 'to': return `to ${v}`;
      case 'dyad': return `dyad ${v.replace(',', ' – ')}`;
      case 'code': return `code ${v}${rootName(v) ? ' ' + rootName(v) : ''}`;
      case 'quad': return `QuadClass ${v}${QUADS[v] ? ' ' + QUADS[v].name : ''}`;
      case 'text': return `“${v}”`;
      default: return `${k} ${v}`;
    }
  }

  function filterForm() {
    const field = (label, input, cls) => h('div', { class: `field ${cls || ''}` }, h('label', { for: input.id }, label), input);
    const codeInput = (name, placeholder) => h('input', {
      id: `f-${name}`, name, type: 'text', placeholder, spellcheck: 'false', autocomplete: 'off', maxlength: 12,
      pattern: '[A-Za-z]{3}[A-Za-z0-9]*', title: 'A 3-letter country code such as IRN, or an organisation code such as IGOUNO',
    });
    const codeSelect = h('select', { id: 'f-code', name: 'code' },
      h('option', { value: '' }, 'Any event type'),
      h('optgroup', { label: 'CAMEO root' }, CAMEO_ROOTS.map(([c, n]) => h('option', { value: c }, `${c} ${n}`))),
      h('optgroup', { label: 'PLOVER type' }, PLOVER_TYPES.map((p) => h('option', { value: p }, p))));
    const quadSelect = h('select', { id: 'f-quad', name: 'quad' }, h('option', { value: '' }, 'Any QuadClass'),
      [1, 2, 3, 4].map((q) => h('option', { value: q }, `${q} ${QUADS[q].name}`)));
    const form = h('form', { id: 'filters', class: 'filters card', autocomplete: 'off', 'aria-label': 'Event filters' },
      field('From', h('input', { id: 'f-from', name: 'from', type: 'date' })),
      field('To', h('input', { id: 'f-to', name: 'to', type: 'date' })),
      field('Source', codeInput('source', 'IRN'), 'f-narrow'),
      field('Target', codeInput('target', 'TUR'), 'f-narrow'),
      field('Dyad', h('input', {
        id: 'f-dyad', name: 'dyad', type: 'text', placeholder: 'IRN,TUR', spellcheck: 'false', maxlength: 27,
        pattern: '\\s*[A-Za-z][A-Za-z0-9]{2,11}\\s*[,;/ –-]\\s*[A-Za-z][A-Za-z0-9]{2,11}\\s*',
        title: 'Two codes separated by a comma, such as IRN,TUR: events in either direction',
      }), 'f-dyad'),
      field('Event type', codeSelect, 'f-code'),
      field('QuadClass', quadSelect, 'f-quad'),
      field('Text', h('input', { id: 'f-text', name: 'text', type: 'search', placeholder: 'word in evidence', spellcheck: 'false' }), 'f-text'),
      h('div', { class: 'actions' },
        h('button', { id: 'apply', type: 'submit', class: 'primary' }, 'Apply'),
        h('a', { class: 'btn quiet', href: '#/' }, 'Reset')));

    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const q = {};
      for (const k of FILTER_KEYS) {
        let v = String(form.elements[k].value || '').trim();
        if (['source', 'target'].includes(k)) v = codeLike(v);
        if (k === 'dyad' && v) v = v.split(/[\s,;/–-]+/).map(codeLike).filter(Boolean).slice(0, 2).join(',');
        if (v) q[k] = v;
      }
      navigate(hashFor('/', q));
    });

    function set(filters) {
      for (const k of FILTER_KEYS) {
        const input = form.elements[k];
        input.removeAttribute('aria-invalid');
        if (k === 'code' && filters.code && ![...input.options].some((o) => o.value === filters.code)) {
          input.append(h('option', { value: filters.code }, `${filters.code}${rootName(filters.code) ? '' : ' (CAMEO code)'}`));
        }
        input.value = filters[k] || '';
      }
    }
    function invalid(name) {
      const input = name && form.elements[name];
      if (input && input.setAttribute) input.setAttribute('aria-invalid', 'true');
    }
    return { el: form, set, invalid };
  }

  function statsStrip() {
    const cell = (label, id) => h('div', { class: 'stat' }, h('span', { class: 'stat-value', 'data-stat': id }, '—'), h('span', { class: 'stat-label' }, label));
    const bar = h('div', { class: 'quad-bar', role: 'img', 'aria-label': 'Events by QuadClass' });
    const legend = h('ul', { class: 'quad-legend' });
    const el = h('section', { class: 'stats card', 'aria-label': 'Store statistics' },
      cell('events', 'events'), cell('articles', 'articles'), cell('mentions', 'mentions'), cell('date range', 'range'),
      h('div', { class: 'stat quads' }, bar, legend));

    function fill(s) {
      for (const k of ['events', 'articles', 'mentions']) $(`[data-stat=${k}]`, el).textContent = fmtInt(s[k]);
      const range = $('[data-stat=range]', el);
      range.textContent = s.first_date ? `${s.first_date} – ${s.last_date}` : '—';
      range.classList.add('small');
      const byQuad = s.by_quad || {};
      const total = [1, 2, 3, 4].reduce((n, q) => n + (byQuad[q] || 0), 0);
      bar.replaceChildren(...[1, 2, 3, 4].filter((q) => byQuad[q]).map((q) => h('span', {
        class: `seg q${q}`, title: `${QUADS[q].name}: ${fmtInt(byQuad[q])}`, vars: { '--w': `${(100 * byQuad[q]) / total}%`, '--q': QUADS[q].color },
      })));
      bar.setAttribute('aria-label', 'Events by QuadClass: ' + [1, 2, 3, 4].map((q) => `${QUADS[q].name} ${byQuad[q] || 0}`).join(', '));
      legend.replaceChildren(...[1, 2, 3, 4].map((q) => h('li', {},
        h('a', { href: hashFor('/', { quad: q }), vars: { '--q': QUADS[q].color } },
          h('span', { class: 'dot', 'aria-hidden': 'true' }), QUADS[q].name, ' ',
          h('strong', {}, fmtInt(byQuad[q] || 0))))));
    }
    const fail = (err) => legend.replaceChildren(h('li', { class: 'error-text' }, errorText('statistics', err)));
    return { el, load: () => loadStats().then(fill, (err) => { fail(err); throw err; }) };
  }

  function renderDashboard(route, view) {
    const form = filterForm();
    const stats = statsStrip();
    const chips = h('div', { class: 'chips', 'aria-label': 'Active filters' });
    let filters = {};
    const table = eventsTable({
      title: 'Events',
      hrefFor: (off) => hashFor('/', { ...filters, offset: off || null }),
      hit: () => filters.text,
    });
    table.el.querySelector('.table-head h2').after(chips);
    view.append(h('h1', { class: 'visually-hidden' }, 'Events'), form.el, stats.el, table.el);

    async function update(r) {
      const live = begin();
      filters = pickFilters(r.query);
      const offset = toOffset(r.query.offset);
      form.set(filters);
      $('#search-q').value = filters.text || '';
      const active = Object.entries(filters);
      chips.replaceChildren(...active.map(([k, v]) => {
        const rest = { ...filters };
        delete rest[k];
        return h('a', { class: 'chip', href: hashFor('/', rest), title: `Remove filter: ${describeFilter(k, v)}` },
          describeFilter(k, v), h('span', { 'aria-hidden': 'true', class: 'x' }, '×'));
      }));
      setTitle(active.length ? `Events: ${active.map(([k, v]) => describeFilter(k, v)).join(', ')}` : 'Events');
      const results = await Promise.allSettled([stats.load(), table.load(filters, offset, live)]);
      if (!live()) return;
      const failed = results.find((x) => x.status === 'rejected');
      if (failed && failed.reason.parameter) form.invalid(failed.reason.parameter);
      setStatus(failed ? 'error' : 'loaded');
    }
    update(route);
    return { update };
  }

  // ---------------------------------------------------------------------------------------------
  // Dyad page: #/dyad/A/B

  function renderDyad(route, view) {
    const [a, b] = route.params.map(codeLike);
    const names = `${countryName(a)} – ${countryName(b)}`;
    const summary = h('p', { class: 'subtitle' }, `${names !== `${a} – ${b}` ? names + ' · ' : ''}events in both directions`);
    const chartEl = h('div', { id: 'timeline-chart', class: 'chart', role: 'img', 'aria-label': `Daily events between ${a} and ${b} by QuadClass, with mean Goldstein` });
    const chartNote = h('div', { class: 'chart-note' });
    let range = {};
    const table = eventsTable({
      title: `Events between ${a} and ${b}`,
      empty: 'No events between these two actors.',
      hrefFor: (off) => hashFor(`/dyad/${a}/${b}`, { ...range, offset: off || null }),
    });
    view.append(
      h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/' }, 'Events'), ' / ', h('a', { href: '#/network' }, 'Network'), ' / ', 'Dyad'),
      h('div', { class: 'page-head' },
        h('div', {}, h('h1', {}, `${a} – ${b}`), summary),
        h('div', { class: 'head-actions' },
          h('a', { class: 'btn', href: dyadHref(b, a), title: 'Same events, axes swapped' }, `${b} – ${a}`),
          h('a', { class: 'btn', href: hashFor('/', { dyad: `${a},${b}` }) }, 'Filter events'))),
      h('section', { class: 'card chart-card', 'aria-label': 'Timeline' }, chartEl, chartNote),
      table.el);
    setTitle(`${a} – ${b}`);

    let chart = null;
    let chartKey = null;
    async function loadTimeline(live) {
      const key = JSON.stringify(range);
      if (key === chartKey) return;
      chartKey = key;
      try {
        const data = await api('api/timeline', { source: a, target: b, ...range });
        if (!live()) return;
        const days = (data.days || []).slice().sort((x, y) => String(x.date).localeCompare(String(y.date)));
        const total = days.reduce((n, d) => n + [1, 2, 3, 4].reduce((m, q) => m + (d[QUADS[q].key] || 0), 0), 0);
        summary.textContent = `${names !== `${a} – ${b}` ? names + ' · ' : ''}${fmtInt(total)} events on ${fmtInt(days.length)} days, both directions`;
        if (!days.length) {
          chartEl.classList.add('empty');
          chartNote.replaceChildren(message('info', 'No events between these two actors in this period.'));
          return;
        }
        chart = chart || makeChart(chartEl);
        chart.setOption(timelineOption(days), true);
      } catch (err) {
        chartKey = null;
        if (live()) chartNote.replaceChildren(message('error', errorText('the timeline', err)));
        throw err;
      }
    }

    async function update(r) {
      const live = begin();
      range = { from: r.query.from || null, to: r.query.to || null };
      const results = await Promise.allSettled([loadTimeline(live), table.load({ dyad: `${a},${b}`, ...range }, toOffset(r.query.offset), live)]);
      if (live()) setStatus(results.some((x) => x.status === 'rejected') ? 'error' : 'loaded');
    }
    update(route);
    return { update, key: `${a}/${b}` };
  }

  // ---------------------------------------------------------------------------------------------
  // Network page: #/network

  function mergeDyads(rows) {
    const edges = new Map();
    const nodes = new Map();
    for (const r of rows) {
      if (!r.source) continue;
      nodes.set(r.source, (nodes.get(r.source) || 0) + r.events);
      if (!r.target || r.target === r.source) continue;
      nodes.set(r.target, (nodes.get(r.target) || 0) + r.events);
      const [x, y] = [r.source, r.target].sort();
      const e = edges.get(`${x}|${y}`) || { a: x, b: y, events: 0, gsum: 0, first: r.first, last: r.last };
      e.events += r.events;
      e.gsum += (r.mean_goldstein || 0) * r.events;
      if (r.first && (!e.first || r.first < e.first)) e.first = r.first;
      if (r.last && (!e.last || r.last > e.last)) e.last = r.last;
      edges.set(`${x}|${y}`, e);
    }
    const list = [...edges.values()].map((e) => ({ ...e, mean: e.events ? e.gsum / e.events : 0 }));
    list.sort((p, q) => q.events - p.events || p.a.localeCompare(q.a));
    return { nodes, edges: list };
  }

  function networkOption(nodes, edges, width, height) {
    const maxNode = Math.max(1, ...nodes.values());
    const maxEdge = Math.max(1, ...edges.map((e) => e.events));
    const linked = new Set(edges.flatMap((e) => [e.a, e.b]));
    return {
      animationDurationUpdate: 300,
      textStyle: { fontFamily: chartFont },
      tooltip: {
        confine: true,
        formatter: (p) => (p.dataType === 'edge'
          ? `<b>${esc(p.data.source)} – ${esc(p.data.target)}</b><br>${fmtInt(p.data.events)} events · mean Goldstein ${fmtGold(p.data.mean)}`
            + `<br>${esc(p.data.first)} – ${esc(p.data.last)}<br><i>Click to open the dyad</i>`
          : `<b>${esc(p.data.name)}</b> ${esc(countryName(p.data.name))}<br>${fmtInt(p.data.value)} events`),
      },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: { repulsion: Math.max(120, Math.min(520, 6000 / Math.sqrt(nodes.size))), edgeLength: [60, 190], gravity: 0.14, friction: 0.25 },
        label: { show: true, position: 'right', fontSize: 12, color: '#102a43', fontWeight: 600 },
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 1 } },
        lineStyle: { curveness: 0.08, opacity: 0.8 },
        // Start from a circle (busiest first) so the layout is the same on every visit.
        data: [...nodes.entries()].filter(([code]) => linked.has(code)).sort((p, q) => q[1] - p[1]).map(([code, v], i, all) => ({
          name: code, value: v, symbolSize: 10 + 34 * Math.sqrt(v / maxNode),
          x: width / 2 + 0.3 * width * Math.cos((2 * Math.PI * i) / all.length),
          y: height / 2 + 0.3 * height * Math.sin((2 * Math.PI * i) / all.length),
          itemStyle: { color: code.startsWith('IGO') ? '#7b5ea7' : '#486581', borderColor: '#fff', borderWidth: 1.5 },
        })),
        links: edges.map((e) => ({
          source: e.a, target: e.b, events: e.events, mean: e.mean, first: e.first, last: e.last,
          lineStyle: { width: 1.2 + 9 * Math.sqrt(e.events / maxEdge), color: goldsteinColor(e.mean) },
        })),
      }],
    };
  }

  function renderNetwork(route, view) {
    const live = begin();
    setTitle('Network');
    const chartEl = h('div', { id: 'network-chart', class: 'chart network', role: 'img', 'aria-label': 'Network of countries linked by coded events' });
    const list = h('ol', { class: 'dyad-list' });
    const aside = h('aside', { class: 'card side', 'aria-label': 'Busiest dyads' },
      h('h2', {}, 'Busiest dyads'), h('p', { class: 'side-note' }, 'events · mean Goldstein'), list);
    const legend = h('div', { class: 'net-legend' },
      h('span', {}, 'Edge colour, mean Goldstein:'),
      h('span', {}, 'conflict −5'), h('span', { class: 'gradient', 'aria-hidden': 'true' }), h('span', {}, '+5 cooperation'),
      h('span', { class: 'muted sep' }, 'Size and width: events. Drag to move, scroll to zoom, click an edge to open its dyad.'));
    const chartCard = h('section', { class: 'card chart-card' }, chartEl, legend);
    view.append(
      h('div', { class: 'page-head' }, h('div', {}, h('h1', {}, 'Network'),
        h('p', { class: 'subtitle' }, 'Countries and organisations linked by coded events, both directions merged'))),
      h('div', { class: 'network-layout' }, chartCard, aside));
    list.append(h('li', { class: 'muted' }, 'Loading…'));

    api('api/dyads', { limit: 200 }).then((rows) => {
      if (!live()) return;
      const { nodes, edges } = mergeDyads(Array.isArray(rows) ? rows : rows.dyads || []);
      if (!edges.length) {
        chartEl.classList.add('empty');
        chartEl.replaceChildren(message('info', 'No dyads yet: the store has no events with both a source and a target.'));
        list.replaceChildren(h('li', { class: 'muted' }, 'None'));
        setStatus('loaded');
        return;
      }
      list.replaceChildren(...edges.slice(0, 20).map((e) => h('li', {},
        h('a', { href: dyadHref(e.a, e.b) },
          h('span', { class: 'swatch', vars: { '--c': goldsteinColor(e.mean) }, 'aria-hidden': 'true' }),
          h('span', { class: 'pair' }, `${e.a} – ${e.b}`),
          h('span', { class: 'n', title: `mean Goldstein ${fmtGold(e.mean)}` }, `${fmtInt(e.events)} · ${fmtGold(e.mean)}`)))));
      const chart = makeChart(chartEl);
      chart.setOption(networkOption(nodes, edges, chartEl.clientWidth, chartEl.clientHeight));
      chart.on('click', (p) => {
        if (p.dataType === 'edge') navigate(dyadHref(p.data.source, p.data.target));
      });
      setStatus('loaded');
    }).catch((err) => {
      if (!live()) return;
      chartEl.classList.add('empty');
      chartEl.replaceChildren(message('error', errorText('the network', err)));
      list.replaceChildren();
      setStatus('error');
    });
    return {};
  }

  // ---------------------------------------------------------------------------------------------
  // Event page: #/event/{id}

  let articleFocus = null; // {article, event}: spans to emphasise when arriving from an event page

  const fact = (label, value) => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value));

  /** A detail page: breadcrumb and a loading line, then `fill(data, body)`, or the error. */
  function detailPage(view, crumb, what, path, fill) {
    const live = begin();
    setTitle(crumb);
    const body = h('div', {}, h('p', { class: 'muted loading-line' }, `Loading ${what}…`));
    view.append(h('nav', { class: 'crumbs', 'aria-label': 'Breadcrumb' }, h('a', { href: '#/' }, 'Events'), ' / ', crumb), body);
    api(path).then((data) => {
      if (!live()) return;
      fill(data, body);
      setStatus('loaded');
    }).catch((err) => {
      if (!live()) return;
      body.replaceChildren(h('h1', {}, crumb), message('error', errorText(what, err), h('p', {}, h('a', { href: '#/' }, 'Back to the events'))));
      setStatus('error');
    });
    return {};
  }

  function mentionCard(m, event) {
    const base = m.evidence_start || 0;
    const evidence = m.evidence || '';
    const spans = [
      m.source && { kind: 'source', start: m.source.start, end: m.source.end, code: m.source.code, label: m.source.name },
      m.target && { kind: 'target', start: m.target.start, end: m.target.end, code: m.target.code, label: m.target.name },
      m.trigger && { kind: 'trigger', start: m.trigger.start, end: m.trigger.end, code: m.cameo, label: m.trigger.text },
    ].filter((s) => s && s.start != null && s.end != null);
    const inside = (s) => s && s.start != null && s.start - base < evidence.length && s.end - base > 0;
    const role = (label, a, cls) => a && h('span', { class: 'role' },
      h('span', { class: `key ${cls}` }, label), ' ', h('span', { class: 'code' }, a.code || ''), ' ', a.name || a.text || '',
      a.start != null && !inside(a) ? h('span', { class: 'muted' }, ' (outside this sentence)') : '');
    const url = safeUrl(m.url);
    return h('article', { class: 'mention card', id: `m-${m.id}`, 'data-mention-id': m.id },
      h('p', { class: 'evidence' }, highlight(evidence, spans, base)),
      h('p', { class: 'roles' }, role('Source', m.source, 'source'), role('Trigger', m.trigger && { code: m.cameo, text: `“${m.trigger.text}”`, start: m.trigger.start, end: m.trigger.end }, 'trigger'), role('Target', m.target, 'target')),
      h('dl', { class: 'meta' },
        fact('Date', h('span', {}, fmtDate(m.date), m.date_basis ? h('span', { class: 'muted' }, ` (from ${m.date_basis})`) : '')),
        fact('Pattern', h('span', { class: 'code' }, m.pattern || '—')),
        fact('Confidence', m.confidence == null ? '—' : h('span', { class: 'conf' },
          h('span', { class: 'meter', 'aria-hidden': 'true', vars: { '--v': `${Math.round(100 * m.confidence)}%` } }), (+m.confidence).toFixed(2))),
        fact('Article', h('a', {
          href: articleHref(m.article),
          onclick: () => { articleFocus = { article: m.article, event: event.id }; },
        }, m.article)),
        fact('Outlet', h('span', {}, m.outlet || '—', m.published ? h('span', { class: 'muted' }, `, published ${m.published}`) : '')),
        url ? fact('Original', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'external' }, url.replace(/^https?:\/\//i, ''))) : null));
  }

  function renderEvent(route, view) {
    const id = route.params[0];
    return detailPage(view, `Event ${id}`, 'the event', `api/events/${encodeURIComponent(id)}`, (data, body) => {
      const e = data.event || {};
      const mentions = data.mentions || [];
      const q = QUADS[e.quad_class];
      setTitle(`${side(e.source) || '?'} ${e.cameo_name || e.cameo} ${side(e.target) || ''} (${fmtDate(e.date)})`.replace(/\s+/g, ' '));
      const head = h('section', { class: 'card event-head', vars: { '--q': q ? q.color : '#8896a4' } },
        h('div', { class: 'event-top' }, h('span', { class: 'event-date' }, fmtDate(e.date)), quadBadge(e.quad_class),
          e.plover ? h('span', { class: 'badge plover', title: 'PLOVER event type' }, e.plover) : null,
          h('span', { class: 'event-id code' }, e.id)),
        h('h1', { class: 'event-line' },
          actorBlock(e.source, e.target, false), h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'),
          h('span', { class: 'actor-block verb' }, h('span', { class: 'code' }, e.cameo), h('span', { class: 'name' }, e.cameo_name || '')),
          e.target ? [h('span', { class: 'arrow', 'aria-hidden': 'true' }, '→'), actorBlock(e.target, e.source, true)] : h('span', { class: 'muted no-target' }, '(no target)')),
        h('dl', { class: 'facts' },
          fact('Goldstein', h('span', { class: 'gold-val' }, fmtGold(e.goldstein))),
          fact('Mentions', fmtInt(e.num_mentions)), fact('Sources', fmtInt(e.num_sources)), fact('Articles', fmtInt(e.num_articles)),
          fact('CAMEO root', `${e.cameo_root || ''} ${rootName(e.cameo_root) || ''}`.trim() || '—'),
          fact('First seen', fmtDate(e.first_seen)), fact('Last seen', fmtDate(e.last_seen))));
      const list = h('div', { id: 'mentions', class: 'mentions' }, mentions.length
        ? mentions.map((m) => mentionCard(m, e))
        : message('info', 'This event has no stored mentions.'));
      body.replaceChildren(head, h('div', { class: 'section-head' }, h('h2', {}, `Mentions (${mentions.length})`), markLegend()), list);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Article page: #/article/{id}

  function renderArticle(route, view) {
    const id = route.params[0];
    const focus = articleFocus && articleFocus.article === id ? articleFocus.event : null;
    articleFocus = null;
    return detailPage(view, `Article ${id}`, 'the article', `api/articles/${encodeURIComponent(id)}`, (a, body) => {
      const spans = (a.spans || []).filter((s) => s && s.start != null && s.end != null);
      const text = a.text || '';
      setTitle(a.title || `Article ${id}`);
      const url = safeUrl(a.url);
      const textEl = h('div', { class: 'article-text' }, highlight(text, spans, 0, (cover, mark) => {
        const ev = (cover.find((s) => s.event_id === focus) || cover.find((s) => s.event_id) || {}).event_id;
        if (focus && cover.some((s) => s.event_id === focus)) mark.classList.add('focus');
        return ev ? h('a', { class: 'span-link', href: eventHref(ev) }, mark) : mark;
      }));
      // Events in this article, in order of their first span.
      const byEvent = new Map();
      for (const s of spans.slice().sort((x, y) => x.start - y.start)) {
        if (!s.event_id) continue;
        const e = byEvent.get(s.event_id) || { id: s.event_id };
        if (!e[s.kind]) e[s.kind] = s;
        byEvent.set(s.event_id, e);
      }
      const evList = h('ol', { class: 'article-events' }, [...byEvent.values()].map((e) => h('li', { class: e.id === focus ? 'focus' : null },
        h('a', { href: eventHref(e.id) },
          h('span', { class: 'pair' }, h('span', { class: 'code' }, e.source ? e.source.code : '?'),
            e.target ? [' → ', h('span', { class: 'code' }, e.target.code)] : ''),
          h('span', { class: 'verb' }, e.trigger ? `${e.trigger.code || ''} ${e.trigger.label || ''}`.trim() : '')))));
      body.replaceChildren(
        h('div', { class: 'page-head article-head' }, h('div', {},
          h('h1', {}, a.title || 'Untitled article'),
          h('p', { class: 'subtitle' }, [a.outlet, a.published].filter(Boolean).join(' · ') || 'Unknown outlet and date',
            url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer', target: '_blank', class: 'external' }, 'original article')] : '',
            ' · ', h('span', { class: 'code' }, a.id || id)))),
        h('div', { class: 'article-layout' },
          h('section', { class: 'card article-card', 'aria-label': 'Article text' }, text ? textEl : message('info', 'This article has no stored text.')),
          h('aside', { class: 'card side' }, h('h2', {}, `Events (${byEvent.size})`), markLegend(),
            byEvent.size ? evList : h('p', { class: 'muted' }, 'No events were coded from this article.'))));
      const first = focus && textEl.querySelector('mark.focus');
      if (first) first.scrollIntoView({ block: 'center' });
    });
  }

  function renderNotFound(route, view) {
    begin();
    setTitle('Not found');
    view.append(h('h1', {}, 'Page not found'), message('error', `There is no page at #${route.path}.`, h('p', {}, h('a', { href: '#/' }, 'Go to the events'))));
    setStatus('error');
    return {};
  }

  // ---------------------------------------------------------------------------------------------
  // Router

  const ROUTES = [
    [/^\/$/, 'dashboard', renderDashboard],
    [/^\/dyad\/([^/]+)\/([^/]+)\/?$/, 'dyad', renderDyad],
    [/^\/network\/?$/, 'network', renderNetwork],
    [/^\/event\/([^/]+)\/?$/, 'event', renderEvent],
    [/^\/article\/([^/]+)\/?$/, 'article', renderArticle],
  ];

  function parseHash() {
    const raw = location.hash.replace(/^#/, '');
    const qi = raw.indexOf('?');
    const path = (qi < 0 ? raw : raw.slice(0, qi)) || '/';
    const query = {};
    new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1)).forEach((v, k) => { query[k] = v; });
    for (const [re, name, render] of ROUTES) {
      const m = path.match(re);
      if (m) {
        let params;
        try { params = m.slice(1).map(decodeURIComponent); } catch (e) { params = m.slice(1); }
        return { name, path, params, query, render };
      }
    }
    return { name: 'notfound', path, params: [], query, render: renderNotFound };
  }

  let current = null;
  let routedHash = null;

  /** Routes at once (so the status turns to loading synchronously); the later hashchange is then ignored. */
  function navigate(hash) {
    if (location.hash !== hash) location.hash = hash;
    route();
  }

  function route() {
    routedHash = location.hash;
    const r = parseHash();
    const view = $('#main');
    const key = r.name === 'dyad' ? r.params.map(codeLike).join('/') : r.name;
    if (current && current.key === key && current.page.update) {
      current.page.update(r);
      return;
    }
    disposeCharts();
    view.replaceChildren();
    view.className = `page-${r.name}`;
    document.querySelectorAll('[data-nav]').forEach((a) => (a.dataset.nav === r.name ? a.setAttribute('aria-current', 'page') : a.removeAttribute('aria-current')));
    if (r.name !== 'dashboard') $('#search-q').value = '';
    const first = current === null;
    current = { key, page: r.render(r, view) || {} };
    if (!first) {
      window.scrollTo(0, 0);
      view.focus({ preventScroll: true });
    }
  }

  function init() {
    $('#search').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const text = $('#search-q').value.trim();
      navigate(hashFor('/', text ? { text } : {}));
    });
    $('#skip').addEventListener('click', (ev) => {
      ev.preventDefault();
      $('#main').focus();
    });
    window.addEventListener('hashchange', () => { if (location.hash !== routedHash) route(); });
    document.addEventListener('click', (ev) => {
      const a = ev.target.closest && ev.target.closest('a[href^="#/"]');
      if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      navigate(a.getAttribute('href'));
    });
    route();
  }

  init();
})();
