// Invented businesses and people, composed from place and trade words so that every name is unique in its set.

/** Customers (or suppliers): one place each, a trade picked in turn, the legal suffix as the books write it. */
export function compose(places, trades, suffixes) {
  return places.map((p, i) => {
    const books = `${p} ${trades[i % trades.length]}${suffixes[i % suffixes.length]}`;
    return { place: p, books, bank: bankName(books) };
  });
}

/** How a bank's payment message writes a payer: upper case, no dots or commas, "Limited" shortened. */
export function bankName(books) {
  return books
    .toUpperCase()
    .replace(/[.,]/g, '')
    .replace(/\bLIMITED\b/g, 'LTD')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same party always banks with the same bank: an index from the name (a small string hash). */
export function stableIndex(name, n) {
  let h = 0;
  for (const ch of name) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h % n;
}
