// The public, DOM-free core: runs in browsers, workers and Node 20+.
export { verify, createVerifyContext, preview, read, type CredentialInput, type ReadCredential } from './read.js';
export { BadgeError, isBadgeError, type ErrorCode } from './errors.js';
export { createCache, type VerifyOptions, type VerifyCache, type FetchLike, type RegistryConfig } from './options.js';
export { defaultRegistries, domainOfIssuer, mixesScripts } from './identity/index.js';
export { statusFromChecks } from './model.js';
export type * from './model.js';
export { matchesRecipient } from './recipient.js';
export { groupAchievements, type AchievementGroup, type History } from './history.js';
