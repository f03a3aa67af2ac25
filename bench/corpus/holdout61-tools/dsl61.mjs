// The words a month is written in: a bank line, a book row, and the one decision a line carries (chosen by hand,
// before any run, from what an accountant would accept).

/** A book row: `id` is the set's own key (L01…); `ledgerOnly` says why no line of the month pays it. */
export const row = (id, date, amount, f = {}) => ({ id, date, amount, ...f });

/** A bank line; `d` is its decision. `failed: true` writes a row whose status says the money did not move. */
export const line = (id, date, amount, text, d, f = {}) => ({ id, date, amount, text, d, ...f });

/** Confirmed without a person: a reference or the counterparty's name, and the amount (or more). */
export const auto = (ledger, evidence, traits = [], f = {}) => ({ decision: 'auto', ledger, evidence, traits, ...f });

/** Left to a person: a combination found by amounts, a gap to explain, a name the books do not use. */
export const suggest = (ledger, evidence, traits = [], f = {}) => ({
  decision: 'suggest',
  ledger,
  evidence,
  traits,
  ...f,
});

/** Identical lines against identical rows: either pairing is right. */
export const twins = (anyOf, evidence, traits = []) => ({
  decision: 'auto',
  ledgerAnyOf: anyOf,
  evidence,
  traits: ['twins', ...traits],
});

export const bankOnly = (kind, traits = []) => ({ decision: 'bank-only', kind, traits });

export const reversal = (partner, traits = []) => ({ decision: 'reversal-pair', partner, traits });

/** No counterpart in the books. A decoy names the row it resembles (`resembles`) and what it shares with it. */
export const none = (why, decoy, resembles, traits = []) => ({
  decision: 'none',
  why,
  decoy,
  resembles,
  traits: ['decoy', ...traits],
});
