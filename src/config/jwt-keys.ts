import { createPublicKey, type KeyObject } from 'node:crypto';

/** The asymmetric JWT algorithms a configured public key may verify; its type picks exactly one. */
export type PublicKeyAlgorithm = 'RS256' | 'ES256';

/** HS256 secrets shorter than this are refused in production (RFC 7518 §3.2: at least the hash size). */
export const MIN_HS256_SECRET_BYTES = 32;

/**
 * The public key in `pem` and the one algorithm it verifies: an RSA key RS256, a P-256 key ES256.
 * Pinning the algorithm to the key's type is what stops a token from choosing another one (an
 * HS256 token "signed" with the public key's bytes). Throws an Error saying what is wrong.
 *
 * @example publicKeyOf(readFileSync('issuer.pem', 'utf8')).algorithm // 'RS256'
 */
export function publicKeyOf(pem: string): { key: KeyObject; algorithm: PublicKeyAlgorithm } {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch (err) {
    throw new Error(`is not a PEM public key (${(err as Error).message})`, { cause: err });
  }
  if (key.asymmetricKeyType === 'rsa') return { key, algorithm: 'RS256' };
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return { key, algorithm: 'ES256' };
  const curve = key.asymmetricKeyDetails?.namedCurve;
  throw new Error(
    `is a ${key.asymmetricKeyType ?? 'unknown'}${curve === undefined ? '' : ` (${curve})`} key; ` +
      'only RSA (RS256) and P-256 EC (ES256) public keys are supported',
  );
}
