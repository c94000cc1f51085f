// <badge-card> styles: the card and its three layouts, the issuer line, the share menu, the error
// block. Tokens come from ../shared/styles.ts (cardTokens: --badge-card-* → --badge-* → default).

import { css } from 'lit';

export const cardStyles = css`
  :host {
    max-inline-size: 40rem;
  }
  :host([layout='compact']) {
    --_image-size: var(--badge-card-image-size, 48px);
  }
  .card {
    position: relative;
    display: grid;
    grid-template-columns: var(--_image-size) minmax(0, 1fr);
    align-items: start;
    gap: var(--_gap);
    padding: 1rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    /* The skeleton and the card share this floor: no layout shift when the badge arrives. */
    min-block-size: calc(var(--_image-size) + 2rem + 2px);
  }
  .layout-compact {
    padding: 0.5rem 0.75rem;
    align-items: center;
    min-block-size: calc(var(--_image-size) + 1rem + 2px);
  }
  .layout-card {
    min-block-size: 12rem;
  }
  .image {
    inline-size: var(--_image-size);
    block-size: var(--_image-size);
    object-fit: contain;
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden; /* a broken image's alt text stays inside the box */
  }
  .image.placeholder {
    display: grid;
    place-items: center;
    background: var(--_border);
    color: var(--_fg);
    font-size: calc(var(--_image-size) / 2.5);
    font-weight: 600;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
    min-inline-size: 0;
  }
  .name {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .layout-compact .name,
  .layout-compact .status .text {
    font-size: 1em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .layout-compact .status {
    max-inline-size: 100%;
  }
  p,
  ul,
  ol {
    margin: 0;
  }
  .issuer,
  .recipient,
  .dates,
  .type,
  .format {
    color: var(--_muted);
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .issuer {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .issuer-logo {
    inline-size: 1.25em;
    block-size: 1.25em;
    object-fit: contain;
  }
  .expired {
    color: var(--_invalid);
  }
  /* The caution tone of "Valid until … (in 40 days)": the could-not-check amber, which reads as "act soon". */
  .expiring {
    color: var(--_indeterminate);
  }
  .description {
    overflow-wrap: anywhere;
  }
  .layout-card .description {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .description > :first-child,
  .criteria > :first-child {
    margin-block-start: 0;
  }
  section .section-title {
    margin: 0.25em 0;
    font-size: 0.95em;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .status {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    padding: 0.2em 0;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
  }
  .status .icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.3em;
    block-size: 1.3em;
    border-radius: 50%;
    border: 1.5px solid currentColor;
    font-size: 0.8em;
  }
  .status .more {
    font-weight: 400;
    font-size: 0.85em;
    text-decoration: underline;
  }
  .status.loading {
    color: var(--_muted);
    font-weight: 400;
  }
  /* Checking: drawn from the credential's claims, verdict not in. Muted and dashed, never the verified look. */
  .status.checking .icon {
    border-style: dashed;
  }
  /* The verdict line beside the share button, in room for two lines (0.9em text, 1.45 line height, 0.2em
     padding) that "Checking…" holds too: the verdict replaces it in place, and the page below does not move.
     On a phone the button goes below and the line takes the whole width. A verdict of three lines still grows. */
  .footer {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: 0.5rem;
  }
  .footer .status-line {
    display: flex;
    min-block-size: 3.3em;
    font-size: 0.9em;
  }
  @media (max-width: 30rem) {
    .footer {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .share {
    position: relative;
  }
  .sk-text {
    display: inline-block;
    max-inline-size: 100%;
    inline-size: 50%;
  }
  .name .sk-text {
    inline-size: 60%;
  }
  .issuer .sk-text {
    inline-size: 40%;
  }
  .unsafe-link {
    text-decoration: underline dotted;
  }
  .claimed {
    font-style: italic;
  }
`;
