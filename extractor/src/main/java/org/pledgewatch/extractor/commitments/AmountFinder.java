package org.pledgewatch.extractor.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pledgewatch.extractor.Amount;

/**
 * Quantities named in a commitment: money with its currency (ISO 4217), troops, and percentages of
 * GDP, with the value scaled ("2.5 billion euros" is 2500000000 EUR).
 */
public final class AmountFinder {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s?(trillion|billion|million|thousand|bn|tn|m|k)\\b)?";
    private static final Pattern SYMBOL_MONEY = Pattern.compile(
            "(US\\$|U\\.S\\.\\s?\\$|A\\$|C\\$|\\$|€|£|¥|EUR\\s?|USD\\s?|GBP\\s?)" + NUMBER + SCALE);
    private static final Pattern WORD_MONEY = Pattern.compile(
            NUMBER + SCALE + "\\s?(euros?|dollars?|pounds?(?: sterling)?|yen|yuan|francs?|kronor|kroner|rupees?|"
                    + "EUR|USD|GBP|JPY|CHF)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TROOPS = Pattern.compile(
            NUMBER + SCALE + "\\s(?:more\\s|additional\\s|extra\\s|new\\s)?(troops|soldiers|personnel|peacekeepers|service members)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_GDP = Pattern.compile(
            NUMBER + "\\s?(?:%|percent|per cent)\\s(?:of\\s)?(?:its\\s|their\\s|national\\s|the\\s)?(?:GDP|gross domestic product|economic output)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("u.s.$", "USD"), Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("eur", "EUR"), Map.entry("usd", "USD"), Map.entry("gbp", "GBP"));
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("euro", "EUR"), Map.entry("dollar", "USD"), Map.entry("pound", "GBP"), Map.entry("yen", "JPY"),
            Map.entry("yuan", "CNY"), Map.entry("franc", "CHF"), Map.entry("kronor", "SEK"), Map.entry("kroner", "NOK"),
            Map.entry("rupee", "INR"), Map.entry("eur", "EUR"), Map.entry("usd", "USD"), Map.entry("gbp", "GBP"),
            Map.entry("jpy", "JPY"), Map.entry("chf", "CHF"));

    public List<Amount> find(String text) {
        List<Amount> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher m = PERCENT_GDP.matcher(text);
        while (m.find()) {
            add(out, taken, m, new Amount(number(m.group(1), null), "percent_gdp", m.group()));
        }
        m = SYMBOL_MONEY.matcher(text);
        while (m.find()) {
            String sym = m.group(1).replace(" ", "").toLowerCase(Locale.ROOT);
            add(out, taken, m, new Amount(number(m.group(2), m.group(3)), SYMBOLS.getOrDefault(sym, "USD"), m.group().strip()));
        }
        m = WORD_MONEY.matcher(text);
        while (m.find()) {
            String word = m.group(3).toLowerCase(Locale.ROOT).replace(" sterling", "");
            if (word.endsWith("s") && !word.equals("kronor")) {
                word = word.substring(0, word.length() - 1);
            }
            add(out, taken, m, new Amount(number(m.group(1), m.group(2)), WORDS.getOrDefault(word, word.toUpperCase(Locale.ROOT)), m.group()));
        }
        m = TROOPS.matcher(text);
        while (m.find()) {
            add(out, taken, m, new Amount(number(m.group(1), m.group(2)), "troops", m.group()));
        }
        out.sort((a, b) -> Integer.compare(text.indexOf(a.text()), text.indexOf(b.text())));
        return out;
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
