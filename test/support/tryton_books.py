"""Sets up Tryton books for bankfeed's tests and benchmarks, through proteus and the test helpers that ship in the
Tryton wheels (the same calls Tryton's own scenarios make).

Run with the venv's python before the server starts (proteus talks to the SQLite file directly):
  python tryton_books.py <config file> <database> books < spec.json      company, fiscal year, chart, bank journal, user
  python tryton_books.py <config file> <database> invoices < list.json   posted customer/supplier invoices
  python tryton_books.py <config file> <database> payments < list.json   invoices paid by hand onto the bank account
Each prints one JSON document on stdout.
"""

import datetime as dt
import json
import sys
from decimal import Decimal

from proteus import Model, Wizard, config as proteus_config
from trytond.modules.account.tests.tools import create_chart, create_fiscalyear, get_accounts
from trytond.modules.account_invoice.tests.tools import create_payment_term, set_fiscalyear_invoice_sequences
from trytond.modules.company.tests.tools import create_company, get_company

BATCH = 500


def books(spec):
    """One company in `currency`, a fiscal year around `today` with monthly periods, the minimal chart, a bank
    statement journal on the chart's cash account, and a user with only the accounting and statement groups."""
    today = dt.date.fromisoformat(spec['today'])
    Party = Model.get('party.party')
    company_party = Party(name=spec.get('companyName', 'Bankfeed Test Books Ltd'))
    company_party.save()
    create_company(party=company_party, currency=spec.get('currency', 'NGN'))
    company = get_company()
    create_chart(company)
    fiscalyear = set_fiscalyear_invoice_sequences(create_fiscalyear(company, today=today))
    fiscalyear.click('create_period')
    accounts = get_accounts(company)

    payment_term = create_payment_term()
    payment_term.save()

    AccountJournal = Model.get('account.journal')
    StatementJournal = Model.get('account.statement.journal')
    account_journal, = AccountJournal.find([('code', '=', 'STA')], limit=1)
    bank_journal = StatementJournal(
        name=spec.get('journalName', 'GTBank current account'),
        journal=account_journal,
        account=accounts['cash'],
        validation=spec.get('validation', 'balance'),
    )
    if spec.get('journalCurrency'):
        # A bank account kept in another currency than the company's: rated against the company's currency (Tryton
        # converts through each currency's rate: journalRate of the company's currency to one of the journal's).
        from trytond.modules.currency.tests.tools import get_currency
        CurrencyRate = Model.get('currency.currency.rate')
        foreign = get_currency(spec['journalCurrency'])
        for currency, rate in ((company.currency, Decimal(spec.get('journalRate', '1'))), (foreign, Decimal(1))):
            for old in CurrencyRate.find([('currency', '=', currency.id)]):
                old.delete()
            CurrencyRate(date=dt.date.min, rate=rate, currency=currency).save()
        cash = accounts['cash']
        cash.second_currency = foreign
        cash.save()
        bank_journal.currency = foreign
    bank_journal.save()

    Group = Model.get('res.group')
    ModelData = Model.get('ir.model.data')
    User = Model.get('res.user')
    user = User(name='bankfeed', login=spec.get('login', 'bankfeed'))
    user.password = spec['password']
    user.companies.append(Model.get('company.company')(company.id))
    user.company = Model.get('company.company')(company.id)
    for xml_id in ('account.group_account', 'account_statement.group_statement'):
        module, fs_id = xml_id.split('.')
        user.groups.append(Group(ModelData.get_id(module, fs_id, {})))
    user.save()

    closed = None
    if spec.get('closePeriodOf'):
        Period = Model.get('account.period')
        day = dt.date.fromisoformat(spec['closePeriodOf'])
        period, = Period.find([
            ('company', '=', company.id), ('type', '=', 'standard'),
            ('start_date', '<=', day), ('end_date', '>=', day)])
        period.click('close')
        closed = {'start': period.start_date.isoformat(), 'end': period.end_date.isoformat()}

    return {
        'companyId': company.id,
        'currency': company.currency.code,
        'bankJournalId': bank_journal.id,
        'bankJournalName': bank_journal.name,
        'cashAccount': {'id': accounts['cash'].id, 'code': accounts['cash'].code},
        'expenseAccount': {'id': accounts['expense'].id, 'code': accounts['expense'].code},
        'revenueAccount': {'id': accounts['revenue'].id, 'code': accounts['revenue'].code},
        'fiscalYear': {'start': fiscalyear.start_date.isoformat(), 'end': fiscalyear.end_date.isoformat()},
        'closedPeriod': closed,
        'userId': user.id,
    }


def invoices(database, items):
    """Posted invoices: {type: out|in, party, amount (decimal string), date, reference?, description?}. A negative
    amount makes a credit note. Created through the model layer in batches (proteus would replay every client
    on_change, minutes for ten thousand); warnings such as "payment date in the past" are skipped as a clerk would."""
    from trytond.pool import Pool
    from trytond.transaction import Transaction, TransactionError

    # Plain ids first: proteus records load lazily, and their loads may not nest inside the transaction below.
    proteus_company = get_company()
    company_id, currency_id = proteus_company.id, proteus_company.currency.id
    account_ids = {k: a.id for k, a in get_accounts(proteus_company).items()}
    out = []
    context = {'company': company_id, 'companies': [company_id], '_skip_warnings': True}
    # Kept across batches: the locks the first batch asked for are taken up front by the next ones.
    extras = {}

    def in_transaction(work):
        # As trytond's dispatcher does: a transaction that needs table or record locks says so, and is run again.
        while True:
            with Transaction().start(database, 0, context=context, **extras) as transaction:
                try:
                    result = work(Pool())
                except TransactionError as error:
                    transaction.rollback()
                    error.fix(extras)
                    continue
                transaction.commit()
                return result

    def setup(pool):
        PaymentTerm = pool.get('account.invoice.payment_term')
        Journal = pool.get('account.journal')
        Party = pool.get('party.party')
        return (
            PaymentTerm.search([], limit=1)[0].id,
            {kind: Journal.search([('type', '=', t)], limit=1)[0].id for kind, t in (('out', 'revenue'), ('in', 'expense'))},
            {p.name: (p.id, p.addresses[0].id) for p in Party.search([]) if p.addresses},
        )

    payment_term, journals, parties = in_transaction(setup)
    missing = sorted({i['party'] for i in items} - set(parties))

    def create_parties(pool):
        Party = pool.get('party.party')
        created = Party.create([{'name': name, 'addresses': [('create', [{}])]} for name in missing])
        return {p.name: (p.id, p.addresses[0].id) for p in created}

    if missing:
        parties.update(in_transaction(create_parties))

    def post_batch(chunk):
        def work(pool):
            Invoice = pool.get('account.invoice')
            values = []
            for item in chunk:
                amount = Decimal(item['amount'])
                party, address = parties[item['party']]
                kind = item['type']
                values.append({
                    'type': kind,
                    'company': company_id,
                    'currency': currency_id,
                    'party': party,
                    'invoice_address': address,
                    'account': account_ids['receivable' if kind == 'out' else 'payable'],
                    'journal': journals[kind],
                    'payment_term': payment_term,
                    'invoice_date': dt.date.fromisoformat(item['date']),
                    'reference': item.get('reference'),
                    'description': item.get('description'),
                    'lines': [('create', [{
                        'type': 'line',
                        'company': company_id,
                        'currency': currency_id,
                        'invoice_type': kind,
                        'party': party,
                        'quantity': 1 if amount > 0 else -1,
                        'unit_price': abs(amount),
                        'account': account_ids['revenue' if kind == 'out' else 'expense'],
                        'description': item.get('description') or 'Services',
                    }])],
                })
            batch = Invoice.create(values)
            Invoice.post(batch)
            return [{'id': inv.id, 'number': inv.number, 'state': inv.state} for inv in batch]
        return work

    # Strict invoice sequences need ascending invoice dates.
    order = sorted(range(len(items)), key=lambda i: items[i]['date'])
    posted = [None] * len(items)
    for start in range(0, len(order), BATCH):
        chunk = order[start:start + BATCH]
        for i, result in zip(chunk, in_transaction(post_batch([items[i] for i in chunk]))):
            posted[i] = result
    out.extend(posted)
    return out


def payments(items):
    """Invoices paid as a clerk records a payment by hand (the invoice's Pay button): {reference, amount (decimal
    string), date, description?}, the invoice found by its reference. The payment method debits or credits the bank
    journal's account (the chart's cash account) through the CASH journal, so Tryton posts a move on the bank account
    that no statement wrote."""
    Invoice = Model.get('account.invoice')
    Journal = Model.get('account.journal')
    PaymentMethod = Model.get('account.invoice.payment.method')
    company = get_company()
    cash = get_accounts(company)['cash']
    methods = PaymentMethod.find([('name', '=', 'GTBank transfer')])
    if methods:
        method = methods[0]
    else:
        journal, = Journal.find([('code', '=', 'CASH')], limit=1)
        method = PaymentMethod(name='GTBank transfer', journal=journal, credit_account=cash, debit_account=cash)
        method.save()
    out = []
    for item in items:
        invoice, = Invoice.find([('reference', '=', item['reference'])], limit=1)
        pay = invoice.click('pay')
        pay.form.amount = Decimal(item['amount'])
        pay.form.payment_method = method
        pay.form.date = dt.date.fromisoformat(item['date'])
        pay.form.description = item.get('description')
        pay.execute('choice')
        invoice.reload()
        out.append({'id': invoice.id, 'number': invoice.number, 'state': invoice.state})
    return out


def main():
    config_file, database, command = sys.argv[1:4]
    proteus_config.set_trytond(database=database, config_file=config_file)
    payload = json.load(sys.stdin)
    if command == 'books':
        result = books(payload)
    elif command == 'invoices':
        result = invoices(database, payload)
    elif command == 'payments':
        result = payments(payload)
    else:
        raise SystemExit(f'unknown command {command!r} (books | invoices | payments)')
    json.dump(result, sys.stdout)


if __name__ == '__main__':
    main()
