import type { CurrencyCode } from '../../../domain/currency.js';
import type { TrytonRpc } from './tryton-rpc.js';

/** The books are not set up as the source says (no company, no such journal, another currency): fix the configuration. */
export class TrytonSetupError extends Error {
  readonly code = 'LEDGER_SETUP';
  constructor(message: string) {
    super(`Tryton: ${message}`);
    this.name = 'TrytonSetupError';
  }
}

/** What every call needs to know about the books: the company (its context goes on every call) and the bank journal. */
export interface TrytonBooks {
  companyId: number;
  companyName: string;
  /** The company's currency: Tryton keeps every journal item's debit and credit in it. */
  companyCurrency: string;
  context: Record<string, unknown>;
  journal: {
    id: number;
    name: string;
    /** The bank's GL account: the statement journal's account. */
    accountId: number;
    accountCode: string;
    currency: string;
    currencyId: number;
    /** How Tryton checks a statement before it validates it: balance, amount or number_of_lines. */
    validation: 'balance' | 'amount' | 'number_of_lines';
  };
}

interface Preferences {
  company?: number | null;
  companies?: number[];
}

/** Finds the company and bank journal named in the configuration, checking what the login user may see. */
export async function resolveBooks(
  rpc: TrytonRpc,
  want: { company?: string | undefined; bankJournal: string; currency: CurrencyCode },
): Promise<TrytonBooks> {
  const prefs = await rpc.call<Preferences>('model.res.user.get_preferences', [true, {}]);
  const allowed = prefs.companies ?? (prefs.company ? [prefs.company] : []);
  if (allowed.length === 0)
    throw new TrytonSetupError('the login user has no company; give it one under Administration › Users');
  let companyId = prefs.company ?? allowed[0]!;
  const base = { company: companyId, companies: allowed };
  const companies = await rpc.call<Array<{ id: number; rec_name: string; 'currency.': { code: string } }>>(
    'model.company.company.read',
    [allowed, ['rec_name', 'currency.code'], base],
  );
  if (want.company) {
    const found = companies.find((c) => c.rec_name === want.company);
    if (!found)
      throw new TrytonSetupError(
        `company "${want.company}" is not among the login user's companies (${companies.map((c) => `"${c.rec_name}"`).join(', ')})`,
      );
    companyId = found.id;
  }
  const context = { company: companyId, companies: [companyId] };
  const journals = await rpc.call<
    Array<{
      id: number;
      name: string;
      validation: string;
      'account.': { id: number; code: string | null; rec_name: string };
      currency: number;
      'currency.': { code: string };
    }>
  >('model.account.statement.journal.search_read', [
    [
      ['name', '=', want.bankJournal],
      ['company', '=', companyId],
    ],
    0,
    2,
    null,
    ['name', 'validation', 'account.code', 'account.rec_name', 'currency', 'currency.code'],
    context,
  ]);
  if (journals.length === 0)
    throw new TrytonSetupError(
      `no statement journal named "${want.bankJournal}" in company "${companies.find((c) => c.id === companyId)?.rec_name}" (or the user may not read it)`,
    );
  const j = journals[0]!;
  if (j['currency.'].code !== want.currency)
    throw new TrytonSetupError(
      `statement journal "${want.bankJournal}" is kept in ${j['currency.'].code}, but the source says ${want.currency}`,
    );
  const company = companies.find((c) => c.id === companyId);
  return {
    companyId,
    companyName: company?.rec_name ?? String(companyId),
    companyCurrency: company?.['currency.'].code ?? j['currency.'].code,
    context,
    journal: {
      id: j.id,
      name: j.name,
      accountId: j['account.'].id,
      accountCode: j['account.'].code ?? j['account.'].rec_name,
      currency: j['currency.'].code,
      currencyId: j.currency,
      validation: j.validation as TrytonBooks['journal']['validation'],
    },
  };
}
