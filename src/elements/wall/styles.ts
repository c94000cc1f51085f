// <badge-wall> styles: header, competency summary, controls, the three layouts and the print
// sheet. Tokens come from ../shared/styles.ts (wallTokens: --badge-wall-* → --badge-* → default).

import { css } from 'lit';

export const wallStyles = css`
  :host {
    --_columns: var(--badge-wall-columns, 6);
    --_min: var(--badge-wall-min-width, 18rem);
    --_tile-height: var(--badge-wall-tile-height, 13rem);
    container-type: inline-size;
  }
  .wall {
    /* Space kept for a tile not rendered yet: the page's value, else the height of the cards
       this wall has rendered so far (set by the element), so a card arriving does not move the
       tiles below it; 13rem before the first card. */
    --_tile-height: var(--badge-wall-tile-height, var(--_measured-tile-height, 13rem));
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 1.5);
  }
  /* A grid column is 18–22rem wide whatever the screen, and a card that narrow (image, name, issuer,
     date, three lines of description, skill chips, status, share) is 26–32rem tall: guessing 13rem
     made the first cards push every tile below them down by ~300px (CLS 0.08 on a 1,000-badge wall). */
  .wall.layout-grid {
    --_tile-height: var(--badge-wall-tile-height, var(--_measured-tile-height, 30rem));
  }
  header {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
  }
  .title {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.2;
  }
  .description,
  .counts,
  .issuers,
  .progress-line {
    margin: 0;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-weight: 600;
  }
  .counts .sep {
    display: none;
  }
  .progress-line {
    display: flex;
    align-items: center;
    gap: 0.75em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  progress {
    inline-size: min(16rem, 40%);
    accent-color: var(--_accent);
  }
  /* One row of chips that scrolls sideways: the header keeps its height while badges verified
     one by one add issuers and skills (wrapping chips pushed every tile down, again and again). */
  .facet-scroll {
    display: grid;
  }
  /* Where scrollbars take room (classic scrollbars: Windows, most Linux desktops), the row grows by
     one when its chips first overflow: every tile below moved down (CLS 0.19 in a plain Chromium).
     The sizer shares the row's grid cell and always has its scrollbar, so the cell is that tall
     from the start; with overlay scrollbars it adds nothing. */
  .facet-sizer {
    grid-area: 1 / 1;
    overflow-x: scroll;
    scrollbar-width: thin;
    visibility: hidden;
  }
  /* a content height, not the sizer's own: a scroll box's set height includes its scrollbar */
  .facet-sizer::before {
    content: '';
    display: block;
    block-size: calc(1.4875em + 2px + 0.25rem);
  }
  .facet-list {
    grid-area: 1 / 1;
    min-inline-size: 0;
    display: flex;
    flex-wrap: nowrap;
    align-items: baseline;
    gap: 0.35rem;
    /* an empty list already has the height of its chips (0.875em × (1.4 + 0.3) + borders) and of
       its bottom padding (border-box sizing) */
    min-block-size: calc(1.4875em + 2px + 0.25rem);
    margin: 0;
    padding: 0 0 0.25rem;
    overflow-x: auto;
    scrollbar-width: thin;
    list-style: none;
  }
  .facet-list > li {
    flex: none;
    /* no line box: a list item's strut made a row of chips 4px taller than the empty list */
    display: flex;
  }
  .facet-label {
    margin: 0 0 0.25em;
    font-size: 0.95em;
    font-weight: 600;
  }
  .chip-button {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    padding: 0.15em 0.7em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    line-height: 1.4;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.875em;
  }
  .chip-button:hover {
    border-color: var(--_accent);
  }
  .chip-button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  .chip-button .count {
    font-variant-numeric: tabular-nums;
    opacity: 0.85;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .controls label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .controls input,
  .controls select {
    font: inherit;
    font-size: 1rem;
    padding: 0.3em 0.45em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
    max-inline-size: 14rem;
  }
  .controls .search input {
    inline-size: 14rem;
  }
  /* Options of these grow as badges are verified ("JavaScript (12)"): a fixed width, so the form
     does not re-wrap (and move the wall) while it fills. */
  .controls select:is([name='skill'], [name='issuer'], [name='year']) {
    inline-size: 11rem;
  }
  .showing,
  .renewed {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: baseline;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .group-heading {
    margin: 0;
    font-size: 1.1em;
  }
  .group-heading .count {
    color: var(--_muted);
    font-weight: 400;
  }
  .tiles {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
    /* At most --badge-wall-columns columns, each at least --badge-wall-min-width (or the full
       width on a phone): the classic "auto-fill with a maximum" formula. */
    grid-template-columns: repeat(
      auto-fill,
      minmax(max(min(100%, var(--_min)), calc((100% - (var(--_columns) - 1) * var(--_gap)) / var(--_columns))), 1fr)
    );
  }
  .layout-list .tiles {
    grid-template-columns: minmax(0, 1fr);
  }
  .layout-compact .tiles {
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_gap) / 2);
  }
  .tile {
    position: relative;
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    /* 1,000 tiles: the browser skips layout and paint of the ones far from the viewport. The
       intrinsic size keeps the scrollbar honest before a tile was ever rendered. */
    content-visibility: auto;
    contain-intrinsic-size: auto var(--_tile-height);
  }
  .layout-compact .tile {
    contain-intrinsic-size: auto 4.5rem;
  }
  .tile > badge-card,
  .tile > ::slotted(*) {
    flex: 1;
    max-inline-size: none;
  }
  .tile > badge-card {
    block-size: 100%;
  }
  /* The whole tile opens the badge ("card link" pattern): one real button stretched over the
     tile, under the card; the card lets clicks through except on its own controls and links. */
  .select {
    position: absolute;
    inset: 0;
    z-index: 0;
    inline-size: 100%;
    block-size: 100%;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  .select:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .tile.selectable > badge-card {
    position: relative;
    z-index: 1;
    pointer-events: none;
  }
  .tile.selectable > badge-card::part(status),
  .tile.selectable > badge-card::part(share),
  .tile.selectable > badge-card::part(issuer),
  .tile.selectable > badge-card::part(skills),
  .tile.selectable > badge-card::part(details),
  .tile.selectable > badge-card::part(error) {
    pointer-events: auto;
  }
  .tile.selectable:hover > badge-card {
    --badge-card-border: var(--_accent);
  }
  .placeholder {
    display: grid;
    grid-template-columns: var(--_ph-image, 64px) minmax(0, 1fr);
    gap: var(--_gap);
    align-items: start;
    min-block-size: var(--_tile-height);
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .layout-compact .placeholder {
    --_ph-image: 48px;
    min-block-size: calc(48px + 1rem + 2px);
    padding: 0.5rem 0.75rem;
    align-items: center;
  }
  .placeholder .ph-image {
    aspect-ratio: 1;
  }
  .placeholder .ph-lines {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .placeholder .ph-line {
    block-size: 0.9em;
    inline-size: 45%;
  }
  .placeholder .ph-line:first-child {
    inline-size: 70%;
  }
  .print-only {
    display: none;
  }
  .empty {
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .source-error {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    color: var(--_fg);
  }
  .source-error strong {
    color: var(--_error);
  }
  dialog {
    inline-size: min(46rem, 100vw - 2rem);
    max-block-size: calc(100vh - 2rem);
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-body {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.75rem;
  }
  .dialog-body form {
    display: flex;
    justify-content: end;
    margin: 0;
  }
  .dialog-body badge-card {
    max-inline-size: none;
  }

  /* A printed or PDF CV: one plain line per badge with issuer, date, status and the verification
     URL written out (a reader of paper cannot click). Controls and cards are not printed. */
  @media print {
    :host {
      --_bg: #fff;
      --_fg: #000;
      --_muted: #333;
      --_border: #999;
      color: #000;
    }
    .controls,
    .progress-line,
    .showing .link-button,
    .select,
    .tile > badge-card,
    .tile > slot,
    .placeholder,
    dialog {
      display: none !important;
    }
    .chip-button {
      border: 0;
      padding: 0;
      background: none !important;
      color: #000 !important;
    }
    .tiles {
      display: block;
    }
    .tile {
      content-visibility: visible;
      break-inside: avoid;
      padding: 0.3em 0;
      border-block-end: 1px solid #ccc;
    }
    .print-only {
      display: block;
    }
    .print-line {
      margin: 0;
    }
    .print-line .p-name {
      font-weight: 600;
    }
    .print-line .p-url {
      display: block;
      font-size: 0.85em;
      overflow-wrap: anywhere;
      color: #000;
    }
    .group {
      break-before: auto;
    }
  }
`;

/** <badge-wall>: --badge-wall-* → --badge-* → default, copied into --_*. */
export const wallTokens = css`
  :host {
    --_accent: var(--badge-wall-accent, var(--badge-accent, var(--_d-accent)));
    --_radius: var(--badge-wall-radius, var(--badge-radius, 12px));
    --_font: var(--badge-wall-font, var(--badge-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_bg: var(--badge-wall-bg, var(--badge-bg, var(--_d-bg)));
    --_fg: var(--badge-wall-fg, var(--badge-fg, var(--_d-fg)));
    --_muted: var(--badge-wall-muted, var(--badge-muted, var(--_d-muted)));
    --_border: var(--badge-wall-border, var(--badge-border, var(--_d-border)));
    --_valid: var(--badge-wall-valid, var(--badge-valid, var(--_d-valid)));
    --_invalid: var(--badge-wall-invalid, var(--badge-invalid, var(--_d-invalid)));
    --_indeterminate: var(--badge-wall-indeterminate, var(--badge-indeterminate, var(--_d-indeterminate)));
    --_error: var(--badge-wall-error, var(--badge-error, var(--_d-error)));
    --_image-size: var(--badge-wall-image-size, var(--badge-image-size, 96px));
    --_shadow: var(--badge-wall-shadow, var(--badge-shadow, var(--_d-shadow)));
    --_gap: var(--badge-wall-gap, var(--badge-gap, 0.75rem));
  }
`;
