// Element classes and types, no side effects: import 'badge-elements/define' (or the CDN file)
// to register the tags, or register the classes yourself under other names.
export { BadgeCardElement } from './elements/badge-card.js';
export { BadgeVerifyElement } from './elements/badge-verify.js';
export { BadgeWallElement } from './elements/badge-wall.js';
export { configure, pageSettings, badgeSettingsContext, type BadgeSettings } from './elements/shared/config.js';
export * from './elements/shared/events.js';
export type * from './core/model.js';
export { verify, type VerifyOptions, type CredentialInput } from './core/index.js';
