/**
 * Measures: a number with a unit ("11 miles", "60 metres", "7.62mm", "4,000 tonnes"). Read by the
 * count reader, which finds the noun after a number: a unit there makes it a measure.
 */
import { type ClaimKindSpec } from '../../kind';

export const number: ClaimKindSpec = {
  kind: 'number',
  title: 'Quantity',
  plural: 'numbers',
  description: 'Sources give different numbers for the same quantity.',
  severity: 'warning',
  label: (what, a) => `Number (${a.unit}, ${what.replace(/^the /, '')})`,
  framed: true,
};
