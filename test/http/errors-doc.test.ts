import { readFile } from 'node:fs/promises';
import { expect } from 'chai';
import { ERROR_CODES } from '../../src/errors.js';

describe('docs/errors.md', () => {
  it('documents every registered error code with its status', async () => {
    const doc = await readFile(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const rows = new Map<string, number>();
    for (const match of doc.matchAll(/^\| `([a-z_]+)` \| (\d{3}) \|/gm)) rows.set(match[1]!, Number(match[2]));
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(rows.get(code), `docs/errors.md row for ${code}`).to.equal(status);
    }
    expect(
      [...rows.keys()].filter((code) => !Object.hasOwn(ERROR_CODES, code)),
      'codes documented but not registered',
    ).to.deep.equal([]);
  });
});
