package org.pledgewatch.extractor.text;

/** ISO 4217 codes of the currencies pledges are made in. */
public final class Currencies {
    private static final java.util.Set<String> CODES = java.util.Set.of(("EUR|USD|GBP|JPY|CHF|NOK|SEK|DKK|ISK|CAD|AUD|NZD|CNY|RMB|HKD|SGD|TWD|KRW|INR|PKR|LKR|BDT|NPR|"
            + "IDR|MYR|THB|PHP|VND|SAR|AED|QAR|KWD|TRY|ILS|EGP|ZAR|NGN|KES|GHS|ETB|UGX|TZS|BRL|MXN|ARS|CLP|COP|PEN|PLN|"
            + "CZK|HUF|RON|UAH|RUB").toLowerCase(java.util.Locale.ROOT).split("\\|"));

    /** Whether the folded word is one of the codes: "nok", "cad". */
    public static boolean isCode(String folded) {
        return CODES.contains(folded);
    }

    private Currencies() {
    }
}
