/**
 * The counterparty of a statement line whose party cell reads "<number> - <NAME>", as M-PESA's Other Party Info does:
 * "254714***347 - GRACE AKINYI" (a masked phone number), "4040444 - TWIGA FOODS LTD" (a paybill or till shortcode),
 * "1287654321 - KCB BANK KENYA" (a bank account). The number is at least five digits, optionally masked with "*"
 * inside or at the front (kept as given), and is followed by " - " and a name with a letter in it. "Smith - Jones
 * Ltd" has no leading number and is a name; so is "123 - Short Number" (too short to be an account or shortcode).
 *
 * The account part is an account number: it goes into the line's counterpartyAccount and must never be logged.
 */
const NUMBER_THEN_NAME = /^([\d*]*\d[\d*]*)\s+-\s+(\S.*)$/;

export function splitPartyInfo(text: string): { account: string; name: string } | null {
  const m = NUMBER_THEN_NAME.exec(text.trim());
  if (!m) return null;
  const account = m[1]!;
  const name = m[2]!.trim();
  if (account.replace(/\*/g, '').length < 3 || account.length < 5 || !/\p{L}/u.test(name)) return null;
  return { account, name };
}
