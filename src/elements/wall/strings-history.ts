// The English strings of the wall's badges over time (issue 19) that only ./renewals.ts shows: they
// travel in its chunk (added to the English catalogue when it loads), as ./strings.ts does for the wall.

export const enWallHistory = {
  'wall.renewed': 'Renewed {count} times since {year}',
  'wall.renewedOnce': 'Renewed once since {year}',
  'wall.earlier': 'Earlier issues',
  'wall.issueIssued': 'Issued {date}',
  'wall.issueValidFrom': 'valid from {date}',
  'wall.issue.expired': 'expired',
  'wall.issue.revoked': 'revoked',
  'wall.issue.superseded': 'superseded',
  'wall.printRenewed': 'renewed {years}',
  'wall.printValidUntil': 'valid until {date}',
} as const;
