/**
 * Review of session 45's bank-own-fee change (efb0b5a7): the fee word first, then a colon and the service ("SASFIN FEE:
 * EFT PAYMENT", "FEE: CASH DEPOSIT"), and ADMIN/ADMINISTRATION among the service words. Each case here fails at
 * 1e04b8c5 and passed before it (222e2e7b).
 */
import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../domain/currency.js';
import { reconcile } from '../../matching/engine.js';
import { bankLine } from './build.js';

type Case = [CurrencyCode, string, number];

const taken = (currency: CurrencyCode, narration: string, amountMinor: number) =>
  reconcile([bankLine('b1', '2026-10-31', amountMinor, { narration, currency })], []).matches.map((m) => m.ruleId);

describe("review s45: ADMIN is a service word in every country, not only after the bank's short name", () => {
  // ADMIN/ADMINISTRATION went into SERVICE_WORDS, which both bankOwnFeeRule forms and bankOwnFeeRefundRule read, for
  // "SASFIN FEE: MONTHLY ADMIN". So a bare "ADMIN FEE" (a school's, an estate's, an association's, a tender's) is now
  // posted as the bank's charge in Nigeria, Ghana and Kenya, and a payee's refund of it as the bank's refund in all four.
  const debits: Case[] = [
    ['NGN', 'ADMIN FEE', -500_000],
    ['NGN', 'ADMINISTRATION FEE 2026', -500_000],
    ['NGN', 'ADMIN CHARGES', -300_000],
    ['GHS', 'ADMIN FEE', -20_000],
    ['KES', 'ADMIN FEE', -100_000],
  ];
  it.each(debits)('%s debit %s (%i) is no bank charge', (currency, narration, amountMinor) => {
    expect(taken(currency, narration, amountMinor)).toEqual([]);
  });

  const credits: Case[] = [
    ['ZAR', 'ADMIN FEE REFUND', 25_000],
    ['NGN', 'REFUND OF ADMIN FEE', 300_000],
    ['KES', 'ADMIN FEE REFUND', 100_000],
    ['GHS', 'ADMINISTRATION FEE REFUND', 20_000],
  ];
  it.each(credits)("%s credit %s (%i) is no refund of the bank's fee", (currency, narration, amountMinor) => {
    expect(taken(currency, narration, amountMinor)).toEqual([]);
  });
});

describe("review s45: the fee word first without the bank's short name reads a payment of fees or commission", () => {
  // feeFirst's short name is optional, and one service word after the colon is enough: a payer's own reference for a
  // commission or fees paid ("Commission: payment") is now the bank's charge (ng/za-bank-own-fee, autoConfirm).
  const cases: Case[] = [
    ['NGN', 'Commission: payment', -400_000],
    ['NGN', 'FEES: PAYMENT', -400_000],
    ['ZAR', 'COMMISSION: PAYMENT', -40_000],
  ];
  it.each(cases)('%s %s (%i) is no bank charge', (currency, narration, amountMinor) => {
    expect(taken(currency, narration, amountMinor)).toEqual([]);
  });
});
