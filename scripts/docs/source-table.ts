/**
 * Writes the metadata registry's table (utils/metadata/source-registry.ts) into the README between its
 * markers: `npm run docs:sources`. `tests/unit/metadata/source-registry.test.ts` fails while they differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatSourceTable } from '../../utils/metadata/source-registry';
import { SOURCE_TABLE_END, SOURCE_TABLE_START, replaceBetween } from './readme-section';

const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', replaceBetween(readme, SOURCE_TABLE_START, SOURCE_TABLE_END, formatSourceTable()));
console.log('README.md: metadata source table written; run `npx prettier --write README.md` to align it.');
