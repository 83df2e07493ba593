// Pure: the knowledge-check settings (`prepcode.checks.folder`, `prepcode.planFile`, `prepcode.remedial.threshold`)
// as PrepCodeSettings fields. No VS Code imports.
import '../../sidecar/protocol.checks';
import type { PrepCodeSettings } from '../../sidecar/protocol';

type Get = (key: string) => unknown;

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function checksSettings(get: Get): Pick<PrepCodeSettings, 'checksFolder' | 'planFile' | 'remedialThreshold'> {
  const threshold = get('remedial.threshold');
  return {
    checksFolder: text(get('checks.folder')),
    planFile: text(get('planFile')),
    remedialThreshold: typeof threshold === 'number' && threshold >= 0 && threshold <= 100 ? threshold : undefined,
  };
}
