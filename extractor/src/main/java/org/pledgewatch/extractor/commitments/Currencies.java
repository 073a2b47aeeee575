package org.pledgewatch.extractor.commitments;

/** ISO 4217 codes of the currencies pledges are made in, as a regular-expression alternation ("EUR|USD|..."). */
final class Currencies {
    static final String CODES = "EUR|USD|GBP|JPY|CHF|NOK|SEK|DKK|ISK|CAD|AUD|NZD|CNY|RMB|HKD|SGD|TWD|KRW|INR|PKR|LKR|BDT|NPR|"
            + "IDR|MYR|THB|PHP|VND|SAR|AED|QAR|KWD|TRY|ILS|EGP|ZAR|NGN|KES|GHS|ETB|UGX|TZS|BRL|MXN|ARS|CLP|COP|PEN|PLN|"
            + "CZK|HUF|RON|UAH|RUB";

    private Currencies() {
    }
}
