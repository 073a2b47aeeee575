package org.pledgewatch.extractor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgewatch.extractor.eval.Corpus;
import org.pledgewatch.extractor.eval.EvaluateCorpus;
import org.pledgewatch.extractor.eval.Evaluation;
import org.pledgewatch.extractor.eval.GoldArticle;

/**
 * Fails the build when the extractor's scores on the development corpus, or on the pooled batches
 * that were written as held-out text (kept apart so that their scores stay visible), fall below the
 * committed thresholds. Each pool keeps the thresholds it was given when it was added; they are the
 * scores reached then, rounded down. Raise them as the extractor improves; never lower them.
 * docs/extraction.md tells the history of each pool.
 *
 * <p>Since round 27 one decision of the extractor is a trained model ({@code SpeakersPledgeModel}), which learns from
 * every pool but the untouched ones. On those it learnt from, its scores are partly its fit to them; so from round 27
 * on, a tuned pool's thresholds are raised only to what the rules reach alone ({@code SpeakersPledgeJudge.NONE}),
 * and a model retrained on more text is held to that, not to its predecessor's fit. An untouched pool's thresholds
 * are the whole extractor's scores, as before.
 */
class DevCorpusQualityTest {

    /** A set of batches scored together, with the scores it must keep. */
    record Pool(String name, List<String> batches, int minArticles, double statementsF1, double commitmentsF1,
                double modalityAccuracy, double conditionRecall) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Pool> POOLS = List.of(
            new Pool("dev corpus", List.of("/corpus"), 135, 0.999, 0.992, 1.0, 1.0),
            // round 1 (2026-11-29): first scored unseen, then tuned on
            new Pool("held-out round 1", List.of("/heldout-2", "/heldout-3", "/heldout-4"), 72,
                    0.963, 0.941, 0.985, 0.931),
            // rounds 1 and 2
            new Pool("held-out rounds 1-2", List.of("/heldout-2", "/heldout-3", "/heldout-4", "/heldout-5",
                    "/heldout-6"), 102, 0.96, 0.933, 0.983, 0.946),
            // round 3 (session 3 of 2026-11-29): nine batches, each scored unseen before it was tuned on
            new Pool("held-out round 3", List.of("/heldout-7", "/heldout-8", "/heldout-9", "/heldout-10", "/heldout-11",
                    "/heldout-12", "/heldout-13", "/heldout-14", "/heldout-15"), 132, 0.921, 0.887, 0.975, 0.936),
            // round 3's pair heldout-16/17: scored unseen (0.773 / 0.704), then tuned on a little
            new Pool("held-out round 3, heldout-16..17", List.of("/heldout-16", "/heldout-17"), 30,
                    0.923, 0.858, 0.975, 0.951),
            // round 3's last pair: untouched until rules-1.3.0 (unseen 0.813 / 0.683); in round 4 one of its misses
            // was read (a state's "the Treasury"); not tuned on in round 5
            new Pool("held-out round 3, heldout-18..19", List.of("/heldout-18", "/heldout-19"), 30,
                    0.908, 0.799, 0.958, 0.921),
            // round 4 (session 4 of 2026-11-29): two pairs, each scored unseen (20+21: 0.757 / 0.672 with
            // rules-1.3.0; 24+25: 0.841 / 0.604 midway), then tuned on
            new Pool("held-out round 4", List.of("/heldout-20", "/heldout-21", "/heldout-24", "/heldout-25"), 60,
                    0.953, 0.823, 0.951, 0.93),
            // round 4's untouched pair (unseen with rules-1.4.0: 0.786 / 0.601); round 5 read none of its misses, so
            // these were rules-1.5.0's scores on text it was still not tuned on. Round 9 read one item, to keep its
            // modality and condition thresholds: "but only at a price that ..." (a condition). From round 14 on, each
            // round tuned on every earlier batch, this pair included (and round 27's model learnt from it)
            new Pool("held-out round 4, untouched until round 14", List.of("/heldout-22", "/heldout-23"), 30,
                    0.888, 0.748, 0.968, 1.0),
            // round 5 (session 5 of 2026-11-29): eight batches, each scored unseen before it was tuned on
            // (26..29 together: 0.825 / 0.794; 32: 0.839 / 0.691; 33: 0.839 / 0.747; 34: 0.778 / 0.607;
            // 35: 0.765 / 0.559)
            new Pool("held-out round 5", List.of("/heldout-26", "/heldout-27", "/heldout-28", "/heldout-29",
                    "/heldout-32", "/heldout-33", "/heldout-34", "/heldout-35"), 120, 0.918, 0.848, 0.965, 0.937),
            // round 5's untouched batches: unseen with rules-1.5.0 0.847 / 0.725 (rules-1.4.0: 0.840 / 0.731); tuned on
            // in round 6
            new Pool("held-out round 5, untouched until round 6", List.of("/heldout-30", "/heldout-31", "/heldout-36",
                    "/heldout-37"), 60, 0.924, 0.819, 0.973, 0.975),
            // round 6's untouched batches: unseen with rules-1.6.0 0.800 / 0.746 (rules-1.5.0: 0.796 / 0.739); tuned on
            // in round 7
            new Pool("held-out round 6, untouched until round 7", List.of("/heldout-38", "/heldout-39", "/heldout-40",
                    "/heldout-41"), 60, 0.916, 0.875, 0.959, 0.915),
            // round 7's untouched batches: unseen with rules-1.7.0 0.833 / 0.625 (rules-1.6.0: 0.823 / 0.619); tuned on
            // in round 8
            new Pool("held-out round 7, untouched until round 8", List.of("/heldout-42", "/heldout-43", "/heldout-44",
                    "/heldout-45"), 60, 0.909, 0.791, 0.978, 0.92),
            // round 8's untouched batches: unseen with rules-1.8.6 0.832 / 0.694 (rules-1.8.0: 0.832 / 0.692; rules-1.7.0:
            // 0.831 / 0.672); tuned on in round 9
            new Pool("held-out round 8, untouched until round 9", List.of("/heldout-46", "/heldout-47", "/heldout-48",
                    "/heldout-49"), 60, 0.917, 0.864, 0.977, 0.982),
            // round 9's untouched batches: unseen with rules-1.9.0 0.803 / 0.671 (rules-1.8.6: 0.803 / 0.665); tuned on
            // in round 10
            new Pool("held-out round 9, untouched until round 10", List.of("/heldout-50", "/heldout-51", "/heldout-52",
                    "/heldout-53"), 60, 0.918, 0.833, 0.974, 0.924),
            // round 10's untouched batches, written at the end of round 9 and read in aggregate only in round 10 (unseen
            // with rules-1.9.0 0.821 / 0.690, with rules-1.10.0 0.835 / 0.694); tuned on in round 11
            new Pool("held-out round 10, untouched until round 11", List.of("/heldout-54", "/heldout-55", "/heldout-56",
                    "/heldout-57"), 60, 0.907, 0.768, 0.964, 0.844),
            // round 11's untouched batches, written at the start of round 10 before the extractor ran on them and scored
            // in aggregate twice, with rules-1.10.0 before and after its last two changes (rules-1.9.0: 0.835 / 0.733);
            // round 11 measured on them in aggregate (rules-1.11.0: 0.840 / 0.745, the same tp, fp and fn for commitments;
            // one rule that cost them a commitment was dropped, see docs/extraction.md); tuned on in round 12
            new Pool("held-out round 11, untouched until round 12", List.of("/heldout-58", "/heldout-59", "/heldout-60",
                    "/heldout-61"), 60, 0.913, 0.842, 0.961, 0.951),
            // a second untouched set written in round 10, for the rounds after the next: scored once, in aggregate, with
            // the final rules-1.10.0 (rules-1.9.0: 0.784 / 0.644), twice with rules-1.11.0 (0.795 / 0.671 both times), and
            // as the measure of round 12 (rules-1.12.0: 0.796 / 0.672); tuned on in round 13
            new Pool("held-out round 12, untouched until round 13", List.of("/heldout-62", "/heldout-63", "/heldout-64",
                    "/heldout-65"), 60, 0.861, 0.78, 0.976, 0.977),
            // round 13's untouched batches, written at the start of round 11 before the extractor ran on them: scored twice
            // with rules-1.11.0 and once with rules-1.12.0 (all 0.868 / 0.705), once with rules-1.10.0 (0.867 / 0.701); the
            // measure of round 13 (rules-1.13.0: 0.870 / 0.705); tuned on in rounds 14 to 17 (rules-1.17.0, as here)
            new Pool("held-out round 13, untouched until round 14", List.of("/heldout-66", "/heldout-67", "/heldout-68",
                    "/heldout-69"), 60, 0.926, 0.812, 0.949, 0.903),
            // round 14's untouched batches, written at the end of round 12 before the extractor ran on them: scored once
            // with rules-1.12.0 and once with rules-1.13.0 (0.753 / 0.590 both), once with rules-1.11.0 (0.753 / 0.589);
            // the measure of round 14 (rules-1.14.0: 0.760 / 0.613); its totals were printed by this test's runs
            // during the round, and two changes that broke its thresholds were dropped; tuned on in rounds 15 to 17
            // (rules-1.17.0, as here)
            new Pool("held-out round 14, untouched until round 15", List.of("/heldout-70", "/heldout-71", "/heldout-72",
                    "/heldout-73"), 60,
                    0.866, 0.727, 0.951, 0.967),
            // round 15's untouched batches, written at the start of round 14 before the extractor ran on them: scored once
            // with rules-1.13.0 (0.838 / 0.766, modality 0.935, conditions 0.886); totals printed by this test's runs in
            // round 14 (one change that broke a threshold here was dropped); rules-1.14.0 0.842 / 0.776; the measure of
            // round 15 (rules-1.15.0: 0.842 / 0.777), totals printed by this test's runs during the round, two changes that
            // broke its thresholds dropped; nobody read its misses until round 16 tuned on it, as round 17 did (rules-1.17.0,
            // as here; its commitments F1 is 0.8 to the last digit, 246/48/75, which a double computes a hair below 0.8)
            new Pool("held-out round 15, untouched until round 16", List.of("/heldout-74", "/heldout-75", "/heldout-76",
                    "/heldout-77"), 60,
                    0.907, 0.841, 0.939, 0.86),
            // round 16's untouched batches, written at the start of round 15 before the extractor ran on them: scored once
            // with rules-1.14.0 (0.832 / 0.660, modality 0.955, conditions 0.872) and once with rules-1.15.0 (0.831 / 0.667);
            // the measure of round 16 (rules-1.16.0: 0.832 / 0.671), its totals printed in aggregate during the round;
            // nobody read their misses until round 17 tuned on them (rules-1.17.0, as here)
            new Pool("held-out round 16, untouched until round 17", List.of("/heldout-78", "/heldout-79", "/heldout-80",
                    "/heldout-81"), 60,
                    0.898, 0.762, 0.969, 0.91),
            // round 17's untouched batches, written at the start of round 16 before the extractor ran on them: scored once
            // with rules-1.15.0 (0.791 / 0.676, modality 0.950, conditions 0.911) and once with rules-1.16.0 (0.800 / 0.676);
            // the measure of round 17 (rules-1.17.0: 0.801 / 0.675, floored from 482/105/133 and 200/77/115), its totals
            // printed in aggregate during the round; nobody read their misses until round 18 tuned on them (rules-1.18.0,
            // as here)
            new Pool("held-out round 17, untouched until round 18", List.of("/heldout-82", "/heldout-83", "/heldout-84",
                    "/heldout-85"), 60,
                    0.903, 0.76, 0.965, 0.92),
            // round 18's untouched batches, written at the start of round 17 before the extractor ran on them (broadcast
            // and briefing transcripts; legal and regulatory undertakings; migration deals; officials' posts): scored once
            // with rules-1.16.0 (0.823 / 0.670, modality 0.933, conditions 0.946) and once with rules-1.17.0 (0.824 /
            // 0.674); the measure of round 18 (rules-1.18.0: 0.831 / 0.674, floored from 502/89/114 and 196/57/132), read
            // in aggregate only at the round's end; nobody read their misses until round 19 tuned on them (rules-1.19.0,
            // as here)
            new Pool("held-out round 18, untouched until round 19", List.of("/heldout-86", "/heldout-87", "/heldout-88",
                    "/heldout-89"), 60, 0.912, 0.787, 0.953, 0.958),
            // round 19's untouched batches, written at the start of round 18 before the extractor ran on them (mainstream
            // wire copy on the pledges analysts track; British and Irish press; US national papers; East and Southern
            // African press): scored in aggregate twice with rules-1.17.0 (0.827 / 0.749, modality 0.945, conditions
            // 0.902) and once with rules-1.18.0 (0.831 / 0.756, 517/103/106 and 222/49/94); the measure of round 19
            // (rules-1.19.0: 518/103/105 and 222/49/94), read in aggregate only at the round's end; nobody read their
            // misses until round 20 tuned on them (rules-1.20.0, as here)
            new Pool("held-out round 19, untouched until round 20", List.of("/heldout-90", "/heldout-91", "/heldout-92",
                    "/heldout-93"), 60,
                    0.882, 0.82, 0.951, 0.933),
            // round 20's untouched batches, written at the start of round 19 before the extractor ran on them (West African
            // press; Indian national and business press; corporate press releases and the wires that relay them; European
            // security and the peace processes): scored in aggregate once with rules-1.18.0 (0.832 / 0.643, 489/88/110 and
            // 179/70/129, modality 0.966, conditions 1.0) and once with rules-1.19.0 (490/88/109 and 179/70/129); the
            // measure of round 20 (rules-1.20.0: 492/86/107 and 182/71/126), read in aggregate only at the round's end;
            // nobody read their misses until round 21 tuned on them (rules-1.21.0, as here)
            new Pool("held-out round 20, untouched until round 21", List.of("/heldout-94", "/heldout-95", "/heldout-96",
                    "/heldout-97"), 60,
                    0.894, 0.773, 0.977, 1.0),
            // round 21's untouched batches, written at the start of round 20 before the extractor ran on them (Latin
            // American news in English; Southeast Asian and Pacific press; global health and humanitarian pledging; Middle
            // East and Gulf press): scored in aggregate once with rules-1.19.0 (0.858 / 0.752, 550/91/91 and 273/61/119,
            // modality 0.963, conditions 0.933) and once with rules-1.20.0 (551/93/90 and 274/63/118); the measure of
            // round 21 (rules-1.21.0: 551/93/90 and 275/63/117), read in aggregate only; nobody read their misses until
            // round 22 tuned on them (rules-1.22.0, as here)
            new Pool("held-out round 21, untouched until round 22", List.of("/heldout-98", "/heldout-99", "/heldout-100",
                    "/heldout-101"), 60,
                    0.886, 0.828, 0.964, 0.937),
            // round 22's untouched batches, written at the start of round 21 before the extractor ran on them (South Asian
            // press beyond India; defence industry and procurement news; Central and Southeast Europe, the Caucasus and
            // Central Asia; live blogs, explainers and newsletters): scored once with rules-1.20.0 (0.834 / 0.751,
            // 496/106/91 and 251/57/109, modality 0.928, conditions 0.812) and once with rules-1.21.0 (497/106/90 and
            // 253/57/107); the measure of round 22 (rules-1.22.0: 498/103/89 and 253/57/107), read in aggregate only;
            // nobody read their misses until round 23 tuned on them (rules-1.23.0, as here)
            new Pool("held-out round 22, untouched until round 23", List.of("/heldout-102", "/heldout-103", "/heldout-104",
                    "/heldout-105"),
                    60, 0.88, 0.816, 0.936, 0.836),
            // round 23's untouched batches, written at the start of round 22 before the extractor ran on them
            // (Australian, New Zealand and Pacific national press; Francophone, Lusophone and North African news in
            // English and in translation; parliaments, hearings and budget speeches as the press reports them; short
            // breaking items and their rewrites): scored once with rules-1.21.0 (0.850 / 0.686, 482/74/96 and
            // 181/53/113, modality 0.967, conditions 0.84) and once with rules-1.22.0 (484/70/94 and 182/53/112); the
            // measure of round 23 (rules-1.23.0: 484/70/94 and 185/52/109), read in aggregate only; nobody read their
            // misses until round 24 tuned on them (rules-1.24.0; rules-1.25.0, as here)
            new Pool("held-out round 23, untouched until round 24", List.of("/heldout-106", "/heldout-107", "/heldout-108",
                    "/heldout-109"),
                    60, 0.907, 0.807, 0.973, 0.888),
            // round 24's untouched batches, written at the start of round 23 before the extractor ran on them (East
            // Asian press in English; Ukrainian and Russian outlets in English and in translation; energy, commodities
            // and climate-diplomacy press; Nordic, Baltic, German, Dutch and Polish press in English): scored once with
            // rules-1.22.0 (0.903 / 0.781, 552/49/69 and 264/58/90, modality 0.951, conditions 0.889), once with a
            // round-23 rule since dropped for what it did here (548/53/73 and 260/58/94), and once with rules-1.23.0
            // (554/47/67 and 264/58/90); the measure of round 24 (rules-1.24.0: 554/47/67 and 264/57/90), read in
            // aggregate only; nobody read their misses until round 25 tuned on them (rules-1.25.0, as here)
            new Pool("held-out round 24, untouched until round 25", List.of("/heldout-110", "/heldout-111", "/heldout-112",
                    "/heldout-113"),
                    60, 0.931, 0.836, 0.957, 0.895),
            // round 25's untouched batches, written at the start of round 24 before the extractor ran on them (US state
            // and local and UK local government news; pledges outside government: philanthropy, universities, tech
            // firms, sports bodies, museums; long-form analysis and magazine features; election campaigns and manifesto
            // pledges): scored once with rules-1.23.0 (0.843 / 0.683, 573/104/110 and 143/61/72, modality 0.951,
            // conditions 0.909) and once with rules-1.24.0 (574/104/109 and 143/61/72); the measure of round 25
            // (rules-1.25.0: 574/104/109 and 143/57/72), read in aggregate only; nobody read their misses until round 26
            // tuned on them (rules-1.26.0, as here: 581/95/102 and 149/57/66)
            new Pool("held-out round 25, untouched until round 26", List.of("/heldout-114", "/heldout-115", "/heldout-116",
                    "/heldout-117"),
                    60, 0.871, 0.728, 0.955, 0.923),
            // round 26's untouched batches, written at the start of round 25 before the extractor ran on them (central
            // banks, finance ministries and markets; labour, industry and jobs; disasters and emergency response;
            // official readouts, joint statements and state media on summits): scored once with rules-1.24.0 (0.856 /
            // 0.705, 629/97/113 and 227/64/126, modality 0.951, conditions 0.930) and once with rules-1.25.0 (629/97/113
            // and 228/63/125); the measure of round 26 (rules-1.26.0, as here: the same totals, two of its sixty articles
            // changed), read in aggregate only; nobody read their misses until round 27 tuned on them (rules-1.27.0,
            // whose model learnt from them)
            new Pool("held-out round 26, untouched until round 27", List.of("/heldout-118", "/heldout-119", "/heldout-120", "/heldout-121"),
                    60, 0.876, 0.783, 0.961, 0.938),
            // round 27's untouched batches, written at the start of round 26 before the extractor ran on them (domestic
            // social-policy promises; technology, AI, cyber and space; oceans, shipping and maritime security; signed
            // op-eds, open letters and Q&A interviews): scored once with rules-1.25.0 and once with rules-1.26.0, as
            // here, with the same totals (0.870 / 0.621, 451/62/73 and 182/52/170, modality 0.940, conditions 0.914:
            // none of its sixty articles changed); the measure of round 27 (rules-1.27.0, the first with a trained
            // judge: 451/62/73 and 188/55/164, modality 0.947, conditions 0.917), read in aggregate only; nobody read
            // their misses until round 28 tuned on them (rules-1.28.0, whose model learnt from them)
            new Pool("held-out round 27, untouched until round 28", List.of("/heldout-122", "/heldout-123", "/heldout-124", "/heldout-125"),
                    60, 0.918, 0.731, 0.956, 0.926),
            // round 28's untouched batches, written at the start of round 27 before the extractor ran on them (the war in
            // Ukraine and its diplomacy; defence spending after NATO's 5% target; climate finance, aid and humanitarian
            // appeals; one ordinary weekday as an aggregator scrapes it): scored once with rules-1.26.0 (0.871 / 0.780,
            // 586/93/80 and 245/64/74, modality 0.943, conditions 0.923) and once with rules-1.27.0, as here (586/93/80
            // and 249/67/70); the measure of round 28 (rules-1.28.0: 586/93/80 and 249/66/70, modality 0.940), read in
            // aggregate only; nobody read their misses until round 29 tuned on them (rules-1.29.0, whose model learnt
            // from them)
            new Pool("held-out round 28, untouched until round 29", List.of("/heldout-126", "/heldout-127", "/heldout-128", "/heldout-129"),
                    60, 0.894, 0.829, 0.947, 0.928),
            // round 29's untouched batches, written at the start of round 28 before the extractor ran on them (peace-making
            // and conflict diplomacy outside Ukraine; trade, tariffs, energy and industrial investment; official texts:
            // readouts, communiqués, briefing transcripts, Hansard; regional English-language press of Africa, Asia and
            // Latin America): scored once with rules-1.27.0 (0.836 / 0.752, 419/72/92 and 279/57/127, modality 0.946,
            // conditions 0.914) and once with rules-1.28.0 (419/72/92 and 279/56/127); the measure of round 29
            // (rules-1.29.0: the same totals, two of its sixty articles changed), read in aggregate only; nobody read their
            // misses until round 30 tuned on them (rules-1.30.0, whose model learnt from them)
            new Pool("held-out round 29, untouched until round 30", List.of("/heldout-130", "/heldout-131", "/heldout-132", "/heldout-133"),
                    60, 0.869, 0.801, 0.954, 0.938),
            // round 30's untouched batches, written at the start of round 29 before the extractor ran on them (US politics
            // and policy; Asia-Pacific security, diplomacy and economy; European domestic politics and EU policy;
            // formats that trip machine readers: live blogs, newsletters, transcripts, explainers, fact-checks,
            // galleries, statements, obituaries): scored once with rules-1.28.0 (0.865 / 0.683, 560/82/93 and
            // 209/84/110, modality 0.957, conditions 0.952) and once with rules-1.29.0, as here (560/82/93 and
            // 211/83/108); the measure of round 30 (rules-1.30.0, its model retrained: 560/82/93 and 211/82/108), read in
            // aggregate only; nobody read their misses until round 31 tuned on them (rules-1.31.0)
            new Pool("held-out round 30, untouched until round 31", List.of("/heldout-134", "/heldout-135", "/heldout-136", "/heldout-137"),
                    60, 0.902, 0.755, 0.965, 0.978),
            // round 31's untouched batches, written at the start of round 30 before the extractor ran on them (health,
            // science and education; migration and borders; sport, culture, big events and city governments; news
            // roundups and fast updates): scored once with rules-1.29.0 (0.834 / 0.737, 535/103/110 and 206/59/88,
            // modality 0.976, conditions 0.900) and once with rules-1.30.0 (535/103/110 and 205/59/89); the measure of
            // round 31 (rules-1.31.0: 535/103/110 and 206/59/88, modality 0.981, conditions 0.931), read in aggregate
            // only; nobody read their misses until round 32 tuned on them (rules-1.32.0)
            new Pool("held-out round 31, untouched until round 32", List.of("/heldout-138", "/heldout-139", "/heldout-140", "/heldout-141"),
                    60, 0.857, 0.783, 0.981, 0.941),
            // round 32's untouched batches, written at the start of round 31 before the extractor ran on them (the Middle
            // East and the Gulf; energy, commodities and climate markets; national and local politics in the UK, Ireland,
            // Canada, Australia and New Zealand; interviews, transcripts, press conferences and panels): scored once with
            // rules-1.30.0 (0.866 / 0.735, 557/85/88 and 229/80/84, modality 0.961, conditions 0.909) and once with
            // rules-1.31.0 (557/85/88 and 230/80/83); the measure of round 32 (rules-1.32.0: the same totals), read in
            // aggregate only; nobody read their misses until round 33 tuned on them (rules-1.33.0, whose model learnt from
            // them)
            new Pool("held-out round 32, untouched until round 33", List.of("/heldout-142", "/heldout-143", "/heldout-144", "/heldout-145"),
                    60, 0.908, 0.788, 0.968, 0.914),
            // round 33's untouched batches, written at the start of round 32 before the extractor ran on them (Africa;
            // Latin America and the Caribbean; technology and corporate news; Russia, Eastern Europe, the Caucasus and
            // Central Asia): scored once with rules-1.31.0 (0.889 / 0.752, 487/64/58 and 250/67/98, modality 0.960,
            // conditions 0.887) and once with rules-1.32.0 (the same totals); the measure of round 33 (rules-1.33.0: the
            // same statements, 253/68/95 commitments from the retrained judge), read in aggregate only; nobody read their
            // misses until round 34 tuned on them (rules-1.34.0, whose model learnt from them)
            new Pool("held-out round 33, untouched until round 34", List.of("/heldout-146", "/heldout-147", "/heldout-148", "/heldout-149"),
                    60, 0.918, 0.83, 0.971, 0.933),
            // round 34's untouched batches, written at the start of round 33 before the extractor ran on them (global
            // health and development; US state and local news; Asia-Pacific security and diplomacy; business and markets
            // wire copy): scored once with rules-1.32.0 (0.882 / 0.759, 619/78/87 and 220/50/90, modality 0.945,
            // conditions 0.844) and once with rules-1.33.0 (619/78/87 and 220/51/90); the measure of round 34
            // (rules-1.34.0: 619/77/87 and 221/50/89), read in aggregate only; nobody read their misses until round 35
            // tuned on them (rules-1.35.0, whose model learnt from them)
            new Pool("held-out round 34, untouched until round 35", List.of("/heldout-150", "/heldout-151", "/heldout-152", "/heldout-153"),
                    60, 0.918, 0.819, 0.95, 0.891),
            // round 35's untouched batches, written at the start of round 34 before the extractor ran on them (the war in
            // Ukraine and its diplomacy; South Asia's English-language regional press; climate and environment after
            // COP30; hearings, debates and briefings as printed): scored once with rules-1.33.0 (0.882 / 0.754,
            // 549/70/77 and 235/54/99, modality 0.932, conditions 0.821) and once with rules-1.34.0, as here (550/70/76
            // and 236/53/98); the measure of round 35 (rules-1.35.0: 550/69/76 and 236/53/98), read in aggregate only;
            // nobody read their misses until round 36 tuned on them (rules-1.36.0, whose model did not learn from them:
            // the retrained one broke a convention test and three floors)
            new Pool("held-out round 35, untouched until round 36", List.of("/heldout-154", "/heldout-155", "/heldout-156", "/heldout-157"),
                    60, 0.911, 0.803, 0.94, 0.829),
            // round 36's untouched batches, written at the start of round 35 before the extractor ran on them (the Middle
            // East in the region's English-language press; business and markets wires; Latin America's English-language
            // regional press; local and regional news): scored once with rules-1.34.0 (0.870 / 0.716, 497/70/79 and
            // 190/62/89, modality 0.942, conditions 0.921) and once with rules-1.35.0 (499/70/77 and 191/62/88); the
            // measure of round 36 (rules-1.36.0: 500/69/76 and 192/61/87), read in aggregate only; nobody read their
            // misses until round 37 tuned on them (rules-1.37.0, whose model did not learn from them: the retrained one
            // broke a convention test and two floors)
            new Pool("held-out round 36, untouched until round 37", List.of("/heldout-158", "/heldout-159", "/heldout-160", "/heldout-161"),
                    60, 0.902, 0.803, 0.958, 0.933),
            // round 37's untouched batches, written at the start of round 36 before the extractor ran on them (Sub-Saharan
            // Africa's English-language press; briefings and transcripts; humanitarian, health and climate news from UN
            // agencies, NGOs and specialised outlets; East, South and Southeast Asia's English-language press): scored
            // once with rules-1.35.0 (0.852 / 0.812, 458/82/77 and 248/41/74, modality 0.968, conditions 0.935) and once
            // with rules-1.36.0 (460/80/75 and 248/41/74); the measure of round 37 (rules-1.37.0: 460/80/75 and
            // 249/40/73), read in aggregate only; nobody read their misses until round 38 tuned on them (rules-1.38.0)
            new Pool("held-out round 37, untouched until round 38", List.of("/heldout-162", "/heldout-163", "/heldout-164", "/heldout-165"),
                    60, 0.898, 0.856, 0.969, 0.942),
            // round 38's untouched batches, written at the start of round 37 before the extractor ran on them (European
            // politics in Politico Europe, Euractiv, DW and the regional English-language press; United States politics
            // and government; energy, industry and technology wires; the Russia-Ukraine war and its diplomacy): scored
            // once with rules-1.36.0 (0.892 / 0.773, 547/68/65 and 210/50/73, modality 0.967, conditions 1.000) and
            // once with rules-1.37.0 (the same counts); the measure of round 38 (rules-1.38.0: 548/67/64 and 211/48/72),
            // read in aggregate only; nobody read their misses until round 39 tuned on them (rules-1.39.0)
            new Pool("held-out round 38, untouched until round 39", List.of("/heldout-166", "/heldout-167", "/heldout-168", "/heldout-169"),
                    60, 0.928, 0.802, 0.968, 1.0),
            // round 39's untouched batches, written at the start of round 38 before the extractor ran on them (United
            // Kingdom and Irish politics and public services; trade, tariffs and sanctions; interviews, transcripts, live
            // blogs and op-eds; defence and NATO): scored once with rules-1.37.0 (0.913 / 0.798, 500/38/57 and 203/50/53,
            // modality 0.946, conditions 0.909) and once with rules-1.38.0 (500/38/57 and 204/51/52); the measure of
            // round 39 (rules-1.39.0: the same counts, not one line of output changed), read in aggregate only; nobody
            // read their misses until round 40 tuned on them (rules-1.40.0)
            new Pool("held-out round 39, untouched until round 40", List.of("/heldout-170", "/heldout-171", "/heldout-172", "/heldout-173"),
                    60, 0.924, 0.808, 0.946, 0.909),
            // round 40's untouched batches, written at the start of round 39 before the extractor ran on them (South
            // Asia's English-language press; climate, energy transition and development finance; business and markets
            // wire copy; Ukraine and Russia: talks, guarantees, aid and sanctions): scored once with rules-1.38.0 (0.893 /
            // 0.764, 524/60/66 and 231/50/93, modality 0.952, conditions 0.957) and once with rules-1.39.0 (the same
            // counts, not one line of output changed); the measure of round 40 (rules-1.40.0: 524/58/66 and
            // 231/50/93), read in aggregate only; nobody read their misses until round 41 tuned on them (rules-1.41.0)
            new Pool("held-out round 40, untouched until round 41", List.of("/heldout-174", "/heldout-175", "/heldout-176", "/heldout-177"),
                    60, 0.903, 0.778, 0.953, 0.958),
            // round 41's untouched batches, written in round 40 before the extractor ran on them (local and regional news
            // in the United States, Canada and Australia; multilateral diplomacy: summits, communiques, readouts; health,
            // science and technology policy; the Middle East and Africa in wire copy): scored once with rules-1.39.0
            // (0.897 / 0.770, 571/64/67 and 234/49/91, modality 0.944, conditions 0.837) and once with rules-1.40.0
            // (571/62/67 and 234/49/91); the measure of round 41 (rules-1.41.0: 571/62/67 and 235/49/90), read in
            // aggregate only; nobody read their misses until round 42 tuned on them (rules-1.42.0)
            new Pool("held-out round 41, untouched until round 42", List.of("/heldout-178", "/heldout-179", "/heldout-180",
                    "/heldout-181"), 60, 0.919, 0.843, 0.947, 0.867),
            // round 42's untouched batches, written in round 41 before the extractor ran on them (European politics in
            // English-language outlets; Latin America and the Caribbean; East Asia and the Pacific; transcripts and spoken
            // formats: briefings, question time, interviews, live blogs): scored once with rules-1.40.0 (0.898 / 0.788,
            // 563/62/66 and 277/68/81, modality 0.953, conditions 0.814) and once with rules-1.41.0 (the same counts); the
            // measure of round 42 (rules-1.42.0: 563/62/66 and 277/67/81, four lines of output changed), read in
            // aggregate only; nobody read their misses until round 43 tuned on them (rules-1.43.0)
            new Pool("held-out round 42, untouched until round 43", List.of("/heldout-182", "/heldout-183", "/heldout-184", "/heldout-185"),
                    60, 0.923, 0.832, 0.958, 0.818),
            // round 43's untouched batches, written in round 42 before the extractor ran on them (British and Irish
            // politics; defence, NATO and arms; humanitarian aid, refugees and migration; official and corporate releases
            // and readouts): scored once with rules-1.41.0 (0.891 / 0.828, 547/58/76 and 234/35/62, modality 0.957,
            // conditions 0.868) and once with rules-1.42.0 (547/58/76 and 235/36/61, two lines of output changed); the
            // measure of round 43 (rules-1.43.0: 550/54/73 and 235/36/61, 20 lines of output changed), read in
            // aggregate only; nobody read their misses until round 44 tuned on them (rules-1.44.0, as here: 572/37/51 and
            // 242/32/54)
            new Pool("held-out round 43, untouched until round 44", List.of("/heldout-186", "/heldout-187", "/heldout-188", "/heldout-189"),
                    60, 0.93, 0.853, 0.959, 0.868),
            // round 44's untouched batches, written in round 43 before the extractor ran on them (United States federal
            // politics and trade; energy, commodities and critical minerals; wars and ceasefires in live-blog and agency
            // style; state and international media, interviews, op-eds and newsletters): scored once with rules-1.42.0
            // (0.888 / 0.828, 522/69/63 and 296/50/73, modality 0.959, conditions 0.818) and once with rules-1.43.0
            // (522/67/63 and 296/50/73, two lines of output changed); the measure of round 44 (rules-1.44.0: 526/66/59
            // and 296/50/73, seven lines of output changed), read in aggregate only; nobody read their misses until round
            // 45 tuned on them (rules-1.45.0, as here: 545/45/40 and 310/44/59)
            new Pool("held-out round 44, untouched until round 45", List.of("/heldout-190", "/heldout-191", "/heldout-192",
                    "/heldout-193"), 60, 0.93, 0.857, 0.98, 0.885),
            // round 45's untouched batches, written in round 44 before the extractor ran on them (Asia-Pacific and Indian
            // Ocean economies; courts, law enforcement and regulation; sport, culture and society; Africa and the wider
            // Global South): scored once with rules-1.43.0 (0.882 / 0.735, 553/69/79 and 220/56/103, modality 0.936,
            // conditions 0.939) and once with rules-1.44.0 (553/70/79 and 220/56/103, one line of output changed); the
            // measure of round 45 (rules-1.45.0: 554/70/78 and 220/55/103, five lines of output changed), read in
            // aggregate only; nobody read their misses until round 46 tuned on them (rules-1.46.0, as here: 564/61/68
            // and 225/53/98)
            new Pool("held-out round 45, untouched until round 46", List.of("/heldout-194", "/heldout-195", "/heldout-196",
                    "/heldout-197"),
                    60, 0.897, 0.748, 0.942, 0.941),
            // round 46's untouched batches, written in round 45 before the extractor ran on them (climate, environment and
            // the energy transition; local and regional government; business, markets and company news; Russia's war in
            // Ukraine and its diplomacy): scored once with rules-1.44.0 (0.895 / 0.771, 613/68/76 and 224/67/66, modality
            // 0.955, conditions 0.938) and once with rules-1.45.0 (616/66/73 and 224/65/66, 16 lines of output changed);
            // the measure of round 46 (rules-1.46.0: 616/66/73 and 226/67/64, four lines of output changed, in one
            // article), read in aggregate only; nobody read their misses until round 47 tuned on them (rules-1.47.0, as
            // here: 622/59/67 and 233/61/57)
            new Pool("held-out round 46, untouched until round 47", List.of("/heldout-198", "/heldout-199", "/heldout-200",
                    "/heldout-201"),
                    60, 0.907, 0.797, 0.965, 0.970),
            // round 47's untouched batches, written in round 46 before the extractor ran on them (education, universities
            // and research funding; migration, asylum and borders; elections and campaign promises outside the US and UK;
            // technology, AI, telecoms, data and cyber): scored once with rules-1.45.0 (0.892 / 0.718, 595/67/77 and
            // 232/71/111, modality 0.957, conditions 0.907) and once with rules-1.46.0 (595/67/77 and 232/65/111, six
            // lines of output changed, in one article); the measure of round 47 (rules-1.47.0, as here: the same totals,
            // no line of output changed), read in aggregate only; round 48 read their misses and tuned on them
            // (rules-1.48.0, as here: 607/50/65 and 239/61/104; the statements' floor raised to it, the others left at
            // the scores before the round: the commitments' include the judge's, which a retrained model need not keep);
            // round 49's rules (rules-1.49.0, as here: 608/49/64 and 243/59/100, modality 0.959) raised the statements'
            // floor again
            new Pool("held-out round 47, untouched until round 48", List.of("/heldout-202", "/heldout-203", "/heldout-204",
                    "/heldout-205"),
                    60, 0.914, 0.725, 0.956, 0.906),
            // round 48's untouched batches, written in round 47 before the extractor ran on them (health and public
            // health; transport, infrastructure, housing and cities; the Middle East and the Gulf, delivered last; South
            // and Central Asia): scored once with rules-1.46.0 (0.888 / 0.729, 553/62/78 and 249/71/114, modality 0.948,
            // conditions 0.951) and once with rules-1.47.0, as here (553/62/78 and 249/70/114: one false commitment
            // fewer); the measure of round 48 (rules-1.48.0: 554/61/77 and 249/69/114, modality 0.952 with the scorer's
            // modality tie-break, conditions 0.951; six articles' output changed), read in aggregate only (three times
            // during the round, after its first two parts and at its end; no rule was chosen or dropped by them);
            // nobody read their misses until round 49 tuned on them (rules-1.49.0, as here: 558/58/73 and 257/62/106,
            // modality 0.953, conditions 0.952; the statements' floor raised to it, the others left at the round's start)
            new Pool("held-out round 48, untouched until round 49", List.of("/heldout-206", "/heldout-207", "/heldout-208",
                    "/heldout-209"),
                    60, 0.894, 0.731, 0.951, 0.951),
            // round 49's untouched batches, written at its start before the extractor ran on them (Africa in African and
            // wire press; Latin America and the Caribbean in English-language outlets; defence, arms procurement and
            // Asia-Pacific security; food, farming, labour and society): scored once with rules-1.48.0 (0.862 / 0.710,
            // 506/82/80 and 245/77/123, modality 0.959, conditions 0.944) and once with rules-1.49.0, the measure of
            // round 49 (the same totals), read in aggregate only; nobody read their misses until round 50 tuned on them
            // (rules-1.50.0: 521/68/65 and 247/76/121, modality 0.960, conditions 0.944; floors raised to it; rules-1.52.2,
            // as here: 250/73/118, modality 0.960; the commitments floor raised to it)
            new Pool("held-out round 49, untouched until round 50", List.of("/heldout-210", "/heldout-211", "/heldout-212",
                    "/heldout-213"),
                    60, 0.886, 0.723, 0.959, 0.944),
            // round 50's untouched batches, written at its start before the extractor ran on them (the Middle East, the
            // Gulf and North Africa in regional and state-agency English; European politics in translated agency copy
            // and Brussels reporting; companies and markets; South and Southeast Asia in local English-language press):
            // scored once with rules-1.49.0 (0.871 / 0.771, 577/76/95 and 277/58/107, modality 0.968, conditions 0.913)
            // and once with rules-1.50.0, the measure of round 50 (the same totals; no line of output changed, nor with
            // rules-1.50.1 or rules-1.50.2), read in aggregate only; nobody read their misses until round 51 tuned on them
            // (rules-1.51.0: 593/65/79 and 281/58/103, modality 0.968, conditions 0.915; rules-1.51.1: 603/62/69 and
            // 281/58/103; rules-1.51.2: 603/62/69 and 283/58/101, modality 0.968; rules-1.51.3: 604/62/68; rules-1.51.4: 606/61/66;
            // floors raised to it; rules-1.52.0: 606/61/66 and 284/58/100, modality 0.968; rules-1.52.5, as here: modality
            // 0.972; floors raised to it)
            // (rules-1.53.0: 288/54/96, modality 280/288; floors raised to it)
            new Pool("held-out round 50, untouched until round 51", List.of("/heldout-214", "/heldout-215", "/heldout-216",
                    "/heldout-217"),
                    60, 0.905, 0.793, 0.972, 0.914),
            // round 51's untouched batches, written at its start before the extractor ran on them (climate, energy and COP
            // diplomacy; US politics and the federal government; European security, NATO and Ukraine in live blogs,
            // broadcast transcripts and opinion pages; East Asia and the Pacific): heldout-218, 220 and 221 scored with
            // rules-1.50.2 and rules-1.51.0 (0.903 / 0.807 both times, no statement or commitment changed); heldout-219,
            // delivered later, scored with both too (0.930 / 0.684 both times), and all four with rules-1.51.1 to
            // rules-1.51.4 (the same totals); the four together: 0.911 / 0.781, 611/61/58 and 286/79/81, modality 0.976,
            // conditions 0.926; read in aggregate only; nobody read their misses until round 52 tuned on them
            // (rules-1.52.0: 613/59/56 and 291/73/76, modality 0.976, conditions 0.929; rules-1.52.1: 291/69/76;
            // rules-1.52.3: 293/69/74, modality 0.976, conditions 0.930; rules-1.52.4, as here: 293/68/74; floors raised
            // to it)
            // (rules-1.53.0: 614/59/55 and 294/68/73; floors raised to it)
            new Pool("held-out round 51, untouched until round 52", List.of("/heldout-218", "/heldout-219", "/heldout-220",
                    "/heldout-221"),
                    60, 0.915, 0.806, 0.976, 0.929),
            // round 52's untouched batches, written at its start before the extractor ran on them (support for Ukraine as
            // a tracker codes it; donor conferences and development finance; domestic politics in the UK, Ireland, Canada,
            // Australia and New Zealand; Russia, China, Türkiye, Iran and Central and Eastern Europe in state and regional
            // media): scored with rules-1.51.4 and rules-1.52.0 to rules-1.52.6 (the same totals): 0.917 / 0.800,
            // 559/50/51 and 256/48/80, modality 0.973, conditions 0.913; read in aggregate only, nobody read their misses
            // until round 53 tuned on them (rules-1.53.0: 573/36/37 and 264/46/72, modality 0.973, conditions 0.913;
            // rules-1.53.1, as here: 574/35/36; floors raised to it)
            new Pool("held-out round 52, untouched until round 53", List.of("/heldout-222", "/heldout-223", "/heldout-224",
                    "/heldout-225"),
                    60, 0.941, 0.817, 0.973, 0.913),
            // round 53's untouched batches, written at its start before the extractor ran on them (defence and security in
            // Europe and the Indo-Pacific; climate, energy and corporate pledges; the Middle East and Africa; the Americas,
            // trade and business): heldout-226, 227 and 229 scored with rules-1.52.6 (0.892 / 0.734) and rules-1.53.0
            // (0.893 / 0.734); heldout-228, delivered later, with both too (0.851 / 0.791 and 0.855 / 0.802); the four
            // together: rules-1.52.6 0.882 / 0.751, 561/78/72 and 286/76/114, modality 0.955, conditions 0.900;
            // rules-1.53.0 to rules-1.53.2 0.884 / 0.754, 563/78/70 and 288/76/112, modality 0.955, conditions 0.900;
            // read in aggregate only, nobody read their misses until round 54 tuned on them (rules-1.54.0, as here:
            // 0.906 / 0.832, 575/61/58 and 324/55/76, modality 0.960, conditions 0.914; floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 53, untouched until round 54", List.of("/heldout-226", "/heldout-227", "/heldout-228",
                    "/heldout-229"),
                    60, 0.906, 0.831, 0.959, 0.913),
            // round 54's untouched batches, written during it before any extractor ran on them: a short backup batch of
            // mixed wire copy (heldout-234, 8 articles; rules-1.53.2 0.967 / 0.935, 74/3/2 and 36/2/3, modality 0.944;
            // rules-1.54.0 the same but modality 0.972), and two full batches delivered after the round had ended (South
            // and Southeast Asia, heldout-230; domestic politics in the UK, Ireland, Canada, Australia and New Zealand,
            // heldout-232), scored at the start of round 55 with rules-1.53.2 and rules-1.54.0 (the same totals: 0.911 /
            // 0.741, 328/30/34 and 109/31/45, modality 0.991, conditions 1.0); the three together with rules-1.54.0, as
            // here: 0.921 / 0.782, 402/33/36 and 145/33/48, modality 0.986, conditions 1.0; read in aggregate only until
            // round 55 tuned on them (rules-1.55.0: 0.935 / 0.825, 408/27/30 and 151/22/42, modality 0.987, conditions
            // 1.0; rules-1.55.1, as here: 0.937 / 0.832, 409/26/29 and 153/22/40, modality 0.987; floors raised to it, cut
            // to three decimals)
            new Pool("held-out round 54, untouched until round 55", List.of("/heldout-230", "/heldout-232", "/heldout-234"),
                    38, 0.936, 0.831, 0.986, 1.0),
            // round 55's untouched batches, written during it before any extractor ran on them: the United States and
            // Latin America (heldout-237, 13 articles; rules-1.54.0 and rules-1.55.0 to rules-1.55.3 the same totals:
            // 0.932 / 0.798, 143/12/9 and 71/18/18, modality 0.972, conditions 0.875) and, delivered last, global health,
            // humanitarian aid and development finance (heldout-233, 5 articles; rules-1.54.0 and rules-1.55.3 the same
            // totals: 0.962 / 0.915); the two together, as here: 0.939 / 0.827, 194/15/10 and 98/22/19, modality 0.959,
            // conditions 0.826; nobody read their misses until round 56 tuned on them (rules-1.56.1: 0.944 / 0.839,
            // 195/14/9 and 99/20/18, modality 0.970, conditions 0.870; floors raised to it, cut to three decimals)
            // (rules-1.57.2: 195/13/9 and 100/20/17, modality 0.980, conditions 0.913; floors raised to it)
            new Pool("held-out round 55, untouched until round 56", List.of("/heldout-233", "/heldout-237"),
                    18, 0.946, 0.843, 0.98, 0.913),
            // round 56's untouched batches, written in round 55 before any extractor ran on them and each scored once in
            // aggregate then: the war in Ukraine (heldout-231, 10 articles, 0.915 / 0.880; rules-1.54.0 0.915 / 0.873),
            // the Middle East and Africa (heldout-235, 9, 0.924 / 0.787), the EU, NATO and business (heldout-236, 8,
            // 0.948 / 0.784), African press (heldout-238, 9, 0.871 / 0.695), Europe and Asia-Pacific (heldout-239, 11,
            // 0.880 / 0.947); pooled at the start of round 56 with rules-1.55.3, as here: 0.909 / 0.826, 420/39/45 and
            // 217/30/61, modality 0.972, conditions 0.948 (37/39); nobody read their misses until round 57 tuned on them
            // (rules-1.57.2: 0.914 / 0.851, 422/36/43 and 224/24/54, modality 0.973, conditions 0.950; floors raised to it)
            new Pool("held-out round 56, untouched until round 57", List.of("/heldout-231", "/heldout-235", "/heldout-236",
                    "/heldout-238", "/heldout-239"), 47, 0.914, 0.851, 0.973, 0.95),
            // round 57's untouched batches, written in round 56 before any extractor ran on them and each scored once in
            // aggregate then: East Asian press (heldout-240, 10 articles), African and Gulf press (heldout-241, 10),
            // climate, energy and corporate pledges (heldout-242, 9), Ukrainian, Baltic, Polish and Nordic outlets
            // (heldout-243, 10), US and Canadian politics (heldout-244, 10); pooled at the start of round 57 with
            // rules-1.56.3, as here: 0.908 / 0.811, 495/53/47 and 254/42/76, modality 0.972 (247/254), conditions 0.897
            // (44/49); nobody read their misses until round 58 tuned on them; with rules-1.57.2 the same totals (scored
            // once, in aggregate, at the end of round 57) (rules-1.58.3: 0.925 / 0.835, 504/44/38 and 263/37/67,
            // modality 0.973, conditions 0.900 (45/50); floors raised to it, cut to three decimals)
            new Pool("held-out round 57, untouched until round 58", List.of("/heldout-240", "/heldout-241",
                    "/heldout-242", "/heldout-243", "/heldout-244"), 49, 0.924, 0.834, 0.973, 0.9),
            // round 58's untouched batches, written in rounds 56 and 57 before any extractor ran on them and scored once
            // each, in aggregate, with rules-1.56.3 and rules-1.57.2: South Asian press (heldout-245, 10 articles),
            // Latin American and Caribbean news (heldout-246, 9), Middle Eastern and Turkish press (heldout-247, 10),
            // continental European press (heldout-248, 11), Australia, New Zealand and the Pacific (heldout-249, 12),
            // UN, multilateral and humanitarian news (heldout-250, 12), business and trade wires (heldout-251, 11);
            // pooled at the start of round 58 with rules-1.57.2, as here: 0.905 / 0.833, 802/88/80 and 435/63/112,
            // modality 0.949, conditions 0.927 (89/96). About twenty output lines of heldout-249's article 04 were
            // printed once in round 57 by a leave-out pattern that missed the batch; no rule came from them, and the
            // article is kept in (docs/tuning-rounds.md, round 57). In round 58 a miss listing printed six missed
            // commitments of heldout-246, 247, 248 and 249 (docs/tuning-rounds.md, round 58); no rule came from them.
            // With rules-1.58.3, scored once in aggregate at the end of round 58: 0.905 / 0.834, 802/88/80 and
            // 436/63/111, modality 0.950 (414/436), conditions 0.927; with rules-1.58.4, the round's last rule, once
            // more: 0.905 / 0.835, 437/63/110, modality 0.952 (416/437), conditions 0.928 (90/97); floors raised to it;
            // nobody read their misses, beyond the slips above, until round 59 tuned on them (rules-1.59.2: 0.911 / 0.836,
            // 807/83/75 and 437/62/110, modality 0.952, conditions 0.928; floors raised to it, cut to three decimals)
            new Pool("held-out round 58, untouched until round 59", List.of("/heldout-245", "/heldout-246",
                    "/heldout-247", "/heldout-248", "/heldout-249", "/heldout-250", "/heldout-251"), 75, 0.91, 0.835,
                    0.951, 0.927),
            // round 59's untouched batches, written in round 58 before any extractor ran on them and each scored in
            // aggregate then with rules-1.57.2 and rules-1.58.3: African press (heldout-252, 12 articles), British press
            // and Westminster (heldout-253, 12), Washington reporting (heldout-254, 9), South-East Asian press
            // (heldout-255, 11), defence and Ukraine war reporting (heldout-256, 12); the five together once more with
            // rules-1.58.4 at the end of round 58; pooled at the start of round 59 with rules-1.58.4, as here: 0.894 /
            // 0.838, 545/66/63 and 277/41/66, modality 0.978 (271/277), conditions 0.960 (48/50); with rules-1.59.2,
            // scored once in aggregate at the end of round 59, the same totals. (The full test run prints every pool's
            // aggregate: round 59 saw this one's once mid-round, after rules-1.59.0, also unchanged.) Nobody read their
            // misses until round 60 tuned on them (rules-1.60.4: 0.915 / 0.849, 559/55/49 and 283/41/60, modality 0.979,
            // conditions 0.960; floors raised to it, cut to three decimals)
            new Pool("held-out round 59, untouched until round 60", List.of("/heldout-252", "/heldout-253",
                    "/heldout-254", "/heldout-255", "/heldout-256"), 56, 0.914, 0.848, 0.978, 0.96),
            // round 60's untouched batches, written in round 59 before any extractor ran on them and each scored in
            // aggregate then with rules-1.58.4 and rules-1.59.2: Japanese and Korean press (heldout-257, 12 articles),
            // Brussels reporting (heldout-258, 14), Latin American news (heldout-259, 13), corporate and business news
            // (heldout-260, 13), transcripts and live formats (heldout-261, 12), Chinese and Russian state media
            // (heldout-262, 12), Canadian and US state and local politics (heldout-263, 14), Gulf and Arab press
            // (heldout-264, 14), analysis and long reads (heldout-265, 13); pooled at the start of round 60 with
            // rules-1.59.2, as here: 0.874 / 0.777, 1063/161/145 and 538/120/188, modality 0.953 (513/538), conditions
            // 0.871 (88/101). Round 59's slips (docs/extraction.md, "round 59"): a grep printed two sentences of
            // heldout-257/05 and a failing consistency check one gold quote of heldout-260/01; no rule came from them.
            // With rules-1.60.3 and rules-1.60.4, scored in aggregate at the end of round 60: the same totals. Nobody
            // read their misses until round 61 tuned on them (rules-1.61.7: 0.898 / 0.811, 1096/136/112 and
            // 569/109/157, modality 0.956 (544/569), conditions 0.881 (96/109); floors raised to it, cut to three decimals)
            new Pool("held-out round 60, untouched until round 61", List.of("/heldout-257", "/heldout-258",
                    "/heldout-259", "/heldout-260", "/heldout-261", "/heldout-262", "/heldout-263", "/heldout-264",
                    "/heldout-265"), 117, 0.898, 0.810, 0.956, 0.880),
            // round 61's untouched batches, written in round 60 before any extractor ran on them and each scored in
            // aggregate then with rules-1.59.2, and at the end of round 60 with rules-1.60.3 and rules-1.60.4 (the same
            // totals each time): continental European press in English (heldout-266, 14 articles), wire-service copy
            // (heldout-267, 14), UN system and humanitarian releases (heldout-268, 12), climate and energy reporting
            // (heldout-269, 13), Australian, New Zealand and Pacific press (heldout-270, 12), Ukrainian, Polish, Baltic
            // and Balkan press (heldout-271, 12), broadcast web copy (heldout-272, 13), government and ministry
            // releases (heldout-273, 13), health, science and development policy news (heldout-274, 13); pooled at the
            // start of round 61 with rules-1.60.4, as here: 0.912 / 0.814, 1048/101/101 and 565/105/153, modality
            // 0.966 (546/565), conditions 0.934 (115/123). Round 60's slip (docs/extraction.md, "round 60"): a commit
            // took in five unfinished files of heldout-272 and was undone at once, unread. With rules-1.61.7, scored in
            // aggregate at the end of round 61: the same totals. Nobody read their misses until round 62 tuned on them
            // (rules-1.62.3: 0.924 / 0.829, 1062/88/87 and 579/100/139, modality 0.971 (562/579), conditions 0.937
            // (119/127); floors raised to it, cut to three decimals)
            new Pool("held-out round 61, untouched until round 62", List.of("/heldout-266", "/heldout-267",
                    "/heldout-268", "/heldout-269", "/heldout-270", "/heldout-271", "/heldout-272", "/heldout-273",
                    "/heldout-274"), 116, 0.923, 0.828, 0.970, 0.937),
            // round 62's untouched batches, written in round 61 before any extractor ran on them and each scored in
            // aggregate then with rules-1.60.4 and at the end of round 61 with rules-1.61.7: Indian, Pakistani,
            // Bangladeshi and Sri Lankan press (heldout-275, 13 articles), African English-language press (heldout-276,
            // 15), defence and security trade press (heldout-277, 12), interviews and transcripts (heldout-278, 13),
            // South-East Asian press (heldout-279, 13), British national and local politics (heldout-280, 13), US
            // Congress and White House politics (heldout-281, 14), newsletters, briefings and roundups (heldout-282,
            // 12), financial and economic press (heldout-283, 14), Japanese, Korean and Taiwanese press (heldout-284,
            // 15); pooled at the start of round 62 with rules-1.61.7, as here: 0.886 / 0.797, 1305/157/178 and
            // 622/139/177, modality 0.959 (597/622), conditions 0.934 (115/123). With rules-1.62.3, scored in aggregate
            // at the end of round 62: the same statement and commitment totals, conditions 116/123. Nobody read their
            // misses until round 63 tuned on them (rules-1.63.3: 0.893 / 0.804, 1318/150/165 and 630/139/169, modality
            // 0.962 (606/630), conditions 0.944 (118/125); floors raised to it, cut to three decimals; rules-1.63.4:
            // 1319/149/164 statements)
            new Pool("held-out round 62, untouched until round 63", List.of("/heldout-275", "/heldout-276",
                    "/heldout-277", "/heldout-278", "/heldout-279", "/heldout-280", "/heldout-281", "/heldout-282",
                    "/heldout-283", "/heldout-284"), 134, 0.893, 0.803, 0.961, 0.944),
            // round 63's untouched batches, written in round 62 before any extractor ran on them and each scored in
            // aggregate then with rules-1.61.7 and at the end of round 62 with rules-1.62.3: Israeli, Turkish, Iranian,
            // Lebanese and Jordanian press (heldout-285, 15 articles), summit communiques, joint statements and
            // readouts (heldout-286, 12), technology and corporate sustainability pledges (heldout-287, 13), Canadian
            // and Irish press (heldout-288, 13), Nordic and Central European press (heldout-289, 13), Latin American
            // and Caribbean press (heldout-290, 12), parliamentary and legislative coverage (heldout-291, 13), US local
            // and regional news (heldout-292, 12), live blogs and rolling coverage (heldout-293, 12), Central Asian,
            // South Caucasus and Russian independent press (heldout-294, 13); pooled at the start of round 63 with
            // rules-1.62.3, as here: 0.890 / 0.781, 1345/160/171 and 584/128/199, modality 0.950 (555/584),
            // conditions 0.932 (110/118). With rules-1.63.3 and rules-1.63.4, scored in aggregate at the end of round 63:
            // the same totals. Nobody read their misses until round 64 tuned on them (rules-1.64.5: 0.894 / 0.790,
            // 1350/155/166 and 593/125/190, modality 0.956 (567/593), conditions 0.949 (112/118); floors raised to it,
            // cut to three decimals)
            new Pool("held-out round 63, untouched until round 64", List.of("/heldout-285", "/heldout-286",
                    "/heldout-287", "/heldout-288", "/heldout-289", "/heldout-290", "/heldout-291", "/heldout-292",
                    "/heldout-293", "/heldout-294"), 128, 0.893, 0.790, 0.956, 0.949),
            // round 64's untouched batches, written in round 63 before any extractor ran on them and each scored in
            // aggregate then with rules-1.62.3 and at the end of round 63 with rules-1.63.4: Chinese, Hong Kong,
            // Taiwanese and Singaporean business and political press (heldout-295, 13 articles), Gulf and Arab
            // financial and political press (heldout-296, 13), courts, legal and regulatory news (heldout-297, 14),
            // NGO, charity and think-tank releases (heldout-298, 15), op-eds and speeches (heldout-299, 12), Pakistani,
            // Afghan and Iranian-diaspora press (heldout-300, 12), West and Central African press (heldout-301, 14),
            // EU institutions and the Brussels press (heldout-302, 12), short wire briefs (heldout-303, 16), sport,
            // culture, universities and philanthropy (heldout-304, 12), energy, mining and commodities trade press
            // (heldout-305, 13); pooled at the start of round 64 with rules-1.63.4, as here: 0.861 / 0.764,
            // 1164/159/216 and 637/135/259, modality 0.952 (607/637), conditions 0.909 (110/121). With rules-1.64.5,
            // scored in aggregate at the end of round 64: the same statement and commitment totals, modality 608/637.
            // Nobody read their misses until round 65 tuned on them (rules-1.65.4: 0.874 / 0.781, 1181/142/199 and
            // 661/135/235, modality 0.956 (632/661), conditions 0.911 (113/124); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 64, untouched until round 65", List.of("/heldout-295", "/heldout-296",
                    "/heldout-297", "/heldout-298", "/heldout-299", "/heldout-300", "/heldout-301", "/heldout-302",
                    "/heldout-303", "/heldout-304", "/heldout-305"), 146, 0.873, 0.781, 0.956, 0.911),
            // round 65's untouched batches, written in round 64 before any extractor ran on them and each scored in
            // aggregate then with rules-1.63.4 and at the end of round 64 with rules-1.64.5: broadcast and podcast
            // transcripts (heldout-306, 12 articles), Indian state press (heldout-307, 12), Eastern Mediterranean
            // press (heldout-308, 12), Australian and New Zealand press (heldout-309, 12), Latin American wire copy in
            // translation (heldout-310, 14), food, fisheries and maritime news (heldout-311, 15), science and health
            // agencies (heldout-312, 13), Korean and Japanese business press (heldout-313, 13), election campaigns
            // (heldout-314, 14), labour and unions (heldout-315, 14), UN humanitarian coverage (heldout-316, 13);
            // pooled at the start of round 65 with rules-1.64.5, as here: 0.869 / 0.729, 1249/176/199 and
            // 515/152/230, modality 0.965 (497/515), conditions 0.922 (107/116). With rules-1.65.4, scored in aggregate
            // at the end of round 65: the same statement totals, one wrong commitment fewer (515/151/230, 0.730),
            // modality and conditions the same. Nobody read their misses until round 66 tuned on them (rules-1.66.2:
            // 0.888 / 0.743, 1278/151/170 and 530/151/215, modality 0.966 (512/530), conditions 0.924 (110/119); floors
            // raised to it, cut to three decimals)
            new Pool("held-out round 65, untouched until round 66", List.of("/heldout-306", "/heldout-307",
                    "/heldout-308", "/heldout-309", "/heldout-310", "/heldout-311", "/heldout-312", "/heldout-313",
                    "/heldout-314", "/heldout-315", "/heldout-316"), 144, 0.888, 0.743, 0.966, 0.924),
            // round 66's untouched batches, written in round 65 before any extractor ran on them and each scored in
            // aggregate then with rules-1.64.5 and at the end of round 65 with rules-1.65.4: central banks
            // (heldout-317, 13 articles), East and Southern African press (heldout-318, 12), Russian and Chinese state
            // media (heldout-319, 14), continental European press in translation (heldout-320, 14), Canadian
            // provincial politics (heldout-321, 13), US state governors (heldout-322, 11), defence procurement
            // (heldout-323, 12), technology regulation (heldout-324, 13), migration and asylum (heldout-325, 12),
            // climate negotiations (heldout-326, 13), Pacific islands press (heldout-327, 13), health budgets
            // (heldout-328, 14); pooled at the start of round 66 with rules-1.65.4, as here: 0.905 / 0.783,
            // 1481/141/169 and 634/138/214, modality 0.962 (610/634), conditions 0.929 (118/127). With rules-1.66.2,
            // scored in aggregate at the end of round 66: 0.906 / 0.784, 1482/141/168 and 637/139/211, modality 0.962
            // (613/637), conditions 0.930 (120/129). Nobody read their misses until round 67 tuned on them (rules-1.67.8:
            // 0.911 / 0.791, 1491/133/159 and 645/138/203, modality 0.963 (621/645), conditions 0.939 (123/131); floors
            // raised to it, cut to three decimals)
            new Pool("held-out round 66, untouched until round 67", List.of("/heldout-317", "/heldout-318",
                    "/heldout-319", "/heldout-320", "/heldout-321", "/heldout-322", "/heldout-323", "/heldout-324",
                    "/heldout-325", "/heldout-326", "/heldout-327", "/heldout-328"), 154, 0.910, 0.790, 0.962, 0.938),
            // round 67's untouched batches, written in round 66 before any extractor ran on them and each scored in
            // aggregate then with rules-1.65.4 and at the end of round 66 with rules-1.66.2: South-East Asian politics
            // (heldout-329, 12 articles), Latin American domestic politics (heldout-330, 12), Middle East conflict
            // diplomacy (heldout-331, 12), energy transition and utilities (heldout-332, 12), trade disputes and
            // tariffs (heldout-333, 12), space and aviation (heldout-334, 14), pensions (heldout-335, 13), education
            // policy (heldout-336, 12), sanctions enforcement (heldout-337, 12), infrastructure and transport
            // (heldout-338, 13), food prices and farm subsidies (heldout-339, 12), North African press (heldout-340,
            // 12); pooled at the start of round 67 with rules-1.66.2, as here: 0.885 / 0.766, 1347/162/188 and
            // 657/144/257, modality 0.947 (622/657), conditions 0.883 (136/154). With rules-1.67.8, scored in aggregate
            // at the end of round 67: 0.885 / 0.766, 1347/162/188 and 658/146/256, modality 0.947 (623/658), conditions
            // 0.883 (136/154). Nobody read their misses until round 68 tuned on them (rules-1.68.7: 0.889 / 0.770,
            // 1354/156/181 and 663/145/251, modality 0.950 (630/663), conditions 0.883 (137/155); floors raised to it,
            // cut to three decimals)
            new Pool("held-out round 67, untouched until round 68", List.of("/heldout-329", "/heldout-330",
                    "/heldout-331", "/heldout-332", "/heldout-333", "/heldout-334", "/heldout-335", "/heldout-336",
                    "/heldout-337", "/heldout-338", "/heldout-339", "/heldout-340"), 148, 0.889, 0.770, 0.950, 0.883),
            // round 68's untouched batches, written in round 67 before any extractor ran on them and each scored in
            // aggregate then with rules-1.66.2 and at the end of round 67 with rules-1.67.8: Balkan politics
            // (heldout-341, 12 articles), UK local government (heldout-342, 12), Caribbean press (heldout-343, 12),
            // Nordic business and politics (heldout-344, 15), the African Union and regional blocs (heldout-345, 13),
            // housing policy (heldout-346, 13), water, drought and flood (heldout-347, 15), cybersecurity
            // (heldout-348, 12), mining royalties (heldout-349, 13), US Congress appropriations (heldout-350, 13),
            // pharmaceutical and medical pledges (heldout-351, 12), disaster recovery (heldout-352, 13); pooled at the
            // start of round 68 with rules-1.67.8, as here: 0.896 / 0.737, 1454/160/178 and 585/169/249, modality
            // 0.961 (562/585), conditions 0.902 (101/112). With rules-1.68.7, scored in aggregate at the end of round 68:
            // 0.896 / 0.736, 1454/160/178 and 585/170/249, modality 0.961 (562/585), conditions 0.902 (101/112).
            // Nobody read their misses until round 69 tuned on them (rules-1.69.11: 0.904 / 0.756, 1466/144/166 and
            // 600/153/234, modality 0.961 (577/600), conditions 0.905 (105/116); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 68, untouched until round 69", List.of("/heldout-341", "/heldout-342",
                    "/heldout-343", "/heldout-344", "/heldout-345", "/heldout-346", "/heldout-347", "/heldout-348",
                    "/heldout-349", "/heldout-350", "/heldout-351", "/heldout-352"), 155, 0.904, 0.756, 0.961, 0.905),
            // round 69's untouched batches, written in round 68 before any extractor ran on them and each scored in
            // aggregate then with rules-1.67.8 and at the end of round 68 with rules-1.68.7: Central Asian energy
            // (heldout-353, 12 articles), Korean and Japanese politics (heldout-354, 12), German Länder politics
            // (heldout-355, 12), French regional press in translation (heldout-356, 14), sports mega-events
            // (heldout-357, 15), shipping and ports (heldout-358, 12), Gulf sovereign wealth funds (heldout-359, 13),
            // Indian state elections (heldout-360, 13), Eastern European press (heldout-361, 13), Australian state
            // politics (heldout-362, 13), nuclear energy (heldout-363, 13), fisheries and oceans (heldout-364, 13);
            // pooled at the start of round 69 with rules-1.68.7, as here: 0.883 / 0.728, 1413/171/205 and
            // 556/198/218, modality 0.959 (533/556), conditions 0.886 (93/105). With rules-1.69.11, scored in aggregate at
            // the end of round 69: 0.882 / 0.732, 1412/171/206 and 558/193/216, modality 0.959 (535/558), conditions
            // 0.887 (94/106).
            // Nobody read their misses until round 70 tuned on them (rules-1.70.6: 0.890 / 0.739, 1426/159/192 and
            // 563/187/211, modality 0.959 (540/563), conditions 0.888 (95/107); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 69, untouched until round 70", List.of("/heldout-353", "/heldout-354",
                    "/heldout-355", "/heldout-356", "/heldout-357", "/heldout-358", "/heldout-359", "/heldout-360",
                    "/heldout-361", "/heldout-362", "/heldout-363", "/heldout-364"), 155, 0.890, 0.738, 0.959, 0.887),
            // round 70's untouched batches, written in round 69 before any extractor ran on them and each scored in
            // aggregate then with rules-1.68.7 and at the end of round 69 with rules-1.69.11: Latin American mining
            // (heldout-365, 12 articles), AI industry pledges (heldout-366, 12), Scandinavian press in translation
            // (heldout-367, 12), Pakistani and Bangladeshi press (heldout-368, 14), Spanish and Portuguese regional
            // press (heldout-369, 12), central bank decisions (heldout-370, 13), telecoms and 5G (heldout-371, 13),
            // refugee agencies (heldout-372, 13), arms control (heldout-373, 12), public health outbreaks
            // (heldout-374, 13), rail strikes and labour disputes (heldout-375, 12), Turkish press in English
            // (heldout-376, 12); pooled at the start of round 70 with rules-1.69.11, as here: 0.892 / 0.768,
            // 1483/165/193 and 658/151/247, modality 0.965 (635/658), conditions 0.934 (113/121). With rules-1.70.6,
            // scored in aggregate at the end of round 70: the same counts.
            // Nobody read their misses until round 71 tuned on them (rules-1.71.6: 0.900 / 0.779, 1498/156/178 and
            // 669/144/236, modality 0.966 (646/669), conditions 0.935 (116/124); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 70, untouched until round 71", List.of("/heldout-365", "/heldout-366",
                    "/heldout-367", "/heldout-368", "/heldout-369", "/heldout-370", "/heldout-371", "/heldout-372",
                    "/heldout-373", "/heldout-374", "/heldout-375", "/heldout-376"), 150, 0.899, 0.778, 0.965, 0.935),
            // round 71's untouched batches, written in round 70 before any extractor ran on them and each scored in
            // aggregate then with rules-1.69.11 and at the end of round 70 with rules-1.70.6: Antarctic and polar
            // affairs (heldout-377, 12 articles), Ukrainian regional press (heldout-378, 14), Indonesian and
            // Malaysian press (heldout-379, 13), Israeli press (heldout-380, 12), Canadian provincial politics
            // (heldout-381, 13), US state governors (heldout-382, 13), space agencies (heldout-383, 12),
            // semiconductor subsidies (heldout-384, 13), pharmaceutical price deals (heldout-385, 12), wildfire
            // response (heldout-386, 13), EU Council conclusions and summit readouts (heldout-387, 12), Nigerian press
            // (heldout-388, 13); pooled at the start of round 71 with rules-1.70.6, as here: 0.892 / 0.768,
            // 1434/161/188 and 604/170/195, modality 0.969 (585/604), conditions 0.921 (117/127). With rules-1.71.6,
            // scored in aggregate at the end of round 71: 0.892 / 0.769, 1435/161/187 and 605/170/194, modality 0.969
            // (586/605), conditions 0.922 (118/128).
            // Nobody read their misses until round 72 tuned on them (rules-1.72.7: 0.896 / 0.774, 1441/154/181 and
            // 610/168/189, modality 0.969 (591/610), conditions 0.922 (119/129); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 71, untouched until round 72", List.of("/heldout-377", "/heldout-378",
                    "/heldout-379", "/heldout-380", "/heldout-381", "/heldout-382", "/heldout-383", "/heldout-384",
                    "/heldout-385", "/heldout-386", "/heldout-387", "/heldout-388"), 152, 0.895, 0.773, 0.968, 0.922),
            // round 72's untouched batches, written in round 71 before any extractor ran on them and each scored in
            // aggregate then with rules-1.70.6 and at the end of round 71 with rules-1.71.6 (the same counts):
            // Iranian press in English (heldout-389, 12 articles), UN Security Council debates (heldout-390, 12),
            // Pacific island press (heldout-391, 14), Brazilian politics (heldout-392, 12), Indian business press
            // (heldout-393, 12), Irish politics (heldout-394, 13), Kenyan and East African press (heldout-395, 12),
            // Philippine press (heldout-396, 14), Gulf press in English (heldout-397, 15), Mexican press
            // (heldout-398, 12), Vietnamese and Thai press in English (heldout-399, 12), aviation and airlines
            // (heldout-400, 13); pooled at the start of round 72 with rules-1.71.6, as here: 0.861 / 0.737,
            // 1438/220/246 and 660/198/274, modality 0.956 (631/660), conditions 0.884 (130/147). In round 71 a
            // comparison run whose leave-out pattern missed heldout-400 printed about ten marked lines of three of
            // its articles; no rule came from them (docs/extraction.md, round 71, "A slip"). With rules-1.72.7, scored
            // in aggregate at the end of round 72: 0.861 / 0.739, 1438/220/246 and 660/193/274, modality 0.956
            // (631/660), conditions 0.884 (130/147).
            // Nobody read their misses until round 73 tuned on them (rules-1.73.3: 0.875 / 0.741, 1463/198/221 and
            // 665/195/269, modality 0.956 (636/665), conditions 0.886 (132/149); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 72, untouched until round 73", List.of("/heldout-389", "/heldout-390",
                    "/heldout-391", "/heldout-392", "/heldout-393", "/heldout-394", "/heldout-395", "/heldout-396",
                    "/heldout-397", "/heldout-398", "/heldout-399", "/heldout-400"), 153, 0.874, 0.741, 0.956, 0.885),
            // round 73's untouched batches, written in round 72 before any extractor ran on them and each scored in
            // aggregate then with rules-1.71.6 and at the end of round 72 with rules-1.72.7 (two statements without
            // gold fewer in heldout-401): auto industry and EVs (heldout-401, 13 articles), food security and
            // agriculture (heldout-402, 13), sovereign debt and the IMF (heldout-403, 12), European election
            // campaigns (heldout-404, 12), Caribbean press (heldout-405, 12), Balkan press (heldout-406, 12), Baltic
            // press (heldout-407, 11), Korean business press (heldout-408, 13), Egyptian press (heldout-409, 12),
            // South African press (heldout-410, 13), oil and gas and OPEC (heldout-411, 12), defence procurement
            // (heldout-412, 13); pooled at the start of round 73 with rules-1.72.7, as here: 0.897 / 0.789,
            // 1386/149/168 and 661/142/212, modality 0.961 (635/661), conditions 0.935 (115/123). With rules-1.73.3,
            // scored in aggregate at the end of round 73: 0.898 / 0.790, 1388/149/166 and 662/142/211, modality 0.961
            // (636/662), conditions 0.935 (115/123).
            // Nobody read their misses until round 74 tuned on them (rules-1.74.7: 0.908 / 0.801, 1405/136/149 and
            // 676/138/197, modality 0.962 (650/676), conditions 0.937 (118/126); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 73, untouched until round 74", List.of("/heldout-401", "/heldout-402",
                    "/heldout-403", "/heldout-404", "/heldout-405", "/heldout-406", "/heldout-407", "/heldout-408",
                    "/heldout-409", "/heldout-410", "/heldout-411", "/heldout-412"), 148, 0.907, 0.801, 0.961, 0.936),
            // round 74's untouched batches, written in round 73 before any extractor ran on them and each scored in
            // aggregate then with rules-1.72.7 and at the end of round 73 with rules-1.73.3 (one statement without
            // gold more in heldout-415): Central American press (heldout-413, 13 articles), Ghanaian press
            // (heldout-414, 13), Ethiopian press (heldout-415, 12), mining in Africa (heldout-416, 13), water and
            // drought (heldout-417, 13), tech regulation and antitrust (heldout-418, 15), humanitarian appeals
            // (heldout-419, 13), Japanese business press (heldout-420, 14), Nordic energy (heldout-421, 12),
            // Australian state politics (heldout-422, 12), Argentine and Chilean press (heldout-423, 12), Polish
            // press (heldout-424, 12); pooled at the start of round 74 with rules-1.73.3, as here: 0.878 / 0.733,
            // 1328/172/197 and 603/169/271, modality 0.968 (584/603), conditions 0.931 (108/116). In round 73's
            // review, after tuning had ended, a diff meant for code printed about a hundred lines of heldout-413's
            // and heldout-424's gold and text (docs/extraction.md, round 73, "A slip"). With rules-1.74.7, scored in
            // aggregate at the end of round 74: the same (0.878 / 0.733, 1328/172/197 and 603/169/271).
            // Nobody read their misses until round 75 tuned on them (rules-1.75.3: 0.884 / 0.734, 1339/166/186 and
            // 604/168/270, modality 0.968 (585/604), conditions 0.931 (109/117); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 74, untouched until round 75", List.of("/heldout-413", "/heldout-414",
                    "/heldout-415", "/heldout-416", "/heldout-417", "/heldout-418", "/heldout-419", "/heldout-420",
                    "/heldout-421", "/heldout-422", "/heldout-423", "/heldout-424"), 154, 0.883, 0.733, 0.968, 0.931),
            // round 75's untouched batches, written in round 74 before any extractor ran on them and each scored in
            // aggregate then with rules-1.73.3 and at the end of round 74 with rules-1.74.7 (one commitment right
            // fewer and two more wrong in heldout-425, three more right in heldout-432): Romanian and Bulgarian press
            // (heldout-425, 12 articles), shipping and ports (heldout-426, 12), nuclear power (heldout-427, 12),
            // fisheries and oceans (heldout-428, 13), education policy (heldout-429, 15), housing policy
            // (heldout-430, 12), pension reform (heldout-431, 12), sports mega-events (heldout-432, 12), Central
            // Asian press (heldout-433, 13), Turkish press (heldout-434, 13), Pakistani press (heldout-435, 12),
            // Canadian federal politics (heldout-436, 13); pooled at the start of round 75 with rules-1.74.7, as
            // here: 0.898 / 0.778, 1460/161/172 and 638/131/233, modality 0.959 (612/638), conditions 0.882
            // (112/127). With rules-1.75.3, scored in aggregate at the end of round 75: the same counts.
            // Nobody read their misses until round 76 tuned on them (rules-1.76.12: 0.904 / 0.780, 1471/150/161 and
            // 640/130/231, modality 0.959 (614/640), conditions 0.882 (112/127); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 75, untouched until round 76", List.of("/heldout-425", "/heldout-426",
                    "/heldout-427", "/heldout-428", "/heldout-429", "/heldout-430", "/heldout-431", "/heldout-432",
                    "/heldout-433", "/heldout-434", "/heldout-435", "/heldout-436"), 151, 0.904, 0.780, 0.959, 0.881),
            // round 76's untouched batches, written in round 75 before any extractor ran on them and each scored in
            // aggregate then with rules-1.74.7 and at the end of round 75 with rules-1.75.3 (two statements right
            // fewer in heldout-437, one more right and one commitment more wrong in heldout-440): Bangladeshi press
            // (heldout-437, 12 articles), Sri Lankan press (heldout-438, 16), Colombian and Peruvian press
            // (heldout-439, 13), US Congress (heldout-440, 12), German press in English (heldout-441, 12), French
            // press in English (heldout-442, 13), telecoms and 5G (heldout-443, 12), AI policy (heldout-444, 13),
            // public health and vaccines (heldout-445, 12), Indonesian and Malaysian press (heldout-446, 12),
            // Israeli press (heldout-447, 12), space policy (heldout-448, 12); pooled at the start of round 76 with
            // rules-1.75.3, as here: 0.893 / 0.755, 1355/158/167 and 638/150/265, modality 0.959 (612/638),
            // conditions 0.966 (144/149). With rules-1.76.12, scored in aggregate at the end of round 76: 0.894 /
            // 0.755, one statement more right (1356/157/166, in heldout-439), commitments the same.
            // Nobody read their misses until round 77 tuned on them (rules-1.77.3: 0.903 / 0.763, 1369/141/153 and
            // 646/145/257, modality 0.959 (620/646), conditions 0.967 (147/152); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 76, untouched until round 77", List.of("/heldout-437", "/heldout-438",
                    "/heldout-439", "/heldout-440", "/heldout-441", "/heldout-442", "/heldout-443", "/heldout-444",
                    "/heldout-445", "/heldout-446", "/heldout-447", "/heldout-448"), 151, 0.903, 0.762, 0.959, 0.967),
            // round 77's untouched batches, written in round 76 before any extractor ran on them and each scored in
            // aggregate then with rules-1.75.3 and at the end of round 76 with rules-1.76.12 (six commitments more
            // right and one statement fewer without gold in heldout-454): Italian press in English (heldout-449, 12
            // articles), Spanish press in English (heldout-450, 12), Scandinavian politics (heldout-451, 12), Iraqi
            // and Kurdish press (heldout-452, 13), Ukrainian regional press (heldout-453, 12), semiconductors and
            // chip policy (heldout-454, 12), climate adaptation finance (heldout-455, 13), West African francophone
            // press in English (heldout-456, 13), Kenyan and Ugandan press (heldout-457, 14), Vietnamese and Thai
            // press (heldout-458, 12), Gulf business press (heldout-459, 14), Brazilian press in English
            // (heldout-460, 13); pooled at the start of round 77 with rules-1.76.13, as here: 0.865 / 0.771,
            // 1192/161/212 and 592/138/213, modality 0.972 (576/592), conditions 0.944 (119/126). With rules-1.77.3,
            // scored in aggregate at the end of round 77: the same counts.
            // Nobody read their misses until round 78 tuned on them (rules-1.78.10: 0.887 / 0.789, 1224/133/180 and
            // 609/130/196, modality 0.973 (593/609), conditions 0.947 (124/131); floors raised to it, cut to three
            // decimals)
            new Pool("held-out round 77, untouched until round 78", List.of("/heldout-449", "/heldout-450",
                    "/heldout-451", "/heldout-452", "/heldout-453", "/heldout-454", "/heldout-455", "/heldout-456",
                    "/heldout-457", "/heldout-458", "/heldout-459", "/heldout-460"), 152, 0.886, 0.788, 0.973, 0.946),
            // round 78's untouched batches, written in round 77 before any extractor ran on them and each scored in
            // aggregate then with rules-1.76.13 and at the end of round 77 with rules-1.77.3 (one statement more
            // right in heldout-465): Mexican press in English (heldout-461, 12 articles), Irish politics
            // (heldout-462, 14), Australian federal politics (heldout-463, 15), trade unions and labour disputes
            // (heldout-464, 12), central banking (heldout-465, 13), arms control (heldout-466, 12), refugee policy
            // in Europe (heldout-467, 12), infrastructure and rail (heldout-468, 12), Greek and Cypriot press
            // (heldout-469, 13), Balkan press (heldout-470, 12), Philippine press (heldout-471, 13), Egyptian press
            // (heldout-472, 12); pooled at the start of round 78 with rules-1.77.3, as here: 0.876 / 0.756,
            // 1377/190/200 and 591/135/246, modality 0.972 (575/591), conditions 0.915 (109/119). With rules-1.78.10,
            // scored in aggregate at the end of round 78: one statement more right (1378/190/199), commitments the
            // same.
            new Pool("held-out round 78, untouched", List.of("/heldout-461", "/heldout-462", "/heldout-463",
                    "/heldout-464", "/heldout-465", "/heldout-466", "/heldout-467", "/heldout-468", "/heldout-469",
                    "/heldout-470", "/heldout-471", "/heldout-472"), 152, 0.875, 0.756, 0.972, 0.915));

    static final Map<Pool, Evaluation> EVALUATIONS = new LinkedHashMap<>();
    static final Map<Pool, Integer> SIZES = new LinkedHashMap<>();

    @BeforeAll
    static void evaluate() throws URISyntaxException {
        Extractor extractor = Extractors.createDefault();
        for (Pool pool : POOLS) {
            List<GoldArticle> articles = new ArrayList<>();
            for (String batch : pool.batches()) {
                articles.addAll(Corpus.read(resource(batch)));
            }
            Evaluation e = EvaluateCorpus.evaluate(extractor, articles, false);
            EVALUATIONS.put(pool, e);
            SIZES.put(pool, articles.size());
            System.out.println(pool.name() + " (" + articles.size() + " articles):\n" + e.summary());
        }
    }

    static Stream<Pool> pools() {
        return POOLS.stream();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(DevCorpusQualityTest.class.getResource(name).toURI());
    }

    /**
     * The trained judge of the extractor ({@code SpeakersPledgeModel}) must never have learnt from a batch that is
     * still an estimate of unseen news: the exclusion pattern it was trained with, kept beside it, covers every pool
     * that is untouched.
     */
    @Test
    void theTrainedJudgeNeverSawAnUntouchedPool() throws java.io.IOException {
        java.util.Properties manifest = new java.util.Properties();
        try (var in = DevCorpusQualityTest.class.getResourceAsStream("/models/speakers-pledge.properties")) {
            manifest.load(in);
        }
        java.util.regex.Pattern excluded = java.util.regex.Pattern.compile(manifest.getProperty("excluded"));
        List<Pool> untouched = POOLS.stream().filter(p -> p.name().endsWith(", untouched")).toList();
        assertTrue(untouched.size() >= 1, "no untouched pool left to measure unseen news with");
        for (Pool pool : untouched) {
            for (String batch : pool.batches()) {
                assertTrue(excluded.matcher(batch.substring(1)).matches(), () -> pool + ": the model was trained on " + batch);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("pools")
    void poolIsLargeEnough(Pool pool) {
        assertTrue(SIZES.get(pool) >= pool.minArticles(), pool + " articles: " + SIZES.get(pool));
    }

    @ParameterizedTest
    @MethodSource("pools")
    void statementsF1(Pool pool) {
        Evaluation e = EVALUATIONS.get(pool);
        assertTrue(e.statements().f1() >= pool.statementsF1(), () -> pool + "\n" + e.summary());
    }

    @ParameterizedTest
    @MethodSource("pools")
    void commitmentsF1(Pool pool) {
        Evaluation e = EVALUATIONS.get(pool);
        assertTrue(e.commitments().f1() >= pool.commitmentsF1(), () -> pool + "\n" + e.summary());
    }

    @ParameterizedTest
    @MethodSource("pools")
    void modalityAccuracy(Pool pool) {
        Evaluation e = EVALUATIONS.get(pool);
        assertTrue(e.modalityAccuracy() >= pool.modalityAccuracy(), () -> pool + "\n" + e.summary());
    }

    @ParameterizedTest
    @MethodSource("pools")
    void conditionRecall(Pool pool) {
        Evaluation e = EVALUATIONS.get(pool);
        assertTrue(e.conditionRecall() >= pool.conditionRecall(), () -> pool + "\n" + e.summary());
    }
}
