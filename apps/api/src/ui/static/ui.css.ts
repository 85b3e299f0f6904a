/**
 * The interface's one stylesheet, served at /ui/ui.css by the service itself.
 * Kept as a module so `tsc` puts it in dist with the code (the build copies no
 * other files). System fonts only: no font is fetched from anywhere.
 * Sizes in rem and wrapping layouts, so pages read at 200 % zoom; colours
 * meet WCAG AA contrast; every focusable thing has a visible focus ring.
 */
export const UI_CSS = `
:root {
  --text: #1b1b1b;
  --muted: #4a4a4a;
  --bg: #ffffff;
  --accent: #00507a;
  --accent-dark: #003a59;
  --error: #a4161a;
  --border: #767676;
  --soft: #f2f4f5;
  --focus: #ffbf47;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
  font-size: 100%;
  line-height: 1.5;
  color: var(--text);
  background: var(--bg);
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { color: var(--accent-dark); }
:focus-visible {
  outline: 3px solid var(--text);
  outline-offset: 2px;
  box-shadow: 0 0 0 6px var(--focus);
}
main:focus { outline: none; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.skip-link {
  position: absolute; left: 0.5rem; top: -10rem; z-index: 10;
  background: var(--bg); color: var(--text); padding: 0.5rem 1rem; border: 2px solid var(--text);
}
.skip-link:focus { top: 0.5rem; }
.site-header { background: var(--accent); color: #fff; }
.site-header a { color: #fff; }
.site-header__inner {
  display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center; justify-content: space-between;
  max-width: 72rem; margin: 0 auto; padding: 0.75rem 1rem;
}
.site-name { margin: 0; font-size: 1.25rem; font-weight: 700; }
.site-name a { text-decoration: none; }
.site-board { display: block; font-size: 1rem; font-weight: 400; }
.signed-in { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; }
.signed-in p { margin: 0; }
.site-nav { background: var(--accent-dark); }
.site-nav ul {
  display: flex; flex-wrap: wrap; gap: 0 0.25rem; list-style: none;
  max-width: 72rem; margin: 0 auto; padding: 0 1rem;
}
.site-nav a { display: block; padding: 0.6rem 0.75rem; text-decoration: none; }
.site-nav a:hover { text-decoration: underline; }
.site-nav a[aria-current='page'] { text-decoration: underline; text-decoration-thickness: 3px; font-weight: 700; }
main { display: block; max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; }
.lead { font-size: 1.125rem; max-width: 40rem; }
.field { margin: 0 0 1.5rem; max-width: 36rem; }
.field label { display: block; font-weight: 700; }
.field__hint { margin: 0.25rem 0; color: var(--muted); }
.field__error { margin: 0.25rem 0; color: var(--error); font-weight: 700; }
.field input {
  display: block; width: 100%; max-width: 36rem; font: inherit; padding: 0.5rem;
  border: 2px solid var(--text); border-radius: 0;
}
.field--error input { border-color: var(--error); border-width: 3px; }
.required { font-weight: 400; }
.button {
  font: inherit; font-weight: 700; cursor: pointer; padding: 0.5rem 1.25rem;
  color: #fff; background: var(--accent); border: 2px solid var(--accent); border-radius: 0.25rem;
}
.button:hover { background: var(--accent-dark); }
.button--secondary { background: #fff; color: var(--accent-dark); border-color: #fff; }
.button--secondary:hover { background: var(--soft); }
.error-summary { border: 4px solid var(--error); padding: 1rem 1.25rem; margin: 0 0 1.5rem; max-width: 40rem; }
.error-summary h2 { margin-top: 0; font-size: 1.25rem; }
.error-summary a { color: var(--error); font-weight: 700; }
.notice { border-left: 6px solid var(--accent); background: var(--soft); padding: 0.75rem 1rem; max-width: 40rem; }
.alternatives { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--border); max-width: 40rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 700; font-size: 1.25rem; padding: 0 0 0.5rem; }
th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid var(--border); }
thead th { border-bottom: 2px solid var(--text); }
.numeric { text-align: right; font-variant-numeric: tabular-nums; }
.pagination ul { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
.board-list { list-style: none; padding: 0; }
.board-list li { margin: 0 0 0.75rem; font-size: 1.125rem; }
.field select, .field textarea {
  display: block; width: 100%; max-width: 36rem; font: inherit; padding: 0.5rem;
  border: 2px solid var(--text); border-radius: 0; background: var(--bg);
}
.field--error select, .field--error textarea { border-color: var(--error); border-width: 3px; }
.field--checkbox { display: flex; gap: 0.5rem; align-items: center; }
.field--checkbox input { width: 1.5rem; height: 1.5rem; margin: 0; }
fieldset { border: 1px solid var(--border); margin: 0 0 1.5rem; padding: 1rem; max-width: 100%; }
legend { font-weight: 700; padding: 0 0.25rem; }
.decision-filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr)); gap: 0 1.5rem; }
.decision-filters .field { margin-bottom: 1rem; }
.facts { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1.5rem; margin: 0 0 1.5rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; list-style: none; padding: 0; }
.actions .button { display: inline-block; text-decoration: none; color: #fff; }
.button--danger { background: var(--error); border-color: var(--error); }
.button--danger:hover { background: #7a1013; }
.button--plain { background: var(--bg); color: var(--accent-dark); border-color: var(--accent); }
.button--plain:hover { background: var(--soft); }
.inline-form { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0 0 1.5rem; }
.inline-form input { font: inherit; padding: 0.4rem; border: 2px solid var(--text); }
.timeline { padding-left: 1.5rem; }
.timeline h3 { font-size: 1.125rem; margin: 1rem 0 0.25rem; }
.timeline__late { color: var(--error); font-weight: 700; }
.flag-list, .details { margin: 0; padding-left: 1.1rem; }
.flag-explanations { list-style: none; padding: 0; }
.flag-explanations li { border-left: 6px solid var(--error); padding: 0 1rem; margin: 0 0 1rem; }
.flag-explanations h3 { font-size: 1.125rem; margin: 0.5rem 0; }
.field select { display: block; max-width: 100%; font: inherit; padding: 0.5rem; border: 2px solid var(--text); border-radius: 0; background: var(--bg); color: var(--text); }
.filters { display: flex; flex-wrap: wrap; gap: 0 1.5rem; align-items: flex-end; min-width: 0; border: 1px solid var(--border); padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
.filters .field { margin-bottom: 1rem; min-width: 0; max-width: 100%; }
.filters select { width: 100%; }
.filters .button { margin-bottom: 1rem; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem 2rem; list-style: none; padding: 0; }
.figure { display: block; font-size: 2rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.flag-explained dt { font-weight: 700; }
.flag-explained dd { margin: 0 0 0.5rem; }
/* a visually hidden text in a cell is absolutely positioned: keep it inside the table's scroll box */
.table-wrap { position: relative; }
.field select { display: block; max-width: 36rem; font: inherit; padding: 0.45rem; border: 2px solid var(--text); background: var(--bg); }
.field--error select { border-color: var(--error); border-width: 3px; }
fieldset.rows, fieldset.row { border: 1px solid var(--border); margin: 0 0 1.5rem; padding: 0.75rem 1rem; min-width: 0; }
.field select { width: 100%; }
main code { overflow-wrap: anywhere; }
fieldset.rows > legend, fieldset.row > legend { font-weight: 700; padding: 0 0.25rem; }
.row-fields { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
.row-fields .field { flex: 1 1 12rem; }
.actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: 1.5rem 0; }
.actions .button--secondary, main .button--secondary { border-color: var(--accent); }
.route-change { border-left: 6px solid var(--accent); background: var(--soft); padding: 0.75rem 1rem; max-width: 48rem; }
h1, h2 { overflow-wrap: break-word; }
.event-data { font-size: 0.875rem; overflow-wrap: anywhere; white-space: pre-wrap; }
`;
