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
  .details {
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.9em;
  }
  .checks {
    display: grid;
    gap: 0.5rem;
    padding: 0;
    list-style: none;
  }
  .check-head {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .check-outcome {
    margin-inline-start: auto;
    font-size: 0.85em;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .share {
    position: relative;
  }
  .share-menu {
    position: absolute;
    inset-inline-end: 0;
    inset-block-start: calc(100% + 4px);
    z-index: 10;
    min-inline-size: 14rem;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  .share-menu[hidden] {
    display: none;
  }
  .share-menu [role='menuitem'] {
    display: block;
    inline-size: 100%;
    padding: 0.4em 0.6em;
    border: 0;
    border-radius: 4px;
    background: none;
    color: var(--_fg);
    text-align: start;
    text-decoration: none;
  }
  .share-menu [role='menuitem']:hover,
  .share-menu [role='menuitem']:focus {
    background: color-mix(in srgb, var(--_accent) 15%, transparent);
    outline: none;
  }
  .error-block {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    min-inline-size: 0;
    overflow-wrap: anywhere; /* the message often holds a long URL */
    color: var(--_fg);
  }
  .error-block .error-title {
    color: var(--_error);
    font-weight: 600;
  }
  .error-block code {
    color: var(--_muted);
    font-size: 0.85em;
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
