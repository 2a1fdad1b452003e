import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ResolvedAdminToken {
  token: string;
  /** where it came from; `generated` means it was just created and should be printed once */
  source: 'config' | 'file' | 'generated';
  file?: string;
}

/**
 * The admin token: the configured one, else the one saved in `<stateDir>/admin-token`,
 * else a new random one written there with mode 0600. Production never gets here without a
 * configured token: config validation refuses that.
 */
export async function resolveAdminToken({
  configured,
  stateDir,
}: {
  configured?: string;
  stateDir: string;
}): Promise<ResolvedAdminToken> {
  if (configured !== undefined && configured !== '') return { token: configured, source: 'config' };
  const file = join(stateDir, 'admin-token');
  try {
    const saved = (await readFile(file, 'utf8')).trim();
    if (saved !== '') return { token: saved, source: 'file', file };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const token = randomBytes(32).toString('base64url');
  await mkdir(stateDir, { recursive: true });
  // 'wx' fails if another instance wrote it meanwhile: then theirs wins.
  try {
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return resolveAdminToken({ stateDir });
    throw err;
  }
  await chmod(file, 0o600);
  return { token, source: 'generated', file };
}
