/** Headers of a response whose body carries a secret shown once: no cache may keep it. */
export const SECRET_SHOWN_ONCE = { 'Cache-Control': 'no-store' } as const;
