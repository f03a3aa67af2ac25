/**
 * Tests that need a real component (PostgreSQL, hledger-web, LibreOffice) call this. On a developer machine without
 * the component they are skipped with a plain message; in CI (BANKFEED_REQUIRE_COMPONENTS=1, or the component's own
 * BANKFEED_REQUIRE_<NAME>=1) a missing component throws, so the run fails instead of skipping silently.
 */
export async function requireComponent(
  name: string,
  probe: () => Promise<boolean> | boolean,
  what: string,
): Promise<boolean> {
  if (await probe()) return true;
  const flag = `BANKFEED_REQUIRE_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
  if (process.env.BANKFEED_REQUIRE_COMPONENTS === '1' || process.env[flag] === '1') {
    throw new Error(
      `${what} is required in this run (${flag} or BANKFEED_REQUIRE_COMPONENTS is set) but is not available`,
    );
  }
  console.warn(`[bankfeed tests] ${what} not available: the ${name} suite is SKIPPED on this machine.`);
  return false;
}
