import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { SETTINGS } from '../../src/config/settings.js';

describe('docs/configuration.md', () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/configuration.md'), 'utf8');

  it('documents every setting with its environment name, flag and file key', () => {
    for (const setting of SETTINGS) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${setting.env}\` |`));
      expect(row, `${setting.env} has a row`).to.be.a('string');
      expect(row).to.include(`\`${setting.path}\``);
      if (setting.flag !== undefined) expect(row).to.include(`\`--${setting.flag}\``);
    }
  });
});
