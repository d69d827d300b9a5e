/**
 * Waits until `condition` holds, asking again every `everyMs`; past `deadlineMs` it fails with a
 * message naming what was awaited, so that an event that never comes fails the test instead of
 * hanging it.
 */
export async function waitFor(
  what: string,
  condition: () => boolean | Promise<boolean>,
  { deadlineMs = 10_000, everyMs = 50 }: { deadlineMs?: number; everyMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`waited ${deadlineMs} ms for ${what}, in vain`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
