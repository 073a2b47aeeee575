package org.pledgewatch.extractor.text;

/** ISO 4217 codes of the currencies pledges are made in. */
public final class Currencies {
    private static final java.util.Set<String> CODES = java.util.Set.of(("EUR|USD|GBP|JPY|CHF|NOK|SEK|DKK|ISK|CAD|AUD|NZD|CNY|RMB|HKD|SGD|TWD|KRW|INR|PKR|LKR|BDT|NPR|"
            + "IDR|MYR|THB|PHP|VND|SAR|AED|QAR|KWD|TRY|ILS|EGP|ZAR|NGN|KES|GHS|ETB|UGX|TZS|BRL|MXN|ARS|CLP|COP|PEN|PLN|"
            + "CZK|HUF|RON|UAH|RUB|"
            // the Balkans, the Caucasus and Central Asia ("BGN 210 million" names no body), the Arab world, Africa's
            // regional francs and the rest of Asia and the Americas
            + "BGN|RSD|MKD|BAM|MDL|GEL|AMD|AZN|KZT|UZS|KGS|TJS|BYN|MAD|TND|DZD|JOD|BHD|OMR|IQD|IRR|LBP|SDG|XOF|XAF|"
            + "ZMW|MWK|MZN|AOA|BWP|NAD|RWF|MUR|MMK|KHR|LAK|MNT|BND|FJD|CRC|GTQ|DOP|JMD|UYU|PYG|BOB")
            .toLowerCase(java.util.Locale.ROOT).split("\\|"));

    /** Whether the folded word is one of the codes: "nok", "cad". */
    public static boolean isCode(String folded) {
        return CODES.contains(folded);
    }

    private Currencies() {
    }
}
