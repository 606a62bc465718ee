import { storage } from 'wxt/utils/storage';

/**
 * Where a page report waits between the background, which builds it, and the report page, which
 * shows it: storage.session (memory only, gone when the browser closes), under a random id. The
 * report page reads it once and deletes it (`takePageReport`).
 */
const KEY_PREFIX = 'session:page-report-';
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isPageReportId(id: string | null): id is string {
  return id !== null && ID.test(id);
}

export async function keepPageReport(report: string): Promise<string> {
  const id = crypto.randomUUID();
  await storage.setItem(`${KEY_PREFIX}${id}`, report);
  return id;
}

/** The report kept under `id`, deleted as it is read; null when there is none (read already). */
export async function takePageReport(id: string | null): Promise<string | null> {
  if (!isPageReportId(id)) return null;
  const key = `${KEY_PREFIX}${id}` as const;
  const report = await storage.getItem<unknown>(key);
  await storage.removeItem(key);
  return typeof report === 'string' ? report : null;
}
