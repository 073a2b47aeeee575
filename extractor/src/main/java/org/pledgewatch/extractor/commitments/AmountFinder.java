package org.pledgewatch.extractor.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.Amount;
import org.pledgewatch.extractor.text.Currencies;
import org.pledgewatch.extractor.text.SparseFind;

/**
 * Quantities named in a commitment: money with its currency (ISO 4217), troops, and percentages of
 * GDP, with the value scaled ("2.5 billion euros" is 2500000000 EUR).
 */
public final class AmountFinder {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(trillion|billion|million|thousand|bn|tn|m|k)\\b)?";
    /** The longest symbol of {@link #SYMBOL_MONEY}, "U.S. $", before the number's first digit. */
    private static final int LONGEST_SYMBOL = 6;
    private static final Pattern SYMBOL_MONEY = Pattern.compile(
            "((?:US|A|C|NZ|HK|S)\\$\\s?|U\\.S\\.\\s?\\$|\\$|€|£|¥|[A-Z]{3}\\s?)" + NUMBER + SCALE);
    /** "600 million Norwegian crowns", "2 billion Mexican pesos": the adjective says whose crowns or pesos. */
    private static final String ISSUER = "(?:(Norwegian|Swedish|Danish|Czech|Mexican|Argentine|Chilean|Colombian|Philippine|"
            + "Australian|Canadian|Hong Kong|Singapore|New Zealand|Swiss|Egyptian|Pakistani|Indian|Sri Lankan|Nepalese|"
            + "Kenyan|Ugandan|Tanzanian|Qatari|Saudi|Emirati|Taiwan|Taiwanese|Japanese|Chinese|South African|Brazilian|"
            + "Turkish|Polish|Russian|Ukrainian|Thai|Malaysian|Indonesian|South Korean|Korean|Nigerian|US|U\\.S\\.|"
            + "American|British|Hungarian|Romanian|Icelandic)\\s)?";
    private static final Pattern WORD_MONEY = Pattern.compile(
            NUMBER + SCALE + "\\s?" + ISSUER + "(euros?|dollars?|pounds?(?: sterling)?|yen|yuan|francs?|kronor|kroner|"
                    + "crowns?|rupees?|pesos?|reais|rupiah|won|rand|naira|zlotys?|zloty|lira|riyals?|dirhams?|roubles?|"
                    + "rubles?|hryvnias?|ringgit|baht|taka|shekels?|shillings?|forints?|lei|krona|kronur|(?-i:[A-Z]{3}))\\b", Pattern.CASE_INSENSITIVE);
    /** The currency of an issuer's crowns, pesos or dollars. */
    private static final Map<String, String> ISSUED = Map.ofEntries(
            Map.entry("norwegian crown", "NOK"), Map.entry("swedish crown", "SEK"), Map.entry("danish crown", "DKK"),
            Map.entry("czech crown", "CZK"), Map.entry("mexican peso", "MXN"), Map.entry("argentine peso", "ARS"),
            Map.entry("chilean peso", "CLP"), Map.entry("colombian peso", "COP"), Map.entry("philippine peso", "PHP"),
            Map.entry("australian dollar", "AUD"), Map.entry("canadian dollar", "CAD"), Map.entry("hong kong dollar", "HKD"),
            Map.entry("singapore dollar", "SGD"), Map.entry("new zealand dollar", "NZD"), Map.entry("danish kroner", "DKK"),
            Map.entry("norwegian kroner", "NOK"), Map.entry("swedish kronor", "SEK"), Map.entry("egyptian pound", "EGP"),
            Map.entry("pakistani rupee", "PKR"), Map.entry("sri lankan rupee", "LKR"), Map.entry("nepalese rupee", "NPR"),
            Map.entry("kenyan shilling", "KES"), Map.entry("ugandan shilling", "UGX"), Map.entry("tanzanian shilling", "TZS"),
            Map.entry("qatari riyal", "QAR"), Map.entry("taiwan dollar", "TWD"), Map.entry("taiwanese dollar", "TWD"),
            Map.entry("icelandic krona", "ISK"), Map.entry("icelandic kronur", "ISK"));
    private static final Pattern TROOPS = Pattern.compile(
            NUMBER + SCALE + "\\s(?:more\\s|additional\\s|extra\\s|new\\s)?(troops|soldiers|personnel|peacekeepers|service members|police officers|police|officers|marines|sailors)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_GDP = Pattern.compile(
            NUMBER + "\\s?(?:%|percent|per cent)\\s(?:of\\s)?(?:its\\s|their\\s|national\\s|the\\s)?(?:GDP|gross domestic product|economic output)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("u.s.$", "USD"), Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("nz$", "NZD"), Map.entry("hk$", "HKD"), Map.entry("s$", "SGD"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("euro", "EUR"), Map.entry("dollar", "USD"), Map.entry("pound", "GBP"), Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"), Map.entry("franc", "CHF"), Map.entry("kronor", "SEK"), Map.entry("kroner", "NOK"),
            Map.entry("rupee", "INR"), Map.entry("eur", "EUR"), Map.entry("usd", "USD"), Map.entry("gbp", "GBP"),
            Map.entry("jpy", "JPY"), Map.entry("chf", "CHF"), Map.entry("real", "BRL"), Map.entry("reai", "BRL"),
            Map.entry("rupiah", "IDR"), Map.entry("won", "KRW"), Map.entry("rand", "ZAR"), Map.entry("naira", "NGN"),
            Map.entry("zloty", "PLN"), Map.entry("lira", "TRY"), Map.entry("riyal", "SAR"), Map.entry("dirham", "AED"),
            Map.entry("rouble", "RUB"), Map.entry("ruble", "RUB"), Map.entry("hryvnia", "UAH"), Map.entry("ringgit", "MYR"),
            Map.entry("baht", "THB"), Map.entry("taka", "BDT"), Map.entry("shekel", "ILS"), Map.entry("forint", "HUF"),
            Map.entry("lei", "RON"), Map.entry("shilling", "KES"), Map.entry("rmb", "CNY"));

    public List<Amount> find(String text) {
        List<Amount> out = new ArrayList<>();
        if (!hasDigit(text)) {
            // every pattern holds a number in digits, and most sentences have none
            return out;
        }
        List<int[]> taken = new ArrayList<>();
        // Each pattern is tried only where it can start (SparseFind): at a digit, or up to six characters before one
        // ("U.S. $5"). Tried at every character, the patterns' opening alternations cost more than the matches.
        Matcher m = SparseFind.matcher(PERCENT_GDP, text);
        for (int from = 0; SparseFind.findAtDigit(m, text, from); from = m.end()) {
            add(out, taken, m, new Amount(number(m.group(1), null), "percent_gdp", m.group()));
        }
        m = SparseFind.matcher(SYMBOL_MONEY, text);
        for (int from = 0; SparseFind.find(m, text, from, p -> mayOpenSymbol(text, p)); from = m.end()) {
            String sym = m.group(1).strip().toLowerCase(Locale.ROOT);
            // ("US$", "NZ$": a dollar sign with its country's letters, no three-letter code)
            boolean code = sym.length() == 3 && Character.isLetter(sym.charAt(0)) && !sym.endsWith("$");
            if (code && !Currencies.isCode(sym)) {
                // "GDP 3", "CEO 2": three capitals that are no currency (a code is matched as any three, then
                // looked up: far cheaper than an alternation of all codes at every position)
                continue;
            }
            // an ISO code ("NOK 600 million", "CAD 45 million") is its own currency
            String currency = code ? sym.toUpperCase(Locale.ROOT)
                    : SYMBOLS.getOrDefault(sym, "USD");
            currency = currency.equals("RMB") ? "CNY" : currency;
            add(out, taken, m, new Amount(number(m.group(2), m.group(3)), currency, m.group().strip()));
        }
        m = SparseFind.matcher(WORD_MONEY, text);
        for (int from = 0; SparseFind.findAtDigit(m, text, from); from = m.end()) {
            String word = m.group(4).toLowerCase(Locale.ROOT).replace(" sterling", "");
            if (word.length() == 3 && m.group(4).equals(m.group(4).toUpperCase(Locale.ROOT)) && !Currencies.isCode(word)) {
                continue;
            }
            if (word.endsWith("s") && !word.equals("kronor")) {
                word = word.substring(0, word.length() - 1);
            }
            String issued = m.group(3) == null ? null : ISSUED.get(m.group(3).toLowerCase(Locale.ROOT) + " " + word);
            String currency = issued != null ? issued : WORDS.getOrDefault(word, word.toUpperCase(Locale.ROOT));
            add(out, taken, m, new Amount(number(m.group(1), m.group(2)), currency, m.group()));
        }
        m = SparseFind.matcher(TROOPS, text);
        for (int from = 0; SparseFind.findAtDigit(m, text, from); from = m.end()) {
            add(out, taken, m, new Amount(number(m.group(1), m.group(2)), "troops", m.group()));
        }
        out.sort((a, b) -> Integer.compare(text.indexOf(a.text()), text.indexOf(b.text())));
        return out;
    }

    /**
     * Whether {@link #SYMBOL_MONEY} can match at {@code p}: a symbol's first character (a capital of ASCII, "$", "€",
     * "£", "¥") with a digit at most {@link #LONGEST_SYMBOL} characters on. (The character first: it rules out nearly
     * every position at once.)
     */
    private static boolean mayOpenSymbol(String text, int p) {
        if (p >= text.length()) {
            return false;
        }
        char c = text.charAt(p);
        return (c >= 'A' && c <= 'Z' || c == '$' || c == '€' || c == '£' || c == '¥')
                && SparseFind.digitWithin(text, p + 1, p + 1 + LONGEST_SYMBOL);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Amount> out, List<int[]> taken, Matcher m, Amount a) {
        for (int[] t : taken) {
            if (m.start() < t[1] && m.end() > t[0]) {
                return;
            }
        }
        taken.add(new int[] {m.start(), m.end()});
        out.add(a);
    }

    private static BigDecimal number(String digits, String scale) {
        BigDecimal v = new BigDecimal(digits.replace(",", ""));
        if (scale != null) {
            v = switch (scale.toLowerCase(Locale.ROOT)) {
                case "trillion", "tn" -> v.multiply(BigDecimal.valueOf(1_000_000_000_000L));
                case "billion", "bn" -> v.multiply(BigDecimal.valueOf(1_000_000_000L));
                case "million", "m" -> v.multiply(BigDecimal.valueOf(1_000_000L));
                case "thousand", "k" -> v.multiply(BigDecimal.valueOf(1_000L));
                default -> v;
            };
        }
        // "2.5 billion" is 2500000000, not 2500000000.0 or 2.5E+9
        BigDecimal plain = v.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
