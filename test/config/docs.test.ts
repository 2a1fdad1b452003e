import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { CONFIGURATION_DOC_PATH, defaultText, renderConfigurationDoc } from '../../src/config/docs.js';
import { SETTINGS, type Setting } from '../../src/config/settings.js';

describe('docs/configuration.md', () => {
  const doc = readFileSync(path.resolve(import.meta.dirname, '../..', CONFIGURATION_DOC_PATH), 'utf8');
  const rowOf = (setting: Setting) => doc.split('\n').find((line) => line.startsWith(`| \`${setting.env}\` |`));

  it('is what the settings produce (run `npm run docs:config` after changing a setting)', () => {
    expect(doc).to.equal(renderConfigurationDoc());
  });

  it('documents every setting with its environment name, flag and file key', () => {
    for (const setting of SETTINGS) {
      const row = rowOf(setting);
      expect(row, `${setting.env} has a row`).to.be.a('string');
      expect(row).to.include(`\`${setting.path}\``);
      if (setting.flag !== undefined) expect(row).to.include(`\`--${setting.flag}\``);
    }
  });

  it("shows each setting's default in the last column of its row, from the setting itself", () => {
    const cells = (setting: Setting) => (rowOf(setting) ?? '').split(' | ');
    expect(cells(SETTINGS.find((setting) => setting.path === 'port') as Setting).at(-1)).to.equal('`8080` |');
    expect(cells(SETTINGS.find((setting) => setting.path === 'ws.connectionTimeoutMs') as Setting).at(-1)).to.equal(
      '`30000` (30 s) |',
    );
    for (const setting of SETTINGS) expect(cells(setting).at(-1)).to.equal(`${defaultText(setting)} |`);

    const port = SETTINGS.find((setting): setting is Setting<'port'> => setting.path === 'port');
    if (port === undefined || port.derivedDefault !== undefined) throw new Error('port has a plain default');
    const changed = SETTINGS.map((setting) => (setting === port ? { ...port, default: 9999 } : setting));
    expect(renderConfigurationDoc(changed)).to.include('| listen port (`0` = any free port) | `9999` |');
  });

  it('states no default in the meaning column, only in the default column', () => {
    for (const setting of SETTINGS) expect(setting.describe, setting.env).not.to.match(/\bdefault\b/i);
  });
});
