import path from 'node:path';
import { expect } from 'chai';
import { buildConfig, loadConfig } from '../../src/config/load.js';
import { SETTINGS, type Setting } from '../../src/config/settings.js';
import type { Config, ConfigPath, ConfigValue } from '../../src/config/types.js';

function valueAt(config: Config, dotted: string): unknown {
  let current: unknown = config;
  for (const part of dotted.split('.')) current = (current as Record<string, unknown> | undefined)?.[part];
  return current;
}

function leafPaths(object: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? leafPaths(value as Record<string, unknown>, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('SETTINGS', () => {
  const cwd = path.resolve('/srv/clawgate');

  it("make the defaults object: each value is its setting's default, derived default or absence", () => {
    const defaults = buildConfig(new Map(), cwd);
    expect(loadConfig({ env: {}, cwd })).to.deep.equal(defaults);
    for (const setting of SETTINGS) {
      const actual = valueAt(defaults, setting.path);
      if ('whenUnset' in setting) expect(actual, setting.path).to.equal(undefined);
      else if (setting.derivedDefault !== undefined) {
        expect(actual, setting.path).to.deep.equal(setting.derivedDefault.from(defaults));
      } else if (setting.isPath === true) {
        expect(actual, setting.path).to.equal(path.resolve(cwd, String(setting.default)));
      } else expect(actual, setting.path).to.deep.equal(setting.default);
    }
    expect(defaults.log.file).to.equal(path.join(cwd, '.clawgate', 'logs', 'clawgate.log'));
    expect(buildConfig(new Map([['env', 'production']]), cwd).http.validateResponses).to.equal(false);
  });

  it('cover every field of Config once (the config file is chosen by CLAWGATE_CONFIG instead)', () => {
    const paths = SETTINGS.map((setting) => setting.path);
    expect(new Set(paths).size).to.equal(paths.length);
    const file = path.join(cwd, 'x.pem');
    const full = buildConfig(
      new Map<ConfigPath, unknown>([
        ...SETTINGS.map((setting) => [setting.path, 'value'] as const),
        ['tls.certFile', file],
        ['tls.keyFile', file],
      ]),
      cwd,
    );
    expect([...leafPaths({ ...full }), 'configFile'].sort()).to.deep.equal([...paths, 'configFile'].sort());
  });

  it('type a path against Config, so a misspelt one does not compile', () => {
    const port: Setting<'port'> = { path: 'port', env: 'PORT', describe: 'listen port', default: 8080, parse: Number };
    expect(port.path).to.equal('port');
    const level: ConfigValue<'log.level'> = 'debug';
    expect(level).to.equal('debug');

    // @ts-expect-error 'log.levle' is not a path of Config
    const misspelt: ConfigPath = 'log.levle';
    // @ts-expect-error a section is not a setting
    const section: ConfigPath = 'log';
    // @ts-expect-error the default must have the type of the value at the path
    const wrongType: Setting<'port'> = { path: 'port', env: 'PORT', describe: '', default: '8080', parse: Number };
    // @ts-expect-error a value that is always there needs a default
    const noDefault: Setting<'host'> = { path: 'host', env: 'HOST', describe: '', parse: String };
    expect([misspelt, section, wrongType.path, noDefault.path]).to.have.length(4);
  });
});
