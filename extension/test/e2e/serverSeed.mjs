// Seeds a review log through one real sidecar process: "now" moves through the settings (didChangeConfiguration)
// before each day's grades, so a long history takes one process start instead of one per grade (scripts/e2e/seed.mjs).
import { withSidecar } from './sidecar.mjs';

/**
 * @param dll the built PrepCode.Server.dll
 * @param workspace folder of notes
 * @param settings PrepCode settings kept for every day (databasePath, timeZone …)
 * @param days [{ now: ISO time, grades: [[itemId, quality], …] }], each day a different date
 */
export async function seedThroughServer(dll, workspace, settings, days) {
  await withSidecar(dll, workspace, { initializationOptions: { ...settings, now: days[0].now } }, async conn => {
    for (const day of days) {
      await conn.sendNotification('workspace/didChangeConfiguration', { settings: { prepcode: { ...settings, now: day.now } } });
      // the new "now" is in force once the due query reports its study day
      for (const deadline = Date.now() + 30_000; (await conn.sendRequest('prepcode/dueItems', { upcomingDays: 0, newLimit: 0 })).today !== day.now.slice(0, 10);) {
        if (Date.now() > deadline) throw new Error(`the server did not move to ${day.now}`);
        await new Promise(r => setTimeout(r, 10));
      }
      for (const [id, quality] of day.grades) await conn.sendRequest('prepcode/grade', { id, quality });
    }
  });
}
