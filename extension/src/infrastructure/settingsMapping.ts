// Pure: maps the `prepcode.*` configuration to the server's PrepCodeSettings. No VS Code imports:
// the caller passes a getter over the configuration section.
import type { PercentToQuality, PrepCodeSettings, SchedulerByGroup, SchedulerName } from '../sidecar/protocol';
import { checksSettings } from '../features/knowledgeCheck/checksSettings';
import type { TrackOverride } from '../sidecar/protocol.tracks';

/** Reads one key of the `prepcode` section ("notes.include"); undefined when unset. */
export type ConfigGetter = (key: string) => unknown;

function stringArray(v: unknown): string[] | undefined {
  const list = Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  return list.length > 0 ? list : undefined;
}

const nonEmpty = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

const integer = (v: unknown, min: number, max: number): number | undefined =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined;

function percentTable(v: unknown): PercentToQuality[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const rows = v
    .filter((r): r is { min: number; q: number } =>
      typeof r === 'object' && r !== null && typeof r.min === 'number' && typeof r.q === 'number')
    .map(r => ({ min: r.min, q: r.q }))
    .sort((a, b) => b.min - a.min);
  return rows.length > 0 ? rows : undefined;
}

const schedulerName = (v: unknown): SchedulerName | undefined =>
  v === 'sm2' || v === 'fsrs' || v === 'fixed' ? v : undefined;

/** `prepcode.scheduler`: "fsrs" for every group, or { "ML": "fsrs", "SWE": "sm2" }; unknown groups and names are dropped. */
export function schedulerSetting(v: unknown): SchedulerName | SchedulerByGroup | undefined {
  if (typeof v === 'string') return schedulerName(v);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const byGroup: SchedulerByGroup = {};
  for (const group of ['ML', 'SWE'] as const) {
    const name = schedulerName((v as Record<string, unknown>)[group]);
    if (name) byGroup[group] = name;
  }
  return Object.keys(byGroup).length > 0 ? byGroup : undefined;
}

/**
 * `prepcode.tracks`: { "<track id>": { startDate: "yyyy-MM-dd", accelerationDays: n, active: bool } }; `start_date` and
 * `acceleration_days` (seed 001's spellings, also read from .prepcode/config.json) count when the camelCase key is absent.
 */
export function trackOverrides(v: unknown): Record<string, TrackOverride> | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const result: Record<string, TrackOverride> = {};
  for (const [id, raw] of Object.entries(v as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    const entry: TrackOverride = {};
    const start = r.startDate ?? r.start_date;
    if (typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start)) entry.startDate = start;
    const accel = integer(r.accelerationDays ?? r.acceleration_days, 0, 3650);
    if (accel !== undefined) entry.accelerationDays = accel;
    if (typeof r.active === 'boolean') entry.active = r.active;
    if (Object.keys(entry).length > 0) result[id] = entry;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Only keys the user gave a usable value appear; the server applies its defaults to the rest. */
export function toServerSettings(get: ConfigGetter): PrepCodeSettings {
  const intervals = Array.isArray(get('fixedIntervals'))
    ? (get('fixedIntervals') as unknown[]).filter((n): n is number => typeof n === 'number' && n > 0)
    : undefined;
  const settings: PrepCodeSettings = {
    include: stringArray(get('notes.include')),
    exclude: stringArray(get('notes.exclude')),
    databasePath: nonEmpty(get('databasePath')),
    scheduler: schedulerSetting(get('scheduler')),
    fixedIntervals: intervals && intervals.length > 0 ? intervals : undefined,
    percentToQuality: percentTable(get('percentToQuality')),
    dayStartHour: integer(get('dayStartHour'), 0, 23),
    timeZone: nonEmpty(get('timeZone')),
    upcomingDays: integer(get('upcomingDays'), 0, 365),
    // Hidden setting for demos and end-to-end tests: a fixed "now" (ISO-8601) instead of the clock.
    now: nonEmpty(get('debug.now')),
    tracks: trackOverrides(get('tracks')),
    ...checksSettings(get),
  };
  for (const key of Object.keys(settings) as (keyof PrepCodeSettings)[]) {
    if (settings[key] === undefined) delete settings[key];
  }
  return settings;
}

/** Setting keys whose change needs a new server process rather than didChangeConfiguration. */
export const restartKeys = ['server.path'] as const;
