import { PAGE_SIZE } from './findings-table.js';

/**
 * The report's only script. It reads the findings from the JSON block and renders one page
 * of the filtered rows with createElement and textContent: data never goes through
 * innerHTML. It also opens every <details> before printing so a printout hides nothing.
 */
export const SCRIPT = `(function () {
  'use strict';
  var PAGE = ${PAGE_SIZE};
  var LABEL = { fail: ['\\u2717', 'Fail'], not_assessed: ['?', 'Not assessed'], pass: ['\\u2713', 'Pass'], suppressed: ['~', 'Suppressed'] };
  var $ = function (id) { return document.getElementById(id); };

  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = [];
    document.querySelectorAll('details:not([open])').forEach(function (d) { d.open = true; opened.push(d); });
  });
  window.addEventListener('afterprint', function () { opened.forEach(function (d) { d.open = false; }); opened = []; });

  var block = $('findings-data');
  if (!block) return;
  var data = JSON.parse(block.textContent || '{"s":[],"rows":[]}');
  var S = data.s, rows = data.rows;
  var lower = new Array(S.length);
  function low(i) { var v = lower[i]; if (v === undefined) { v = lower[i] = String(S[i]).toLowerCase(); } return v; }

  var q = $('f-q'), st = $('f-status'), sev = $('f-sev'), rule = $('f-rule'), phi = $('f-phi');
  var body = $('f-body'), count = $('f-count'), pageLabel = $('f-page'), prev = $('f-prev'), next = $('f-next');
  var matches = [], page = 0;

  function filter() {
    var term = q.value.trim().toLowerCase();
    var fs = st.value, fv = sev.value, fr = rule.value, fp = phi.checked;
    var out = [];
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      if (fs && S[r[0]] !== fs) continue;
      if (fv && S[r[1]] !== fv) continue;
      if (fr && S[r[2]] !== fr) continue;
      if (fp && !r[9]) continue;
      if (term && low(r[2]).indexOf(term) < 0 && low(r[3]).indexOf(term) < 0 && low(r[6]).indexOf(term) < 0 &&
          low(r[4]).indexOf(term) < 0 && low(r[5]).indexOf(term) < 0 && low(r[10]).indexOf(term) < 0) continue;
      out.push(i);
    }
    matches = out;
    page = 0;
    render();
  }

  function cell(tr, text, cls) {
    var td = document.createElement('td');
    if (cls) td.className = cls;
    td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(matches.length / PAGE));
    if (page >= pages) page = pages - 1;
    var start = page * PAGE, end = Math.min(matches.length, start + PAGE);
    var frag = document.createDocumentFragment();
    for (var k = start; k < end; k++) {
      var r = rows[matches[k]];
      var tr = document.createElement('tr');
      var status = S[r[0]];
      var td = cell(tr, '', 'st');
      var b = document.createElement('span');
      b.className = 'badge st-' + status;
      var l = LABEL[status] || ['', status];
      b.textContent = l[0] + ' ' + l[1];
      td.appendChild(b);
      cell(tr, S[r[1]], 'sev sev-text-' + S[r[1]]);
      cell(tr, S[r[2]], 'mono');
      var res = cell(tr, S[r[3]], 'res');
      var meta = document.createElement('div');
      meta.className = 'small';
      meta.textContent = S[r[4]] + ' \\u00b7 ' + S[r[5]];
      res.appendChild(meta);
      if (r[9]) {
        var p = document.createElement('span');
        p.className = 'phi-tag';
        p.textContent = 'PHI';
        res.appendChild(p);
      }
      cell(tr, S[r[6]]);
      cell(tr, S[r[8]], 'small mono');
      cell(tr, S[r[7]], 'small');
      frag.appendChild(tr);
    }
    body.replaceChildren(frag);
    count.textContent = matches.length === rows.length
      ? rows.length.toLocaleString('en-US') + ' findings.'
      : matches.length.toLocaleString('en-US') + ' of ' + rows.length.toLocaleString('en-US') + ' findings match.';
    pageLabel.textContent = matches.length ? 'Rows ' + (start + 1).toLocaleString('en-US') + '\\u2013' + end.toLocaleString('en-US') + ', page ' + (page + 1).toLocaleString('en-US') + ' of ' + pages.toLocaleString('en-US') : 'No rows';
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
  }

  var timer = 0;
  q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(filter, 120); });
  [st, sev, rule, phi].forEach(function (el) { el.addEventListener('change', filter); });
  $('f-form').addEventListener('submit', function (e) { e.preventDefault(); filter(); });
  prev.addEventListener('click', function () { if (page > 0) { page--; render(); } });
  next.addEventListener('click', function () { page++; render(); });
  document.documentElement.classList.add('js');
  filter();
})();`;
