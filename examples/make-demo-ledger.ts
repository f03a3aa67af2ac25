/**
 * Makes the demo books under examples/ledger from the sandbox bank the demo uses (same seed, same fixed clock):
 * customer invoices the bank credits pay (with the references customers wrote), supplier bills and payments for the
 * debits, and the imperfections real books have — a few lines never booked, a few amounts keyed wrong, a deposit in
 * transit and an unpresented payment. Bank charges and levies are left out: bankfeed's rules explain those.
 * Run: npx tsx examples/make-demo-ledger.ts (the output is committed; the demo reads it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { startSandbox } from '../sandbox/server.js';
import { DEMO_ACCOUNTS, DEMO_CLOCK_START, DEMO_SEED, demoLedgerConfig } from '../worker/demo/demo-accounts.js';

const here = dirname(fileURLToPath(import.meta.url));

function rand(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function dmy(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function major(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

interface Row {
  date: string;
  journal: string;
  code: string;
  name: string;
  description: string;
  reference: string;
  debit: number;
  credit: number;
}

// Lines only the bank knows about (its charges and levies, interest, reversals); tax remittances such as "FIRS VAT
// REMITTANCE" are real payments the books hold, so VAT counts only as "VAT ON" a fee.
const BANK_ONLY = /charge|levy|\bvat on\b|stamp duty|sms|maintenance|commission|interest|fee|reversal|emtl/i;

// How each country's banks narrate a transfer (sandbox/statement-lines.ts): the other party follows these openings,
// then an optional memo the payer typed.
const OPENINGS = [
  /^(?:GIP|MOMO) TRANSFER (?:TO|FROM) (?:\S*\*+\S*\s+)?(.+)$/i,
  /^PESALINK TRF (?:TO|FROM) (.+)$/i,
  /^Customer Transfer to \S*\*+\S*\s+(.+)$/i,
  /^Funds received from (.+?)(?:\s+\S*\*+\S*)(?:\s+(.*))?$/i,
  /^(?:FNB APP PAYMENT|INTERNET PMT|USSD TRF|TRF) (?:TO|FROM) (.+?)(?:\s+\*\d+#)?$/i,
  /^(?:ACB|MAGTAPE) CREDIT (.+)$/i,
  /^Pay Bill to \d+ - (.+?) (Acc\. \d+)$/i,
  /^(?:BILLS PAYMENT|DEBIT ORDER) (.+?) \d{6,}$/i,
  /^POS PURCHASE @ (.+)$/i,
  /^POS\/WEB PMT \S*\*+\S* (.+)$/i,
];
const MEMO = /\s+(SUPPLIES|LOGISTICS|RENT|PO \d{3,6}|SALARY [A-Z]{3} \d{4}|UPKEEP|REFUND|THANKS|CONTRIBUTION)$/i;

/** The other party a bookkeeper would write on the voucher, and the memo, from a bank narration; null if none. */
function counterpartyOf(narration: string): { party: string; memo: string } | null {
  for (const re of OPENINGS) {
    const m = re.exec(narration.trim());
    if (!m) continue;
    let party = m[1]!.trim();
    let memo = m[2]?.trim() ?? '';
    const tail = MEMO.exec(party);
    if (tail) {
      memo = tail[1]!;
      party = party.slice(0, tail.index).trim();
    }
    return party ? { party, memo } : null;
  }
  return null;
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    seed: DEMO_SEED,
    startTime: DEMO_CLOCK_START,
    accounts: DEMO_ACCOUNTS.map((a) => a.spec),
  });
  try {
    for (const [ai, a] of DEMO_ACCOUNTS.entries()) {
      const r = rand(DEMO_SEED * 100 + ai);
      const truth = sandbox.truth(a.spec.id);
      const invoices = sandbox.invoicesFor(a.spec.id);
      const paidByInvoice = new Set(invoices.flatMap((inv) => inv.payments.map((p) => p.key)));
      const rows: Row[] = [];
      let j = 1;
      const bankName = `Bank - ${a.spec.institution}`;
      for (const inv of invoices) {
        // Books record the invoice; a few are keyed with a small error (an under-payment to write off or chase).
        let amount = inv.amount;
        if (r() < 0.02) amount += Math.round(inv.amount * 0.004);
        rows.push({
          date: inv.issueDate,
          journal: `INV${j++}`,
          code: a.ledgerAccount,
          name: bankName,
          description: `Invoice ${inv.number} - ${inv.customer}`,
          reference: inv.number,
          debit: amount,
          credit: 0,
        });
      }
      for (const t of truth) {
        if (t.type !== 'debit' || BANK_ONLY.test(t.narration) || t.category === 'bank_charges') continue;
        if (paidByInvoice.has(t.key)) continue;
        if (r() < 0.05) continue; // never booked: shows up as a bank line not in the books
        const shift = Math.floor(r() * 3);
        // Payment vouchers carry the transfer's session id most of the time; the rest only name the payee.
        const nip = /^NIP\/TRF\/(\d{20,30})\/([^/]+)(?:\/(.*))?$/.exec(t.narration);
        const other = nip ? { party: nip[2]!.trim(), memo: nip[3] ?? '' } : counterpartyOf(t.narration);
        // without a recognisable payee (tax remittances, sweeps, cash) the bookkeeper writes what the payment was for
        const description = other
          ? `Payment to ${other.party}${other.memo ? ` - ${other.memo}` : ''}`
          : t.narration.replace(/\s+\d{4,}$/, '').slice(0, 40);
        const reference = nip && r() < 0.8 ? nip[1]! : '';
        rows.push({
          date: addDays(t.date, -shift),
          journal: `PAY${j++}`,
          code: a.ledgerAccount,
          name: bankName,
          description,
          reference,
          debit: 0,
          credit: t.amount,
        });
      }
      for (const t of truth) {
        if (t.type !== 'credit' || paidByInvoice.has(t.key) || BANK_ONLY.test(t.narration)) continue;
        if (r() < 0.08) continue;
        const nipIn = /^NIP\/TRF\/(\d{20,30})\/([^/]+)/.exec(t.narration);
        const payer = nipIn ? nipIn[2]!.trim() : (counterpartyOf(t.narration)?.party ?? t.narration.slice(0, 50));
        rows.push({
          date: t.date.slice(0, 10),
          journal: `RCT${j++}`,
          code: a.ledgerAccount,
          name: bankName,
          description: `Receipt from ${payer}`,
          reference: nipIn && r() < 0.8 ? nipIn[1]! : '',
          debit: t.amount,
          credit: 0,
        });
      }
      // Items in the books the bank has not seen yet.
      const last = truth.at(-1)?.date.slice(0, 10) ?? DEMO_CLOCK_START.slice(0, 10);
      rows.push({
        date: last,
        journal: `RCT${j++}`,
        code: a.ledgerAccount,
        name: bankName,
        description: 'Cheque deposit - lodged, not yet cleared',
        reference: 'CHQ-004512',
        debit: 2_500_000,
        credit: 0,
      });
      rows.push({
        date: addDays(last, -1),
        journal: `PAY${j++}`,
        code: a.ledgerAccount,
        name: bankName,
        description: 'Cheque 000871 to Ikeja Electric - unpresented',
        reference: 'CHQ-000871',
        debit: 0,
        credit: 1_875_050,
      });
      rows.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.journal < y.journal ? -1 : 1));

      const header = [
        'Date',
        'Journal ID',
        'Account Code',
        'Account Name',
        'Description',
        'Reference',
        'Debit',
        'Credit',
      ];
      const table = rows.map((x) => [
        dmy(x.date),
        x.journal,
        x.code,
        x.name,
        x.description,
        x.reference,
        x.debit ? major(x.debit) : '',
        x.credit ? major(x.credit) : '',
      ]);
      const out = join(here, a.ledgerFile);
      mkdirSync(dirname(out), { recursive: true });
      if (a.kind === 'csv') {
        const esc = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
        writeFileSync(out, [header, ...table].map((line) => line.map(esc).join(',')).join('\r\n') + '\r\n');
      } else {
        const ws = XLSX.utils.aoa_to_sheet([
          [`${a.spec.name} - General Ledger`],
          [`Account ${a.ledgerAccount} ${bankName}`],
          [],
          header,
          ...table.map((t) => t.map((c, i) => (i >= 6 && c !== '' ? Number(c) : c))),
        ]);
        const wb = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(wb, ws, 'General Ledger');
        writeFileSync(out, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
      }
      console.log(
        `${a.ledgerFile}: ${rows.length} entries (${invoices.length} invoices) for ${truth.length} bank lines`,
      );
    }
    writeFileSync(join(here, 'bankfeed.ledger.json'), `${JSON.stringify(demoLedgerConfig(), null, 2)}\n`);
  } finally {
    await sandbox.close();
  }
}

await main();
