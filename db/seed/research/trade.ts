import type { SeedResearch } from '../types';
import { CORPUS_NOTE, RESEARCHED_ON, source } from './common';

// Trade and digital commitments: what happened after the Dushanbe speech. Figures, names and
// dates come from the pages cited; the notes are our own words (docs/dataset.md).

const VI_TRADE = 'kazinform-2024-08-09-strong-economic-base';
const VI_RAHMON = 'newsaz-2024-08-09-rahmon-trade-rising';
const VII_TRADE = 'kazinform-2025-11-16-transport-strategy-proposal';
const TRADE_MINISTERS = 'asiaplus-2025-11-14-made-in-central-asia';
const SPECA = 'centralasianlight-2023-11-27-speca-exports';
const VI_OUTCOMES = 'nca-2024-08-09-sixth-meeting-outcomes';
const INDUSTRY_MINISTERS = 'khovar-2025-06-04-industry-ministers';
const IT_ADDRESS = 'daryo-2023-09-02-it-exports-plan';
const IT_MINISTER = 'kazinform-kk-2026-01-it-services-exports';
const IT_XINHUA = 'milosi-2026-01-17-xinhua-digitalization';

export const tradeResearch: SeedResearch = {
  sources: [
    source({
      slug: VI_TRADE,
      title: 'Building strong economic base in CA is a crucial task – President',
      publisher: 'Kazinform',
      publishedOn: '2024-08-09',
      url: 'https://en.inform.kz/news/building-strong-economic-base-in-ca-is-a-crucial-task-president-ced135/',
      kind: 'news-report',
      place: 'Astana, Kazakhstan',
      language: 'en',
      description:
        'Report of President Tokayev’s speech at the Sixth Consultative Meeting in Astana, where he gave trade among the Central Asian states as about $11 bn for the previous year.',
    }),
    source({
      slug: VI_RAHMON,
      title: 'Trade turnover in Central Asia region rising – president of Tajikistan',
      publisher: 'News.az',
      publishedOn: '2024-08-09',
      url: 'https://news.az/news/trade-turnover-in-central-asia-region-rising-president-of-tajikistan',
      kind: 'news-report',
      place: 'Astana, Kazakhstan',
      language: 'en',
      description:
        'Report of President Rahmon’s remarks at the same summit: regional trade of more than $10 bn, up by over 80% in five years, and room to reach $20 bn soon.',
    }),
    source({
      slug: VII_TRADE,
      title:
        'Казахстан предложил разработать комплексную стратегию развития транспортной системы ЦА [Kazakhstan proposed a comprehensive strategy for the Central Asian transport system]',
      publisher: 'Kazinform',
      publishedOn: '2025-11-16',
      url: 'https://www.inform.kz/ru/kazahstan-predlozhil-razrabotat-kompleksnuyu-strategiyu-razvitiya-transportnoy-sistemi-tsa-8277aa',
      kind: 'news-report',
      place: 'Tashkent, Uzbekistan',
      language: 'ru',
      description:
        'Russian-language report of President Tokayev’s speech at the Seventh Consultative Meeting in Tashkent. The title is taken from the page’s address, which the stored copy shows in place of a headline. He put regional trade in 2024 at $11.5 bn and named $20 bn as the aim.',
    }),
    source({
      slug: TRADE_MINISTERS,
      title: 'Central Asian countries to launch "Made in Central Asia" brand and boost trade to $20 billion',
      publisher: 'Asia-Plus',
      publishedOn: '2025-11-14',
      publishedOnNote: 'Date from the page’s address.',
      url: 'https://www.asiaplustj.info/en/news/centralasia/20251114/central-asian-countries-to-launch-made-in-central-asia-brand-and-boost-trade-to-20-billion',
      kind: 'news-report',
      place: 'Tashkent, Uzbekistan',
      language: 'en',
      description:
        'Report of the first meeting of the Council of Ministers of Trade and Investment of Central Asia (with Azerbaijan), Tashkent, 13 November 2025: a $20 bn goal for mutual trade and an Uzbek proposal for a single digital catalogue of producers.',
    }),
    source({
      slug: SPECA,
      title: 'Kazakhstan ready to increase exports to SPECA countries by $2.3 billion.',
      publisher: 'CentralAsianLIGHT',
      publishedOn: '2023-11-27',
      url: 'https://centralasianlight.org/news/kazakhstan-ready-to-increase-exports-to-speca-countries-by-2.3-billion/',
      kind: 'news-report',
      place: 'Baku, Azerbaijan',
      language: 'en',
      description:
        'Report of President Tokayev at the first summit of the UN Special Programme for the Economies of Central Asia (SPECA), 24 November 2023, naming 175 non-resource items worth $2.3 bn of potential exports to the SPECA countries.',
    }),
    source({
      slug: VI_OUTCOMES,
      title:
        '6th Consultative Meeting of the Heads of Central Asian states in Astana: Central Asian leaders outline long-term plans for regional cooperation',
      publisher: 'News Central Asia (nCa)',
      publishedOn: '2024-08-09',
      url: 'https://www.newscentralasia.net/2024/08/09/6th-consultative-meeting-of-the-heads-of-central-asian-states-in-astana-central-asian-leaders-outline-long-term-plans-for-regional-cooperation/',
      kind: 'news-report',
      place: 'Astana, Kazakhstan',
      language: 'en',
      description:
        'Outcomes of the Sixth Consultative Meeting: the documents signed, and those approved through the Joint Statement, among them a 2025–2027 Roadmap and an Action Plan for industrial cooperation for 2025–2027.',
    }),
    source({
      slug: INDUSTRY_MINISTERS,
      title:
        'В Душанбе началась Первая Консультативная встреча министров промышленности государств Центральной Азии [The First Consultative Meeting of Central Asian industry ministers began in Dushanbe]',
      publisher: 'Khovar (National Information Agency of Tajikistan)',
      publishedOn: '2025-06-04',
      url: 'https://khovar.tj/rus/2025/06/v-dushanbe-nachalas-pervaya-konsultativnaya-vstrecha-ministrov-promyshlennosti-gosudarstv-tsentralnoj-azii',
      kind: 'news-report',
      place: 'Dushanbe, Tajikistan',
      language: 'ru',
      description: 'The first meeting of the industry ministers of the Central Asian states, proposed at the Astana summit of 2024.',
    }),
    source({
      slug: IT_ADDRESS,
      title: "President Tokayev unveils ambitious plan to propel Kazakhstan's IT exports to $1 bn by 2026",
      publisher: 'Daryo',
      publishedOn: '2023-09-02',
      publishedOnNote: 'Date from the page’s address.',
      url: 'https://daryo.uz/en/2023/09/02/president-tokayev-unveils-ambitious-plan-to-propel-kazakhstans-it-exports-to-1-bn-by-2026',
      kind: 'news-report',
      language: 'en',
      description:
        'Report of the state-of-the-nation address of 1 September 2023, two weeks before Dushanbe: IT exports grew fivefold in 2022, could reach $500 m in 2023, and are to reach $1 bn by 2026.',
    }),
    source({
      slug: IT_MINISTER,
      title: 'Өткен жылғы ІТ-қызметтердің экспорты 1 млрд долларға жетті [Last year’s IT services exports reached $1 billion]',
      publisher: 'Kazinform',
      publishedOn: '2026-01-06',
      publishedOnNote:
        'The page shows no date. The minister calls 2025 “last year”, so it is from early 2026; 6 January 2026, the first government session of the year, is our estimate.',
      url: 'https://kaz.inform.kz/news/otken-zhilgi-t-kizmetterdn-eksporti-1-mlrd-dollarga-zhett-55d0e6/',
      kind: 'news-report',
      language: 'kk',
      description:
        'Kazakh-language report of Zhaslan Madiyev, Deputy Prime Minister and Minister of Artificial Intelligence and Digital Development, at a government session. The headline says exports reached $1 bn; the minister’s own words, as quoted, are that he expects them to reach $1 bn for 2025.',
    }),
    source({
      slug: IT_XINHUA,
      title: 'Special Report: The Year of Digitalization and AI: How Kazakhstan Enters a New Stage of Modernization',
      publisher: 'MIL-OSI (machine translation of a Xinhua report)',
      publishedOn: '2026-01-17',
      url: 'https://translation1.mil-osi.com/2026/01/17/%d1%81%d0%bf%d0%b5%d1%86%d0%b8%d0%b0%d0%bb%d1%8c%d0%bd%d1%8b%d0%b9-%d1%80%d0%b5%d0%bf%d0%be%d1%80%d1%82%d0%b0%d0%b6-%d0%b3%d0%be%d0%b4-%d1%86%d0%b8%d1%84%d1%80%d0%be%d0%b2%d0%b8%d0%b7%d0%b0%d1%86',
      kind: 'news-report',
      language: 'en',
      description:
        'A Xinhua feature on Kazakhstan’s Year of Digitalization and AI, stating that IT service exports reached about $1 bn by the end of 2025.',
    }),
  ],

  observations: [
    {
      metric: 'intra-regional-trade',
      period: '2023',
      periodEnd: '2023-12-31',
      value: 11,
      qualifier: 'exact',
      source: VI_TRADE,
      note: 'Given by President Tokayev at the Sixth Consultative Meeting (Astana, 9 August 2024) as trade among the Central Asian states; the year is implied (the full year before the summit). Preferred: the same speaker and measure as the baseline.',
      derived: false,
      preferred: true,
    },
    {
      metric: 'intra-regional-trade',
      period: '2023',
      periodEnd: '2023-12-31',
      value: 10,
      qualifier: 'at-least',
      source: VI_RAHMON,
      note: 'President Rahmon at the same summit: “more than $10 bn”, a lower bound below Tokayev’s $11 bn for the same year. Kept beside the preferred figure; the two leaders disagree.',
      derived: false,
      preferred: false,
    },
    {
      metric: 'intra-regional-trade',
      period: '2024',
      periodEnd: '2024-12-31',
      value: 11.5,
      qualifier: 'exact',
      source: VII_TRADE,
      note: 'Given by President Tokayev at the Seventh Consultative Meeting (Tashkent, 16 November 2025) for “last year”, 2024. Preferred: the same speaker and measure as the baseline and the 2023 figure.',
      derived: false,
      preferred: true,
    },
    {
      metric: 'intra-regional-trade',
      period: '2024',
      periodEnd: '2024-12-31',
      value: 11,
      qualifier: 'exact',
      source: TRADE_MINISTERS,
      note: 'Uzbekistan’s Minister of Investment, Industry and Trade, Laziz Kudratov, “according to Uzbek data”, at the trade ministers’ council in Tashkent. Lower than Tokayev’s $11.5 bn for the same year; no statistics agency total for all five states was found to settle it.',
      derived: false,
      preferred: false,
    },
    {
      metric: 'it-exports',
      period: '2023',
      periodEnd: '2023-12-31',
      value: 0.5,
      qualifier: 'forecast',
      source: IT_ADDRESS,
      note: 'What the President said 2023 exports “may reach” ($500 m), in the address of 1 September 2023: a forecast, shown but never counted. No reported figure for 2023 was found.',
      derived: false,
      preferred: true,
      recordedOn: RESEARCHED_ON,
    },
    {
      metric: 'it-exports',
      period: '2025',
      periodEnd: '2025-12-31',
      value: 1,
      qualifier: 'forecast',
      source: IT_MINISTER,
      note: 'The minister expects IT services exports to reach $1 bn for 2025. Preferred over the Xinhua figure: it is the government’s own statement, and it is an expectation, so the target is not counted as reached until a reported figure appears.',
      derived: false,
      preferred: true,
    },
    {
      metric: 'it-exports',
      period: '2025',
      periodEnd: '2025-12-31',
      value: 1,
      qualifier: 'about',
      source: IT_XINHUA,
      note: 'Xinhua states exports reached about $1 bn by the end of 2025. It gives no statistical source, and the minister’s own words are an expectation: kept, not preferred.',
      derived: false,
      preferred: false,
    },
  ],

  updates: [
    {
      commitment: 'intra-regional-trade-15bn',
      asOf: '2024-08-09',
      verdict: 'in-progress',
      stage: null,
      note: 'At the Sixth Consultative Meeting President Tokayev put trade among the five states at about $11 bn for 2023, up from $10.6 bn; President Rahmon gave “more than $10 bn” for the same year. Both figures are recorded; Tokayev’s is preferred, as it is the series of the baseline.',
      source: VI_TRADE,
      evidence: [
        {
          url: 'https://news.az/news/trade-turnover-in-central-asia-region-rising-president-of-tajikistan',
          title: 'News.az: Trade turnover in Central Asia region rising – president of Tajikistan',
        },
      ],
    },
    {
      commitment: 'intra-regional-trade-15bn',
      asOf: '2025-11-16',
      verdict: 'in-progress',
      stage: null,
      note: 'At the Seventh Consultative Meeting President Tokayev gave 2024 regional trade as $11.5 bn and named $20 bn as the aim, without a date; three days earlier the region’s trade ministers (with Azerbaijan) had discussed the same $20 bn. The higher goal is recorded as a revision of the target. Against the original $15 bn, growth since 2022 is well below the pace required (our reading of the computed trajectory).',
      source: VII_TRADE,
      evidence: [
        {
          url: 'https://www.asiaplustj.info/en/news/centralasia/20251114/central-asian-countries-to-launch-made-in-central-asia-brand-and-boost-trade-to-20-billion',
          title: 'Asia-Plus: Central Asian countries to launch "Made in Central Asia" brand and boost trade to $20 billion',
        },
      ],
    },
    {
      commitment: 'intra-regional-trade-15bn',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'in-progress',
      stage: null,
      note: `Reviewed: searched in English, Russian and Kazakh for a total of trade among the five states for 2025 or the first months of 2026 (statistics agencies, leaders, trade ministries). None was found; the latest figure stays the $11.5 bn of 2024. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'non-resource-exports-175-categories',
      asOf: '2023-11-24',
      verdict: 'not-started',
      stage: null,
      note: 'At the first SPECA summit in Baku, President Tokayev repeated the 175 non-resource items, now valued at $2.3 bn of potential exports, but to the wider SPECA group rather than the four Central Asian neighbours. A statement of potential, not progress.',
      source: SPECA,
    },
    {
      commitment: 'non-resource-exports-175-categories',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'not-started',
      stage: null,
      note: `Reviewed: searched in English, Russian and Kazakh for any count of the 175 items exported, a list of them, or a trade-ministry report on them (QazTrade, the Ministry of Trade and Integration). No evidence found of progress or of a count since November 2023. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'commodity-producers-database',
      asOf: '2025-11-13',
      verdict: 'not-started',
      stage: null,
      note: 'At the first trade ministers’ council in Tashkent, Uzbekistan proposed a single digital catalogue of the region’s producers. A fresh proposal of a similar idea two years on suggests that no regional database existed yet (our interpretation).',
      source: TRADE_MINISTERS,
    },
    {
      commitment: 'commodity-producers-database',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'not-started',
      stage: null,
      note: `Reviewed: searched in English, Russian and Kazakh for a launch, pilot or operator of a regional database of producers or of the Central Asia Gateway portal. No evidence found. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'industrial-cooperation-action-plan',
      asOf: '2024-08-09',
      verdict: 'achieved',
      stage: 'adopted',
      note: 'The heads of state approved, through the Joint Statement of the Sixth Consultative Meeting in Astana, a 2025–2027 action plan on industrial cooperation among the Central Asian states, eleven months after the proposal. No page names the ministry that drafted it.',
      source: VI_OUTCOMES,
      evidence: [
        {
          url: 'https://24.kz/kz/zha-aly-tar/sayasat/item/665053-vi-konsultativtik-kezdesui-orytyndysy-bojynsha-prezidentter-birneshe-zhat-a-ol-ojdy',
          title: '24.kz (in Kazakh): documents signed at the Sixth Consultative Meeting',
        },
      ],
    },
    {
      commitment: 'industrial-cooperation-action-plan',
      asOf: '2025-06-04',
      verdict: 'achieved',
      stage: null,
      note: 'The first meeting of the region’s industry ministers was held in Dushanbe. The report does not say whether it reviewed the plan; no report on carrying it out was found.',
      source: INDUSTRY_MINISTERS,
    },
    {
      commitment: 'industrial-cooperation-action-plan',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'achieved',
      stage: null,
      note: `Reviewed: searched in English, Russian and Kazakh for a report on carrying out the 2025–2027 plan or for its replacement. None found; the plan stands as adopted. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'it-exports-1bn-by-2026',
      asOf: '2026-01-17',
      verdict: 'in-progress',
      stage: null,
      note: 'In January 2026 the digital development minister said he expects IT services exports to reach $1 bn for 2025, a year early; Xinhua reported about $1 bn as reached. Both are recorded. We do not count an expectation as reached: until a reported (or preliminary) figure for 2025 or 2026 is published, the target stands open, and its deadline is the end of 2026.',
      source: IT_XINHUA,
      evidence: [
        {
          url: 'https://kaz.inform.kz/news/otken-zhilgi-t-kizmetterdn-eksporti-1-mlrd-dollarga-zhett-55d0e6/',
          title: 'Kazinform (in Kazakh): the minister on 2025 IT services exports',
        },
      ],
    },
    {
      commitment: 'it-exports-1bn-by-2026',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'in-progress',
      stage: null,
      note: `Reviewed: searched in English, Russian and Kazakh for a reported 2025 figure (National Bank, statistics bureau, Astana Hub), any 2026 figure and any new target. None found; only the minister’s expectation and Xinhua’s report. Astana Hub residents’ total revenue ($1.3 bn in 2024) is a different measure and is not used. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
  ],

  revisions: [
    {
      commitment: 'intra-regional-trade-15bn',
      revisedOn: '2025-11-16',
      newTargetValue: 20,
      source: VII_TRADE,
      note: 'Raised to $20 bn by President Tokayev at the Seventh Consultative Meeting, before $15 bn was reached; no date was given, so the deadline in force stays our reading of the original words (end of 2027), and progress is shown against both goals.',
    },
  ],

  plannedDates: [],
};
