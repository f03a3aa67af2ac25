/** A small NGN journal with every posting shape the adapter must read. Line layout matters to the edit tests. */
export const FIXTURE_JOURNAL = `; bankfeed test books
2024-02-28 * Opening balance
    Assets:Bank:GTBank        ₦1,000,000.00
    Equity:Opening

2024-03-04 (INV-1001) Acme Ltd | March invoice  ; client:acme
    Assets:Bank:GTBank        ₦250,000.50
    Income:Sales

2024-03-05 Officemart supplies
    Expenses:Supplies         ₦120,000.00
    Assets:Bank:GTBank

2024-03-06 Till float
    Assets:Bank:GTBank        ₦10.00
    * Assets:Bank:GTBank        ₦-5.00
    Assets:Cash

2024-03-07 ! Cheque 000123 to Gamma Ltd
    ; a comment line inside the transaction
    Expenses:Rent             ₦30,000.00
    Assets:Bank:GTBank

2024-03-09 Petty cash top-up
    Assets:Cash               ₦2,000.00
    Assets:Bank:MoniePoint

2024-04-02 April receipt
    Assets:Bank:GTBank        ₦5,000.00
    Income:Sales
`;
