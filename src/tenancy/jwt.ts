import { createSecretKey, type KeyObject } from 'node:crypto';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
} from 'jose';
import { publicKeyOf } from '../config/index.js';
import type { Config } from '../config/index.js';
import { AppError } from '../errors.js';

/** What a verified token says about its caller; never the token itself. */
export interface VerifiedJwt {
  /** the value of the configured organization claim (not yet checked to exist) */
  orgId: string;
  /** `sub`, for logs */
  subject?: string;
  /** `jti`, for logs */
  tokenId?: string;
  /** `exp`: a `/ws` connection opened with the token is closed then */
  expiresAt: Date;
}

/**
 * Why a token was refused, as the caller may be told: expiry and `nbf` are visible in the token
 * anyway; every other failure (signature, algorithm, `iss`, `aud`, claims) is one generic reason,
 * so a forger learns nothing about which check stopped them.
 */
export type JwtRejection = 'token expired' | 'token not yet valid' | 'token invalid';

export type JwtVerdict = { ok: true; token: VerifiedJwt } | { ok: false; reason: JwtRejection };

/** A JWS in compact form: three base64url parts (the signature may be empty, as in `alg: none`, refused). */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Bounds what is parsed at all; real tokens are well under it. */
const MAX_TOKEN_LENGTH = 8192;
/** `sub` and `jti` are logged; a longer value is cut. */
const MAX_LOGGED_CLAIM_LENGTH = 200;

/** Whether `value` has the shape of a JWT (as opposed to an API key); says nothing of its validity. */
export function looksLikeJwt(value: string): boolean {
  return value.length <= MAX_TOKEN_LENGTH && COMPACT_JWS.test(value);
}

/** The `jwt` settings, with the public key's PEM read from `publicKeyFile` when that is how it was given. */
export type JwtVerifierOptions = Omit<Config['jwt'], 'publicKeyFile'>;

/** A failure to reach the issuer's key set: the token may be fine, the server cannot tell now. */
class KeySetUnavailable extends Error {}

/**
 * Verifies tenants' JWTs against the configured keys. Each key accepts exactly one algorithm set,
 * chosen by the key, never by the token: the HS256 secret only HS256, a static public key only
 * its own (RS256 for RSA, ES256 for P-256), the JWKS only RS256 and ES256. So `alg: none` and an
 * HS256 token "signed" with a public key's bytes are refused. `exp` is required; `iss` and `aud`
 * must match; `exp` and `nbf` are checked with the configured clock skew. The JWKS is fetched on
 * first use, cached for `jwksCacheMaxAgeMs`, and fetched again (at most every `jwksCooldownMs`)
 * when a token names a `kid` it does not hold, which is how a rotated key is picked up.
 *
 * @example
 * const verifier = createJwtVerifier(config.jwt);
 * const verdict = await verifier?.verify(token); // { ok: true, token: { orgId, subject, expiresAt } }
 */
export class JwtVerifier {
  readonly #options: JwtVerifierOptions;
  readonly #secret: KeyObject | undefined;
  readonly #publicKey: { key: KeyObject; algorithm: 'RS256' | 'ES256' } | undefined;
  readonly #keySet: JWTVerifyGetKey | undefined;

  constructor(options: JwtVerifierOptions) {
    this.#options = options;
    this.#secret = options.hs256Secret === undefined ? undefined : createSecretKey(Buffer.from(options.hs256Secret));
    this.#publicKey = options.publicKey === undefined ? undefined : publicKeyOf(options.publicKey);
    if (options.jwksUrl !== undefined) {
      const remote = createRemoteJWKSet(new URL(options.jwksUrl), {
        cacheMaxAge: options.jwksCacheMaxAgeMs,
        cooldownDuration: options.jwksCooldownMs,
      });
      this.#keySet = async (header, token) => {
        try {
          return await remote(header, token);
        } catch (err) {
          // No key for this kid/alg is the token's problem; anything else (network, bad JSON) is ours.
          if (err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JWKSMultipleMatchingKeys) throw err;
          throw new KeySetUnavailable((err as Error).message, { cause: err });
        }
      };
    }
  }

  /**
   * Checks signature and claims. Resolves to the caller or the reason it was refused; throws
   * `service_unavailable` only when the JWKS cannot be fetched.
   */
  async verify(token: string): Promise<JwtVerdict> {
    if (!looksLikeJwt(token)) return { ok: false, reason: 'token invalid' };
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      return { ok: false, reason: 'token invalid' };
    }
    const { issuer, audience = [], clockSkewSeconds, orgClaim } = this.#options;
    const checks: JWTVerifyOptions = {
      ...(issuer === undefined ? {} : { issuer }),
      audience,
      clockTolerance: clockSkewSeconds,
      requiredClaims: ['exp', orgClaim],
    };
    let payload: JWTPayload;
    try {
      if (alg === 'HS256' && this.#secret !== undefined) {
        ({ payload } = await jwtVerify(token, this.#secret, { ...checks, algorithms: ['HS256'] }));
      } else if (this.#publicKey !== undefined && alg === this.#publicKey.algorithm) {
        ({ payload } = await jwtVerify(token, this.#publicKey.key, { ...checks, algorithms: [alg] }));
      } else if (this.#keySet !== undefined && (alg === 'RS256' || alg === 'ES256')) {
        ({ payload } = await jwtVerify(token, this.#keySet, { ...checks, algorithms: ['RS256', 'ES256'] }));
      } else {
        return { ok: false, reason: 'token invalid' };
      }
    } catch (err) {
      if (err instanceof KeySetUnavailable)
        throw new AppError('service_unavailable', "the token issuer's key set cannot be fetched; retry later", {
          cause: err,
        });
      if (err instanceof errors.JWTExpired) return { ok: false, reason: 'token expired' };
      if (err instanceof errors.JWTClaimValidationFailed && err.claim === 'nbf')
        return { ok: false, reason: 'token not yet valid' };
      return { ok: false, reason: 'token invalid' };
    }
    const orgId = payload[orgClaim];
    if (typeof orgId !== 'string' || typeof payload.exp !== 'number') return { ok: false, reason: 'token invalid' };
    return {
      ok: true,
      token: {
        orgId,
        ...(typeof payload.sub === 'string' ? { subject: payload.sub.slice(0, MAX_LOGGED_CLAIM_LENGTH) } : {}),
        ...(typeof payload.jti === 'string' ? { tokenId: payload.jti.slice(0, MAX_LOGGED_CLAIM_LENGTH) } : {}),
        expiresAt: new Date(payload.exp * 1000),
      },
    };
  }
}

/**
 * The verifier for the `jwt` settings, or undefined while no key (secret, public key, JWKS URL) is
 * configured: then every JWT is refused like an unknown API key.
 */
export function createJwtVerifier(options: JwtVerifierOptions): JwtVerifier | undefined {
  const configured =
    options.hs256Secret !== undefined || options.publicKey !== undefined || options.jwksUrl !== undefined;
  return configured ? new JwtVerifier(options) : undefined;
}
