// "Fetch, then render by status", with an AbortSignal (the @lit/task shape, without the dependency):
// the host hands in an input and settings, the controller runs core verify(), aborts the previous
// run when the input changes, and only the newest run may touch the host. A slow response for an
// old `src` can therefore never overwrite a newer one.
//
// A run has two halves (core/read.ts): the credential is read and its claims previewed with the code
// of the script-tag file, while the checks' chunk downloads; then the checks run. Between the two the
// host may draw `preview` (the badge as it claims itself), in a state that is visibly unchecked.
//
// Events, in <img> order: `badge-load` (the credential was understood) then `badge-verified`
// (whatever the outcome) — or `badge-error` when it could not be loaded or understood.

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createVerifyContext, errorReport, loadVerifier, preview, read, type CredentialInput } from '../../core/read.js';
import type { Badge, VerificationReport } from '../../core/model.js';
import { onSettingsChange, toVerifyOptions, type BadgeSettings } from './config.js';
import { BadgeErrorEvent, BadgeLoadEvent, BadgeVerifiedEvent } from './events.js';
import { issuerConfirmation, loadVerdict } from './report.js';

/** Where a run is: nothing asked yet, running, finished with a report, or finished with an `error` report. */
export type VerificationState = 'idle' | 'pending' | 'complete' | 'error';

/** The custom states (`:state(...)`) an element exposes. */
export type BadgeCustomState = 'loading' | 'checking' | 'valid' | 'invalid' | 'indeterminate' | 'error' | 'issuer-confirmed' | 'issuer-unconfirmed';

const CUSTOM_STATES: BadgeCustomState[] = ['loading', 'checking', 'valid', 'invalid', 'indeterminate', 'error', 'issuer-confirmed', 'issuer-unconfirmed'];

export interface VerificationControllerOptions {
  /**
   * When given, the controller keeps `:state(loading|valid|invalid|indeterminate|error)` in sync,
   * and beside a finished report `:state(issuer-confirmed)` (a domain or a registry vouches for the
   * issuer) or `:state(issuer-unconfirmed)` (only the badge names it).
   */
  internals?: ElementInternals;
  /** Called with every finished report of the current run (before events fire). */
  onReport?: (report: VerificationReport) => void;
}

export class VerificationController implements ReactiveController {
  /** Where the current run is. */
  state: VerificationState = 'idle';
  /** The report of the current input, once finished. */
  report?: VerificationReport;
  /**
   * While `pending`: the badge as the credential claims it, once read (nothing in it is checked yet).
   * `:state(checking)` is on while it is there.
   */
  preview?: Badge;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: VerificationControllerOptions;
  #abort?: AbortController;
  #run = 0;
  #last?: { input: CredentialInput; settings: () => BadgeSettings };
  #unsubscribe?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, options: VerificationControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // configure() after the element rendered: verify again with the new page settings.
    this.#unsubscribe = onSettingsChange(() => this.retry());
    if (this.#last && this.state === 'pending' && !this.#abort) this.retry();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // A card taken out of the page stops its network work; it resumes if put back.
    if (this.state === 'pending') {
      this.#abort?.abort();
      this.#abort = undefined;
    }
  }

  /**
   * Verifies `input` with `settings` (a function, read when the run starts, so a retry sees the
   * newest settings). Aborts any run still going. Resolves with the report, or undefined when this
   * run was overtaken by a newer one.
   */
  async run(input: CredentialInput | undefined, settings: () => BadgeSettings): Promise<VerificationReport | undefined> {
    this.#abort?.abort();
    this.#abort = undefined;
    const id = ++this.#run;
    if (input === undefined || input === null) {
      this.#last = undefined;
      this.report = undefined;
      this.#setState('idle');
      return undefined;
    }
    this.#last = { input, settings };
    this.report = undefined;
    this.preview = undefined;
    this.#setState('pending');
    if (!this.#host.isConnected) return undefined; // runs when connected (hostConnected)
    const abort = new AbortController();
    this.#abort = abort;
    const stale = () => id !== this.#run || abort.signal.aborted;
    const ctx = createVerifyContext(toVerifyOptions(settings(), abort.signal));
    // The checks' chunk downloads while the credential is on the network.
    const verifier = loadVerifier();
    verifier.catch(() => undefined); // awaited below
    const words = loadVerdict(); // and the words of its verdict
    words.catch(() => undefined);
    let report: VerificationReport;
    try {
      const found = await read(input, ctx);
      const checked = verifier.then((m) => m.verifyRead(found, ctx));
      checked.catch(() => undefined); // awaited below
      const badge = await preview(found, ctx);
      if (badge && !stale() && this.state === 'pending') {
        this.preview = badge;
        this.#setState('pending');
      }
      report = await checked;
    } catch (e) {
      report = errorReport(e, ctx);
    }
    // Without its words (a chunk that failed to load) a verdict is still shown, by its label alone.
    await words.catch(() => undefined);
    if (stale()) return undefined; // a newer input won
    this.#abort = undefined;
    this.report = report;
    this.preview = undefined;
    this.#setState(report.status === 'error' ? 'error' : 'complete');
    this.#options.onReport?.(report);
    if (report.status === 'error') {
      this.#host.dispatchEvent(new BadgeErrorEvent(report.error ?? { code: 'malformed', message: 'Unknown error' }, report));
    } else {
      if (report.badge) this.#host.dispatchEvent(new BadgeLoadEvent(report.badge));
      this.#host.dispatchEvent(new BadgeVerifiedEvent(report));
    }
    return report;
  }

  /**
   * Shows a report computed elsewhere (a <badge-wall> that already verified it): no network, no
   * events (the page set a property; nothing completed asynchronously).
   */
  show(report: VerificationReport): void {
    this.cancel();
    this.#last = undefined;
    this.report = report;
    this.preview = undefined;
    this.#setState(report.status === 'error' ? 'error' : 'complete');
  }

  /** Runs the last input again (after configure(), or from a "Try again" button). */
  retry(): Promise<VerificationReport | undefined> {
    if (!this.#last) return Promise.resolve(undefined);
    return this.run(this.#last.input, this.#last.settings);
  }

  /** Stops the current run without a result (the state stays as it was). */
  cancel(): void {
    this.#run++;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  #setState(state: VerificationState): void {
    this.state = state;
    const states = this.#options.internals?.states;
    if (states) {
      // The report's status (`error` is a status too), or `loading` while pending.
      const current = state === 'pending' ? 'loading' : state === 'idle' ? undefined : this.report?.status;
      const issuer = state === 'complete' ? issuerConfirmation(this.report) : undefined;
      const checking = state === 'pending' && !!this.preview;
      for (const s of CUSTOM_STATES) {
        if (s === current || s === `issuer-${issuer}` || (checking && s === 'checking')) states.add(s);
        else states.delete(s);
      }
    }
    this.#host.requestUpdate();
  }
}
