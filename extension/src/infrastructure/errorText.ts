// Pure: turns errors from commands and JSON-RPC calls into words for the user. No VS Code imports.
import { ErrorCodes } from '../sidecar/protocol';

/** LSP's RequestCancelled and ServerCancelled. */
const cancelledCodes = new Set([-32800, -32802]);

interface CodedError { code?: unknown; message?: unknown; name?: unknown }

/** Cancellation is silent: the user asked for it. */
export function isCancellation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as CodedError;
  return (typeof e.code === 'number' && cancelledCodes.has(e.code))
    || e.name === 'Canceled' || e.name === 'CancellationError' || e.message === 'Canceled';
}

const friendly: Record<number, string> = {
  [ErrorCodes.unknownItem]: 'PrepCode no longer knows this item: its note may have changed. Refresh the Due view and try again.',
  [ErrorCodes.staleVersion]: 'The note changed while PrepCode was working on it. Nothing was overwritten; try again.',
  [ErrorCodes.outsideWorkspace]: 'That file is outside the workspace, so PrepCode leaves it alone.',
  [ErrorCodes.invalidArgument]: 'PrepCode could not use that value',
  [ErrorCodes.nothingToUndo]: 'There is no grade left to undo.',
  [ErrorCodes.notInitialized]: 'The PrepCode server is still starting. Try again in a moment.',
};

/** The message to show; the server's own text follows the friendly one where it adds detail. */
export function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const e = error as CodedError;
    const message = typeof e.message === 'string' ? e.message : '';
    if (typeof e.code === 'number' && friendly[e.code]) {
      return e.code === ErrorCodes.invalidArgument && message ? `${friendly[e.code]}: ${message}` : friendly[e.code];
    }
    if (/connection (got disposed|is closed)|client is not running|not running/i.test(message)) {
      return 'The PrepCode server is not running. Run "PrepCode: Restart Server" or see "PrepCode: Show Output".';
    }
    if (message) return `PrepCode: ${message}`;
  }
  if (typeof error === 'string' && error) return `PrepCode: ${error}`;
  return 'PrepCode: something went wrong. See "PrepCode: Show Output" for details.';
}
