// The items of <badge-card>'s share menu: share links, "copy link", the native share sheet and the
// downloads. Loaded the first time a visitor opens a menu (in the CDN build a small chunk beside
// badge-elements.js), so a page of cards neither downloads this code nor makes the download Blob
// URLs before anyone asks: building every card's menu up front cost ~1.4 ms per card (two Blob
// copies of the credential), 1.4 s of main thread for a 1,000-badge wall. Issue 7.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Badge, VerificationReport } from '../../core/model.js';
import type { Translator } from './i18n.js';
import { issuerConfirmation } from './report.js';
import { cleanText } from './safe-text.js';
import { certificationOf, facebookShareUrl, fileNameOf, linkedInAddToProfileUrl, linkedInShareUrl, shareableUrl, xShareUrl } from './share.js';

/** One entry of the menu: a link (share, download) or an action (copy, native share). */
export interface ShareItem {
  id: string;
  label: string;
  href?: string;
  download?: string;
  action?: () => void;
}

/** What the menu needs from its card. */
export interface ShareHost {
  /** A Blob URL the card owns (and revokes when its badge changes). */
  blobUrl(data: BlobPart, type: string): string;
  /** Copies `url` and says so (the card's live region). */
  copy(url: string): void;
  /** Closes the menu (a link was followed). */
  close(): void;
}

/**
 * The issuer's name as far as something vouches for it: the registry's name for a registry identity,
 * the badge's name for one tied to a domain (the verdict line shows it beside the domain); undefined
 * when nothing confirms who issued it. What the menu may say on the holder's behalf.
 */
export function confirmedIssuerName(report: VerificationReport | undefined): string | undefined {
  const id = report?.identity;
  if (issuerConfirmation(report) !== 'confirmed' || !id) return undefined;
  return cleanText(id.anchor === 'registry' ? id.name : (id.claimedName ?? report?.badge?.issuer.name)) || undefined;
}

/**
 * The menu's items for `badge` (`src`: the URL the card loaded it from, if any; `report`: its
 * verification, for the issuer as far as something vouches for it). A name only the badge claims is
 * never put in the holder's post or profile.
 */
export function shareItems(t: Translator, badge: Badge, src: string, host: ShareHost, report: VerificationReport | undefined): ShareItem[] {
  const issuer = confirmedIssuerName(report);
  const url = shareableUrl(badge, src);
  const items: ShareItem[] = [{ id: 'linkedin-add', label: t.t('share.addToLinkedIn'), href: linkedInAddToProfileUrl(certificationOf(badge, url, issuer)) }];
  if (url) {
    const text = issuer ? t.t('share.text', { name: badge.name, issuer }) : t.t('share.textNoIssuer', { name: badge.name });
    items.push(
      { id: 'linkedin', label: t.t('share.linkedin'), href: linkedInShareUrl(url) },
      { id: 'x', label: t.t('share.x'), href: xShareUrl(url, text) },
      { id: 'facebook', label: t.t('share.facebook'), href: facebookShareUrl(url) },
      { id: 'copy', label: t.t('share.copy'), action: () => host.copy(url) },
    );
    if (typeof navigator.share === 'function') {
      items.push({ id: 'native', label: t.t('share.native'), action: () => void navigator.share({ title: badge.name, text, url }).catch(() => undefined) });
    }
  }
  // Downloads are real links to Blob URLs, so "save link as" works too.
  const base = fileNameOf(badge.name);
  const raw = badge.raw ?? (badge.credential && typeof badge.credential === 'object' ? JSON.stringify(badge.credential, null, 2) : undefined);
  if (raw) {
    const isJwt = /^[\w-]+\.[\w-]+\.[\w-]*$/.test(raw.trim());
    items.push({
      id: 'download-credential',
      label: t.t('share.downloadCredential'),
      href: host.blobUrl(raw, isJwt ? 'application/jwt' : 'application/json'),
      download: `${base}.${isJwt ? 'jwt' : 'json'}`,
    });
  }
  if (badge.baked) {
    // An SVG Blob URL opened in a tab would run its scripts in this page's origin: serve it as
    // opaque bytes so the browser can only save it.
    const type = badge.baked.type === 'png' ? 'image/png' : 'application/octet-stream';
    items.push({
      id: 'download-image',
      label: t.t('share.downloadImage'),
      href: host.blobUrl(badge.baked.bytes as BlobPart, type),
      download: `${base}.${badge.baked.type}`,
    });
  }
  return items;
}

/** The `<li>`s of the menu (the card renders the `<ul role="menu">` around them). */
export function renderShareItems(items: ShareItem[], host: ShareHost): TemplateResult[] {
  return items.map(
    (i) => html`<li role="none">
      ${
        i.href
          ? html`<a
            role="menuitem"
            tabindex="-1"
            data-share=${i.id}
            href=${i.href}
            download=${i.download ?? nothing}
            target=${i.download ? nothing : '_blank'}
            rel="noopener noreferrer"
            @click=${() => host.close()}
            >${i.label}</a
          >`
          : html`<button role="menuitem" tabindex="-1" data-share=${i.id} @click=${i.action}>${i.label}</button>`
      }
    </li>`,
  );
}

/** The open menu (adopted by a card with this chunk: the closed menu needs none of it). */
export const shareMenuStyles = css`
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
`;
