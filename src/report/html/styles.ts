/**
 * The report's stylesheet. Colours are chosen for at least 4.5:1 contrast with their
 * background; every status also carries a symbol and a word.
 */
export const STYLES = `
:root { --fg:#101828; --muted:#475467; --line:#d0d5dd; --bg:#fff; --panel:#f9fafb;
  --fail:#b42318; --pass:#067647; --na:#b54708; --nap:#667085; --manual:#3538cd; --phi:#6941c6; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); line-height: 1.45; }
body { margin: 0; }
header.top { background: #0c111d; color: #fff; padding: 20px 32px; }
header.top h1 { margin: 0 0 4px; font-size: 1.6rem; }
header.top p { margin: 0; color: #d0d5dd; }
nav.toc { padding: 8px 32px; border-bottom: 1px solid var(--line); background: var(--panel); position: sticky; top: 0; z-index: 2; }
nav.toc ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
nav.toc a { color: #1849a9; }
main { padding: 8px 32px 32px; max-width: 1280px; }
footer.bottom { padding: 16px 32px; color: var(--muted); border-top: 1px solid var(--line); font-size: .85rem; }
h2 { font-size: 1.35rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1rem; margin: 20px 0 8px; }
h4.fix-h { font-size: 1rem; margin: 12px 0 4px; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .86em; overflow-wrap: anywhere; }
pre { background: #f2f4f7; padding: 8px 10px; overflow-x: auto; border-radius: 4px; margin: 0; white-space: pre-wrap; }
.muted { color: var(--muted); }
.small { font-size: .82rem; color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; background: #fff; margin: 8px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 10px; }
.stat .num { font-size: 1.9rem; font-weight: 700; }
.stat .label { font-weight: 600; }
.stat .note { font-size: .8rem; color: var(--muted); }
.stat.fail .num, .stat.spec-fail .num { color: var(--fail); }
.stat.pass .num, .stat.spec-pass .num { color: var(--pass); }
.stat.not_assessed .num, .stat.spec-na .num { color: var(--na); }
.stat.spec-manual .num { color: var(--manual); }
.verdict { font-size: 1.1rem; padding: 10px 14px; border-radius: 6px; border-left: 6px solid; }
.verdict.bad { background: #fef3f2; border-color: var(--fail); color: #912018; }
.verdict.good { background: #ecfdf3; border-color: var(--pass); color: #085d3a; }
.verdict.neutral { background: var(--panel); border-color: var(--nap); }
figure { margin: 8px 0; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: 6px; }
svg.chart { width: 100%; max-width: 820px; height: auto; display: block; }
svg.chart.sev { max-width: 560px; }
svg text { font-family: inherit; }
.axis { font-size: 13px; fill: var(--fg); }
.seg-label { font-size: 12px; fill: #fff; font-weight: 700; }
.seg-fail { fill: var(--fail); } .seg-pass { fill: var(--pass); } .seg-not_assessed { fill: var(--na); }
.seg-not_applicable { fill: var(--nap); } .seg-manual { fill: var(--manual); }
.sev-critical { fill: #7a271a; } .sev-high { fill: var(--fail); } .sev-medium { fill: var(--na); } .sev-low { fill: #175cd3; } .sev-info { fill: var(--nap); }
table.data { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: .9rem; }
table.data caption { text-align: left; font-weight: 600; padding: 4px 0; }
table.data th, table.data td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
table.data thead th { background: #f2f4f7; }
table.posture td, table.severities td { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: .8rem; font-weight: 600; white-space: nowrap; border: 1px solid; }
.badge.st-fail { background: #fee4e2; color: #912018; }
.badge.st-pass { background: #dcfae6; color: #085d3a; }
.badge.st-not_assessed { background: #fef0c7; color: #7a2e0e; }
.badge.st-not_applicable { background: #f2f4f7; color: #344054; }
.badge.st-manual { background: #eef4ff; color: #2d31a6; }
.badge.st-suppressed { background: #f2f4f7; color: #344054; font-style: italic; }
.phi-tag { display: inline-block; margin-left: 4px; padding: 0 6px; border-radius: 4px; background: #f4f3ff; color: #4a1fb8; border: 1px solid #6941c6; font-size: .75rem; font-weight: 700; }
.req { font-size: .75rem; padding: 0 6px; border: 1px solid var(--line); border-radius: 4px; color: var(--muted); }
details.node { padding: 6px 12px; }
details.node > summary, details.rule > summary { cursor: pointer; padding: 4px 0; }
details.node[data-status="fail"] { border-left: 5px solid var(--fail); }
details.node[data-status="not_assessed"] { border-left: 5px solid var(--na); }
details.node[data-status="pass"] { border-left: 5px solid var(--pass); }
details.node[data-status="manual"] { border-left: 5px solid var(--manual); }
details.rule { margin: 6px 0 6px 12px; padding: 4px 10px; border-left: 2px solid var(--line); }
.rationale { color: #344054; }
.res-name { font-weight: 600; overflow-wrap: anywhere; }
ul.evidence, ul.plain { margin: 0; padding-left: 16px; }
ul.plain { padding-left: 0; list-style: none; }
.snippet { margin: 6px 0; }
.snippet-h { font-size: .8rem; font-weight: 600; color: var(--muted); }
.more { font-style: italic; color: var(--muted); }
.print-only { display: none; }
dl.scope { display: grid; grid-template-columns: 140px 1fr; gap: 6px 16px; }
dl.scope dt { font-weight: 600; } dl.scope dd { margin: 0; }
ol.attest { padding-left: 24px; }
.attest-item { margin: 8px 0 14px; }
.attest-lines { display: flex; flex-wrap: wrap; gap: 6px 24px; margin-top: 8px; color: var(--muted); font-size: .85rem; }
.blank { display: inline-block; width: 220px; border-bottom: 1px solid #667085; height: 1.1em; vertical-align: bottom; }
.blank.short { width: 110px; }
.controls { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: end; padding: 10px 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.ctl { display: flex; flex-direction: column; gap: 2px; font-size: .85rem; }
.ctl.check { flex-direction: row; align-items: center; gap: 6px; }
.ctl input[type=search] { width: 280px; }
.ctl input, .ctl select { font: inherit; padding: 4px 6px; border: 1px solid #667085; border-radius: 4px; }
.count { font-weight: 600; }
.table-wrap { overflow-x: auto; }
table.findings { table-layout: fixed; min-width: 980px; }
table.findings col.c-status { width: 130px; } table.findings col.c-sev { width: 80px; } table.findings col.c-rule { width: 200px; }
table.findings col.c-res { width: 230px; } table.findings col.c-ev { width: 210px; } table.findings col.c-hipaa { width: 120px; }
table.findings td { overflow-wrap: break-word; }
table.findings td.mono { overflow-wrap: break-word; word-break: normal; }
section, h2, h3, details { scroll-margin-top: 56px; }
.pager { display: flex; gap: 12px; align-items: center; margin: 8px 0; }
.pager button { font: inherit; padding: 4px 12px; }
html:not(.js) .controls, html:not(.js) .pager, html:not(.js) .table-wrap, html:not(.js) .count { display: none; }
svg.graph { width: 100%; height: auto; display: block; }
svg.glegend { width: 100%; max-width: 760px; height: auto; display: block; margin-bottom: 6px; }
.gnode rect { fill: #fff; stroke: #98a2b3; stroke-width: 1.5; }
.gnode.phi rect { fill: #f4f3ff; stroke: var(--phi); stroke-width: 3; }
.gnode.failing rect { stroke-dasharray: none; }
.gname { font-size: 12px; font-weight: 600; fill: var(--fg); }
.gtype { font-size: 11px; fill: var(--muted); }
.gphi { font-size: 11px; font-weight: 700; fill: #fff; }
.gnode.phi rect.gphi-pill { fill: #5925dc; stroke: none; }
.gfail { font-size: 11px; font-weight: 700; fill: var(--fail); }
.gok { font-size: 11px; fill: var(--muted); }
.gcol { font-size: 13px; font-weight: 700; fill: var(--muted); }
.gedge { fill: none; stroke: #344054; stroke-width: 1.6; }
.arrowhead { fill: #344054; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #1849a9; outline-offset: 2px; }
@media print {
  @page { margin: 14mm 12mm; }
  html { font-size: 10pt; }
  nav.toc, .controls, .pager, .screen-only, noscript, .count, .table-wrap { display: none !important; }
  .print-only { display: block; }
  table.data { font-size: 8.5pt; }
  details.rule.repeat > .rule-body { display: none; }
  header.top { background: none; color: #000; padding: 0 0 8px; border-bottom: 2px solid #000; }
  header.top p { color: #000; }
  main { padding: 0; max-width: none; }
  section > h2 { break-before: page; }
  #summary > h2 { break-before: auto; }
  h2, h3, h4, summary { break-after: avoid; }
  figure, tr, .attest-item, .stat, pre, .snippet, .scope { break-inside: avoid; }
  details::details-content { content-visibility: visible; display: block; }
  details > summary { list-style: none; }
  details > summary::-webkit-details-marker { display: none; }
  a { color: inherit; text-decoration: none; }
  .blank { border-bottom-color: #000; }
}
`;
