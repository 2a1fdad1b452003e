const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; Postgres rejects anything else with an error, for callers it is just unknown. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Timestamps leave the services as ISO 8601 strings (both backends return Date objects). */
export function toIso(value: Date | string): string;
export function toIso(value: Date | string | null): string | null;
export function toIso(value: Date | string | null): string | null {
  if (value === null) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
