import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { VerificationReport } from '../core/model.js';
import { BadgeElement } from './shared/base.js';
import type { BadgeSettings } from './shared/config.js';
import type { RegistryConfig } from '../core/index.js';
import { BadgeErrorEvent, BadgeVerifiedEvent } from './shared/events.js';
import { addEnglish, type Translator } from './shared/i18n.js';
import { enVerify } from './shared/strings-verify.js';
import { renderIdentity } from './shared/identity-step.js';
import { issuerConfirmation, renderSegments, summarize } from './shared/report.js';
import { checkStyles } from './shared/report-details.js';
import { renderChecks } from './shared/report-details.js';
import { baseStyles, themeDefaults } from './shared/styles.js';
import type { BadgeCardElement } from './badge-card.js';

type Source = 'url' | 'text' | 'file';

const STATES = ['loading', 'valid', 'invalid', 'indeterminate', 'error'] as const;
const ISSUER_STATES = ['issuer-confirmed', 'issuer-unconfirmed'] as const;

// The strings only this element shows (its form, the explanation of each check) live beside it.
addEnglish(enVerify);

/** <badge-verify>: --badge-verify-* → --badge-* → default, copied into --_*. */
export const verifyTokens = css`
  :host {
    --_accent: var(--badge-verify-accent, var(--badge-accent, var(--_d-accent)));
    --_radius: var(--badge-verify-radius, var(--badge-radius, 12px));
    --_font: var(--badge-verify-font, var(--badge-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_bg: var(--badge-verify-bg, var(--badge-bg, var(--_d-bg)));
    --_fg: var(--badge-verify-fg, var(--badge-fg, var(--_d-fg)));
    --_muted: var(--badge-verify-muted, var(--badge-muted, var(--_d-muted)));
    --_border: var(--badge-verify-border, var(--badge-border, var(--_d-border)));
    --_valid: var(--badge-verify-valid, var(--badge-valid, var(--_d-valid)));
    --_invalid: var(--badge-verify-invalid, var(--badge-invalid, var(--_d-invalid)));
    --_indeterminate: var(--badge-verify-indeterminate, var(--badge-indeterminate, var(--_d-indeterminate)));
    --_error: var(--badge-verify-error, var(--badge-error, var(--_d-error)));
    --_image-size: var(--badge-verify-image-size, var(--badge-image-size, 96px));
    --_shadow: var(--badge-verify-shadow, var(--badge-shadow, var(--_d-shadow)));
    --_gap: var(--badge-verify-gap, var(--badge-gap, 0.75rem));
  }
`;

/**
 * A verifier a visitor can use: paste a link, paste JSON or a JWT, or drop / choose a baked
 * PNG/SVG badge. Shows the badge as a full <badge-card> and the whole report, step by step, each
 * step explained in plain words with what it means for trust. Nothing is uploaded: verification
 * runs in the browser.
 *
 * ```html
 * <badge-verify src="https://issuer.example/badges/42.json"></badge-verify>
 * ```
 *
 * The step-by-step report starts with "Who issued it", right after the verdict. Custom states:
 * `:state(loading|valid|invalid|indeterminate|error)`, and with a result `:state(issuer-confirmed)`
 * or `:state(issuer-unconfirmed)`, as on <badge-card>.
 *
 * Renders a <badge-card> inside its shadow root: register both tags (import 'badge-elements/define'
 * does); the class module itself has no side effects.
 *
 * @tagname badge-verify
 *
 * @csspart form - The input form.
 * @csspart url - The URL field.
 * @csspart text - The JSON/JWT textarea.
 * @csspart drop - The drop zone (wraps the real file input).
 * @csspart file - The file input.
 * @csspart submit - The "Check" button.
 * @csspart clear - The "Clear" button.
 * @csspart result - The result area (card + steps).
 * @csspart summary - The one-line result, announced politely.
 * @csspart card - The <badge-card> showing the badge (its own parts are forwarded as `card__<part>`).
 * @csspart steps - The step-by-step report.
 *
 * @cssprop [--badge-verify-accent=var(--badge-accent)] - Accent colour (buttons, focus, drop zone).
 * @cssprop [--badge-verify-radius=var(--badge-radius, 12px)] - Corner radius.
 * @cssprop [--badge-verify-font=var(--badge-font, system-ui)] - Font family.
 * @cssprop [--badge-verify-bg=var(--badge-bg)] - Background.
 * @cssprop [--badge-verify-fg=var(--badge-fg)] - Text colour.
 * @cssprop [--badge-verify-muted=var(--badge-muted)] - Secondary text colour.
 * @cssprop [--badge-verify-border=var(--badge-border)] - Borders of fields and the drop zone.
 * @cssprop [--badge-verify-valid=var(--badge-valid)] - Colour of passed steps.
 * @cssprop [--badge-verify-invalid=var(--badge-invalid)] - Colour of failed steps.
 * @cssprop [--badge-verify-indeterminate=var(--badge-indeterminate)] - Colour of unknown steps.
 * @cssprop [--badge-verify-error=var(--badge-error)] - Colour of errors.
 *
 * @fires badge-load - (from the inner card) the credential was understood.
 * @fires badge-verified - (from the inner card) verification finished; `event.report`.
 * @fires badge-error - (from the inner card) it could not be loaded or understood.
 */
export class BadgeVerifyElement extends BadgeElement {
  static override styles = [
    themeDefaults,
    verifyTokens,
    baseStyles,
    checkStyles,
    css`
      .verifier {
        display: grid;
        gap: 1rem;
        color: var(--_fg);
      }
      /* One column as wide as the element, however narrow: a grid track's default minimum is its
         content's, and the form controls' intrinsic widths pushed a 335 px verifier to 359 px. */
      .verifier,
      form,
      .field,
      .drop,
      .result {
        grid-template-columns: minmax(0, 1fr);
      }
      .drop input[type='file'] {
        max-inline-size: 100%;
      }
      h2 {
        margin: 0;
        font-size: 1.3em;
      }
      form {
        display: grid;
        gap: 0.75rem;
        padding: 1rem;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .field {
        display: grid;
        gap: 0.25rem;
      }
      label {
        font-weight: 600;
      }
      input[type='url'],
      textarea {
        font: inherit;
        padding: 0.45em 0.6em;
        color: var(--_fg);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: calc(var(--_radius) / 2);
        inline-size: 100%;
      }
      textarea {
        min-block-size: 6em;
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: 0.85em;
      }
      .drop {
        display: grid;
        gap: 0.4rem;
        padding: 1rem;
        border: 2px dashed var(--_border);
        border-radius: calc(var(--_radius) / 2);
        text-align: center;
      }
      .drop input[type='file'] {
        justify-self: center;
      }
      .drop.dragging {
        border-color: var(--_accent);
        background: color-mix(in srgb, var(--_accent) 10%, transparent);
      }
      .actions {
        display: flex;
        gap: 0.5rem;
      }
      .result {
        display: grid;
        gap: 1rem;
      }
      .summary {
        margin: 0;
        font-weight: 600;
      }
      .steps {
        padding: 1rem;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      .checks {
        display: grid;
        gap: 0.75rem;
        margin: 0;
        padding: 0;
        list-style: none;
        counter-reset: step;
      }
      .check {
        padding-block-end: 0.75rem;
        border-block-end: 1px solid var(--_border);
      }
      .check:last-child {
        border: 0;
      }
      .check-head {
        display: flex;
        gap: 0.5em;
        align-items: baseline;
      }
      .check-title {
        margin: 0;
        font-size: 1em;
      }
      .check-outcome {
        margin-inline-start: auto;
        font-weight: 600;
      }
      .check p {
        margin: 0.25em 0 0;
      }
      badge-card {
        max-inline-size: none;
      }
    `,
  ];

  #source: Source = 'url';
  #file?: File;

  @state() private _input?: { src?: string; credential?: unknown };
  @state() private _report?: VerificationReport;
  @state() private _message = '';
  @state() private _dragging = false;
  @state() private _fileName = '';

  @query('#url') private _url!: HTMLInputElement;
  @query('#text') private _text!: HTMLTextAreaElement;
  @query('#file') private _fileInput!: HTMLInputElement;

  /** A credential URL to pre-fill and check at once. */
  @property({ reflect: true }) src = '';

  /** CORS proxy (URL prefix; the property also takes a function), passed to the inner card. */
  @property() proxy?: string | ((url: string) => string | undefined);

  /** Issuer registries for the "who issued it" step, passed to the inner card (see <badge-card>'s `registries`). A property only. */
  @property({ attribute: false }) registries?: RegistryConfig[];

  /** The report of the last check (undefined before the first one finishes). */
  get report(): VerificationReport | undefined {
    return this._report;
  }

  /** The inner <badge-card>, once a check started. */
  get card(): BadgeCardElement | null {
    return this.renderRoot?.querySelector('badge-card') ?? null;
  }

  /**
   * Checks what the visitor gave: the last field they used (URL, text or file), else whichever is
   * filled. `input` overrides the form (a URL string, JSON/JWT text, an object, bytes or a File).
   */
  async check(input?: string | File | Uint8Array | object): Promise<void> {
    if (input instanceof File) return this.#useFile(input);
    if (input !== undefined) {
      this.#start(typeof input === 'string' && /^https?:\/\//i.test(input.trim()) ? { src: input.trim() } : { credential: input });
      return;
    }
    const url = this._url?.value.trim() ?? '';
    const text = this._text?.value.trim() ?? '';
    const order: Source[] = [this.#source, 'file', 'text', 'url'];
    for (const s of order) {
      if (s === 'file' && this.#file) return this.#useFile(this.#file);
      if (s === 'text' && text) return this.#start({ credential: text });
      if (s === 'url' && url) return this.#start({ src: url });
    }
    this._message = this.translator().t('verify.empty');
  }

  /** Empties the form and the result. */
  clear(): void {
    this._input = undefined;
    this._report = undefined;
    this._message = '';
    this._fileName = '';
    this.#file = undefined;
    if (this._url) this._url.value = '';
    if (this._text) this._text.value = '';
    if (this._fileInput) this._fileInput.value = '';
    this.#setState(undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) {
      this._url.value = this.src;
      this.#source = 'url';
      void this.check();
    }
  }

  protected override ownSettings(): Partial<BadgeSettings> {
    return { proxy: this.proxy, registries: this.registries };
  }

  #start(input: { src?: string; credential?: unknown }): void {
    this._message = '';
    this._report = undefined;
    this._input = input;
    this.#setState('loading');
  }

  async #useFile(file: File): Promise<void> {
    this.#file = file;
    this.#source = 'file';
    this._fileName = file.name;
    const textual = /\.(json|jsonld|jwt|txt)$/i.test(file.name) || /json|text|jwt/.test(file.type);
    // Baked images are bytes (PNG chunks, SVG with an embedded assertion); JSON/JWT files are text.
    const credential = textual ? await file.text() : new Uint8Array(await file.arrayBuffer());
    this.#start({ credential });
  }

  #setState(s: (typeof STATES)[number] | undefined, report?: VerificationReport): void {
    const issuer = `issuer-${issuerConfirmation(report)}`;
    for (const x of [...STATES, ...ISSUER_STATES]) {
      this.setState(x, x === s || x === issuer);
    }
  }

  #onSubmit = (e: Event): void => {
    e.preventDefault();
    void this.check();
  };

  #onFileChange = (e: Event): void => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) void this.#useFile(file);
  };

  #onDragOver = (e: DragEvent): void => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    this._dragging = true;
  };

  #onDrop = (e: DragEvent): void => {
    e.preventDefault();
    this._dragging = false;
    const file = e.dataTransfer?.files?.[0];
    if (file) {
      void this.#useFile(file);
      return;
    }
    // A dragged link or text (from another tab) works too.
    const text = e.dataTransfer?.getData('text/uri-list') || e.dataTransfer?.getData('text/plain');
    if (text) void this.check(text.trim());
  };

  #onCardResult = (e: BadgeVerifiedEvent | BadgeErrorEvent): void => {
    if (e.target !== this.card) return;
    const report = e instanceof BadgeVerifiedEvent ? e.report : e.report;
    if (!report) return;
    this._report = report;
    this.#setState(report.status, report);
  };

  #renderResult(t: Translator): TemplateResult | typeof nothing {
    if (!this._input) return nothing;
    const report = this._report;
    return html`<section part="result" class="result" aria-labelledby="result-heading">
      <h3 id="result-heading" class="visually-hidden">${t.t('verify.result')}</h3>
      <badge-card
        part="card"
        exportparts="card:card__card, image:card__image, name:card__name, issuer:card__issuer, identity:card__identity, issuer-domain:card__issuer-domain, claimed:card__claimed, dates:card__dates, status:card__status, details:card__details, error:card__error"
        layout="full"
        no-share
        theme=${this.theme}
        lang=${t.lang}
        .src=${this._input.src ?? ''}
        .credential=${this._input.credential}
        .proxy=${this.proxy}
        .registries=${this.registries}
        @badge-verified=${this.#onCardResult}
        @badge-error=${this.#onCardResult}
      ></badge-card>
      ${
        report && report.checks.length
          ? html`<section part="steps" class="steps" aria-labelledby="steps-heading">
            <h3 id="steps-heading">${t.t('verify.steps')}</h3>
            ${renderChecks(t, report, { explain: true, headingLevel: 4, identityFirst: true, identity: renderIdentity })}
          </section>`
          : nothing
      }
    </section>`;
  }

  protected override render(): TemplateResult {
    const t = this.translator();
    const summary = this._report ? summarize(t, this._report) : undefined;
    return html`<div class="verifier" lang=${t.lang} dir=${t.dir}>
      <form part="form" @submit=${this.#onSubmit} aria-labelledby="title">
        <h2 id="title">${t.t('verify.title')}</h2>
        <p class="muted">${t.t('verify.intro')}</p>
        <div class="field">
          <label for="url">${t.t('verify.url')}</label>
          <input part="url" id="url" type="url" inputmode="url" autocomplete="off" spellcheck="false" placeholder="https://" @input=${() => (this.#source = 'url')} />
        </div>
        <div class="field">
          <label for="text">${t.t('verify.text')}</label>
          <textarea part="text" id="text" spellcheck="false" autocomplete="off" @input=${() => (this.#source = 'text')}></textarea>
        </div>
        <div
          part="drop"
          class="drop ${this._dragging ? 'dragging' : ''}"
          @dragover=${this.#onDragOver}
          @dragleave=${() => (this._dragging = false)}
          @drop=${this.#onDrop}
        >
          <label for="file">${t.t('verify.file')}</label>
          <span class="muted" id="drop-hint">${t.t('verify.drop')}</span>
          <input
            part="file"
            id="file"
            type="file"
            aria-describedby="drop-hint"
            accept=".png,.svg,.json,.jsonld,.jwt,.txt,image/png,image/svg+xml,application/json,application/ld+json"
            @change=${this.#onFileChange}
          />
          ${this._fileName ? html`<span>${t.t('verify.chosen', { name: this._fileName })}</span>` : nothing}
        </div>
        <div class="actions">
          <button part="submit" class="button primary" type="submit">${t.t('verify.submit')}</button>
          <button part="clear" class="button" type="button" @click=${() => this.clear()}>${t.t('verify.clear')}</button>
        </div>
      </form>
      <p part="summary" class="summary ${summary?.kind ?? ''}${summary?.unconfirmed ? ' unconfirmed' : ''}" role="status" aria-live="polite">
        ${this._message || (summary ? html`<span aria-hidden="true">${summary.icon}</span> ${renderSegments(summary.segments)}` : this._input ? t.t('status.loading') : '')}
      </p>
      ${this.#renderResult(t)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'badge-verify': BadgeVerifyElement;
  }
}
