package org.pledgewatch.extractor.entities;

import java.util.List;
import java.util.Set;
import org.pledgewatch.extractor.EntityType;
import org.pledgewatch.extractor.text.Folding;
import org.pledgewatch.extractor.text.Words;

/**
 * "The European Central Bank held rates ... The Governing Council said it would follow a data-dependent approach": a
 * central bank's deciding body, named alone, speaks and pledges as the bank, as annotators wrote it (the ECB in four
 * tuned articles). The scan met "the Governing Council" as an organisation of its own; once the whole article is read,
 * each such body goes to the one bank the article names. A body named as the bank's own ("the European Central Bank's
 * Governing Council") already has its owner, given by {@link PossessedBodies}, and is left alone.
 */
final class BankOrgans {
    /** The bodies of a bank that decide and speak for it. */
    private static final Set<String> ORGANS = Words.set("governing council", "executive board", "policy board",
            "monetary policy committee", "monetary policy board", "monetary policy council", "monetary council",
            "federal open market committee", "fomc", "mpc", "copom");

    private BankOrgans() {
    }

    static void giveToTheirBank(List<Mention> mentions) {
        // (most articles name no bank's body: the bank is looked for only when one is named)
        if (mentions.stream().noneMatch(m -> isOrgan(m.entity()))) {
            return;
        }
        Entity bank = onlyBank(mentions);
        if (bank == null) {
            return;
        }
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.entity() != bank && isOrgan(m.entity())) {
                mentions.set(k, m.as(bank, Mention.Kind.ORGANIZATION));
            }
        }
    }

    /** An organisation of no country and no owner named as a bank's deciding body ("the Governing Council"). */
    private static boolean isOrgan(Entity e) {
        return e.type() == EntityType.ORGANIZATION && e.organization() == null && e.country() == null
                && ORGANS.contains(Folding.fold(e.name()));
    }

    /**
     * The bank whose body it is: the one organisation of the article with "Bank" in its name, else the central bank
     * it names first ("The European Central Bank kept rates unchanged ... Bank of France Governor Francois Villeroy de
     * Galhau": the story's bank comes first, the governors of others later), or null.
     */
    private static Entity onlyBank(List<Mention> mentions) {
        Entity found = null;
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.type() == EntityType.ORGANIZATION && List.of(e.name().split(" ")).contains("Bank")) {
                if (found != null && found != e) {
                    return firstCentralBank(mentions);
                }
                found = e;
            }
        }
        return found != null ? found : firstCentralBank(mentions);
    }

    /**
     * The central bank the article names first, or the ECB wherever it is named: a governor of the Bank of Spain
     * sits on the ECB's Governing Council ("If the data surprise us on the downside, the Governing Council will act").
     */
    private static Entity firstCentralBank(List<Mention> mentions) {
        Entity first = null;
        for (Mention m : mentions) {
            Entity e = m.entity();
            if (e.type() == EntityType.ORGANIZATION && BackReferences.isCentralBank(e.name())) {
                if (e.name().equals("European Central Bank")) {
                    return e;
                }
                first = first == null ? e : first;
            }
        }
        return first;
    }
}
