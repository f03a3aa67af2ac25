// The one decision each bank line carries, written beside the line in the set files.
//   auto(books, evidence, traits, opts)    — the right rows; the engine should confirm them
//   suggest(books, evidence, traits, opts) — the right rows; a person should confirm them (mustNotAuto: a guess)
//   none(traits, why, decoy?)              — a real transaction the books do not hold (decoy: what it resembles)
//   bankOnly(kind, traits)                 — a charge, levy, tax or interest no book row holds
//   reversal(partner, traits)              — a failed payment and its return; neither has a book row
// opts: { group, anyOf: [[ids], [ids]] (twins), difference: 'major' (bank − books, an explained gap), mustNotAuto }

export const auto = (books, evidence, traits = [], opts = {}) => ({
  decision: 'auto',
  books,
  evidence,
  traits,
  ...opts,
});
export const suggest = (books, evidence, traits = [], opts = {}) => ({
  decision: 'suggest',
  books,
  evidence,
  traits,
  mustNotAuto: false,
  ...opts,
});
export const none = (traits, why, decoy = null) => ({ decision: 'none', traits, why, decoy });
export const bankOnly = (kind, traits = []) => ({ decision: 'bank-only', kind, traits });
export const reversal = (partner, traits = []) => ({ decision: 'reversal-pair', partner, traits });

/** Traits that explain why a match's amounts differ from its book rows (or why the rows are a guess). */
export const GAP_TRAITS = ['part-payment', 'short-net-of-fee', 'short-withholding-vat-2pct', 'over-payment'];
