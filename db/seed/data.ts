import type { SeedCommitment, SeedDataset, SeedResearch, SeedSource } from './types';
import { SEED_METRIC_TRANSLATIONS, SEED_TRANSLATIONS } from './translations';
import { tradeResearch } from './research/trade';
import { transportResearch } from './research/transport';
import { institutionsResearch } from './research/institutions';
import { peopleResearch } from './research/people';

// The first dataset: what President Tokayev announced at the Fifth Consultative Meeting of
// the Heads of State of Central Asia (Dushanbe, 14 September 2023), and, in ./research, what
// happened to each commitment since, from public sources (docs/dataset.md).
//
// Rules kept here (checked by data.test.ts): titles, summaries and notes are our own words;
// every `quote` is an exact excerpt of the source's file in ./documents; every date we
// inferred rather than read is flagged as interpreted and explained.

const AKORDA = 'akorda-2023-09-14-dushanbe-speech';
const NEWS = 'news-report-2023-09-14-priorities';

const SPEECH_DATE = '2023-09-14';
/** The five Central Asian states, for regional initiatives. */
const REGION: SeedCommitment['countries'] = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const KAZAKHSTAN = 'Kazakhstan';
const ALL_FIVE = 'Heads of state of Central Asia';

/** Convention: when no deadline was stated, the deadline object says so rather than being null. */
const NO_DEADLINE: SeedCommitment['deadline'] = {
  text: null,
  on: null,
  interpreted: false,
  note: 'No deadline was stated.',
};

/** The announcement: the speech as two outlets reported it. */
const announcementSources: SeedSource[] = [
  {
    slug: AKORDA,
    title: 'President of Kazakhstan Kassym-Jomart Tokayev participates in the V Consultative Meeting of the Heads of States of Central Asia',
    publisher: 'Official website of the President of the Republic of Kazakhstan (Akorda)',
    publishedOn: '2023-09-14',
    place: 'Dushanbe, Tajikistan',
    url: 'https://www.akorda.kz/en/1-1485155',
    kind: 'speech',
    description:
      "Akorda's official account of the President's speech at the Fifth Consultative Meeting, quoting long passages of the speech and listing the documents signed at the summit. The stored copy did not record its web address; the address is that of the same account found in the research of 2026.",
    language: 'en',
    document: 'akorda-2023-09-14-speech.txt',
  },
  {
    slug: NEWS,
    title: 'President Tokayev speaks out priorities for developing Central Asian region',
    publisher: 'Silk Way TV',
    publishedOn: '2023-09-14',
    publishedOnNote: 'The page shows no date; taken as the day of the speech it reports.',
    place: null,
    url: 'https://silkwaytv.kz/en/president-tokayev-speaks-out-priorities-for-developing-central-asian-region',
    kind: 'news-report',
    description:
      'A news report of the same speech. The stored text named neither its publisher nor its address; the research of 2026 found the same report, under the same title, on Silk Way TV. It carries no date: the publication date is taken as the date of the speech. Some figures are worded differently from the official account (trade of "over $10.5 billion").',
    language: 'en',
    document: 'news-report-2023-09-14.txt',
  },
];

const announcement: Pick<SeedDataset, 'metrics' | 'observations' | 'commitments' | 'translations'> = {
  metrics: [
    {
      slug: 'intra-regional-trade',
      name: 'Intra-Central Asian trade turnover',
      unit: 'USD bn',
      description: 'Value of trade among the Central Asian states, in billions of US dollars, by calendar year.',
      relatedCommitment: null,
    },
    {
      slug: 'non-resource-export-categories',
      name: 'Non-resource commodity categories exported by Kazakhstan to the region',
      unit: 'commodity categories',
      description:
        'Number of non-resource commodity categories in which Kazakhstan exports to the other Central Asian states. No count has been recorded yet.',
      relatedCommitment: null,
    },
    {
      slug: 'trans-caspian-cargo',
      name: 'Trans-Caspian route freight volume',
      unit: 'Mt',
      unitLabel: 'million tonnes',
      decimals: 2,
      description:
        'Freight carried along the Trans-Caspian International Transport Route in a year, in million tonnes, as counted by Kazakhstan’s Ministry of Transport (the series the ministry and the national railway cite). Port-only counts and container counts measure narrower things and are not mixed in.',
      relatedCommitment: null,
    },
    {
      slug: 'it-exports',
      name: "Kazakhstan's IT industry exports",
      unit: 'USD bn',
      description:
        "Annual export value of Kazakhstan's domestic IT industry (IT services), in billions of US dollars, as the government and news reports state it. No official statistical series for it was found.",
      relatedCommitment: null,
    },
    {
      slug: 'cashless-payments-share',
      name: 'Share of cashless transactions in Kazakhstan',
      unit: '%',
      description: 'Share of transactions in Kazakhstan made without cash, as cited in the speech. Context for the digital commitments.',
      relatedCommitment: 'it-exports-1bn-by-2026',
    },
    {
      slug: 'public-services-online-share',
      name: 'Share of public services provided electronically in Kazakhstan',
      unit: '%',
      description: 'Share of public services in Kazakhstan delivered electronically, as cited in the speech. Context for the digital commitments.',
      relatedCommitment: 'it-exports-1bn-by-2026',
    },
    {
      slug: 'it-exports-growth-multiple',
      name: "Year-on-year growth of Kazakhstan's IT exports",
      unit: 'times previous year',
      description: "Export value of Kazakhstan's IT industry in a year divided by the value in the year before.",
      relatedCommitment: 'it-exports-1bn-by-2026',
    },
  ],

  observations: [
    {
      metric: 'intra-regional-trade',
      period: '2022',
      periodEnd: '2022-12-31',
      value: 10.6,
      qualifier: 'exact',
      source: AKORDA,
      note: 'Year implied: the speech of September 2023 gives the figure as reached "over the past five years"; taken as the 2022 full-year total.',
      derived: false,
      preferred: true,
      quote: 'Over the past five years, intra-regional trade turnover has increased by more than 80%, reaching 10.6 billion dollars',
    },
    {
      metric: 'intra-regional-trade',
      period: '2022',
      periodEnd: '2022-12-31',
      value: 10.5,
      qualifier: 'at-least',
      source: NEWS,
      note: 'Year implied, as for the official figure. The report gives a lower bound ("over $10.5 billion") where the official account gives 10.6 billion; the official figure is preferred.',
      derived: false,
      preferred: false,
      quote: 'over the past five years, intraregional trade turnover has grown by 80 percent to over $10.5 billion',
    },
    {
      metric: 'intra-regional-trade',
      period: '2017',
      periodEnd: '2017-12-31',
      value: 5.89,
      qualifier: 'at-most',
      source: AKORDA,
      note: 'Derived, not reported. The speech says turnover grew by "more than 80%" over five years to 10.6 billion dollars; taking those years as 2017 to 2022, the 2017 level was below 10.6 / 1.8 = 5.889, i.e. at most about 5.89.',
      derived: true,
      preferred: true,
      quote: 'Over the past five years, intra-regional trade turnover has increased by more than 80%, reaching 10.6 billion dollars',
    },
    {
      metric: 'cashless-payments-share',
      period: '2023-09-14',
      periodEnd: '2023-09-14',
      value: 82,
      qualifier: 'exact',
      source: AKORDA,
      note: 'Share as stated on the day of the speech; the speech does not say over what period, or whether it counts transactions by number or by value.',
      derived: false,
      preferred: true,
      quote: 'the share of cashless transactions in our country has reached 82%',
    },
    {
      metric: 'public-services-online-share',
      period: '2023-09-14',
      periodEnd: '2023-09-14',
      value: 90,
      qualifier: 'at-least',
      source: AKORDA,
      note: 'A lower bound ("over 90%") as stated on the day of the speech.',
      derived: false,
      preferred: true,
      quote: 'over 90% of public services are now provided electronically',
    },
    {
      metric: 'it-exports-growth-multiple',
      period: '2022',
      periodEnd: '2022-12-31',
      value: 5,
      qualifier: 'exact',
      source: AKORDA,
      note: 'Fivefold growth last year alone, as stated; "last year" in a speech of September 2023 is taken as 2022 (year implied).',
      derived: false,
      preferred: true,
      quote: 'The export volume of the domestic IT industry grew fivefold last year alone.',
    },
  ],

  commitments: [
    // ---------------------------------------------------------------- trade
    {
      slug: 'intra-regional-trade-15bn',
      title: 'Raise intra-regional trade to $15 bn',
      summary:
        'Kazakhstan says the Central Asian states can lift trade among themselves from $10.6 bn to $15 bn soon. The speech ties this to removing barriers and protectionism and to stable, transparent trading rules.',
      category: 'trade',
      kind: 'target',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote: 'Our countries have the opportunity to increase mutual trade turnover to 15 billion dollars in the near future.',
      countries: [...REGION],
      featured: true,
      deadline: {
        text: 'in the near future',
        on: '2027-12-31',
        interpreted: true,
        note: 'No date was given. Taken as five years after the baseline year (2022), matching the five-year span over which the speech reports past growth; this is our reading, not the speaker\'s. The news report words it "in the foreseeable future".',
      },
      target: {
        metric: 'intra-regional-trade',
        direction: 'up',
        baselineValue: 10.6,
        baselineOn: '2022-12-31',
        baselineNote:
          'Year implied: the speech of September 2023 cites the figure as reached "over the past five years"; taken as the 2022 full-year total. The news report of the same speech gives "over $10.5 billion".',
        targetValue: 15,
        targetNote: 'Stated as an opportunity the countries have, rather than as a firm pledge.',
      },
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: null,
        note: 'The speech describes regional trade as growing steadily, by more than 80% over five years, to $10.6 bn.',
        source: AKORDA,
      },
    },
    {
      slug: 'non-resource-exports-175-categories',
      title: 'Export to the region in 175 non-resource commodity categories',
      summary:
        'Kazakhstan sees room to sell 175 kinds of non-resource goods to its Central Asian neighbours, as part of widening the range of goods traded in the region.',
      category: 'trade',
      kind: 'target',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote: 'Kazakhstan could increase its exports to the countries of the region in 175 non-resource commodity categories',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: {
        metric: 'non-resource-export-categories',
        direction: 'up',
        baselineValue: null,
        baselineOn: null,
        baselineNote: 'The speech gives no current number of categories.',
        targetValue: 175,
        targetNote: 'Stated as a possibility ("could increase"); the speech does not say how the categories are defined or counted.',
      },
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: null,
        note: 'The speech names the number of categories as a potential; it reports no progress towards it.',
        source: AKORDA,
      },
    },
    {
      slug: 'commodity-producers-database',
      title: 'Regional electronic database of commodity producers',
      summary:
        'Kazakhstan proposes a single online register of the region’s producers, possibly hosted on the Central Asia Gateway portal, so that firms in different countries can deal with each other directly.',
      category: 'trade',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'we propose to create a unified electronic database of commodity producers, for example, within the framework of the Central Asia Gateway portal',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'announced',
        note: 'Put forward as a proposal; the speech reports no work on it yet.',
        source: AKORDA,
      },
    },
    {
      slug: 'industrial-cooperation-action-plan',
      title: 'Action Plan for industrial cooperation in Central Asia',
      summary:
        'Kazakhstan proposes that the five states draw up a joint plan for industrial cooperation, aiming at complete regional production chains for some goods that could later be sold outside the region.',
      category: 'trade',
      kind: 'decision',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Kassym-Jomart Tokayev proposed to develop an Action Plan for the development of industrial cooperation of Central Asian states, aimed at establishing a closed cycle of production of certain types of goods with the prospect of exporting them to third-country markets.',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'proposed',
        note: 'A document still to be drafted and adopted; at the time of the speech it was only a proposal.',
        source: AKORDA,
      },
    },

    // ------------------------------------------------------------ transport
    {
      slug: 'trans-caspian-volume-fivefold',
      title: 'Fivefold increase in Trans-Caspian route volume',
      summary:
        'Kazakhstan expects traffic on the Trans-Caspian international transport route to grow five times over in the medium term, and welcomes the other Central Asian states joining projects on the corridor.',
      category: 'transport',
      kind: 'target',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'The Trans-Caspian international transportation route plays a special role at this stage. In the medium term, the volume of transportation along this corridor could increase fivefold.',
      countries: [...REGION],
      deadline: {
        text: 'in the medium term',
        on: '2028-12-31',
        interpreted: true,
        note: 'No date was given. "Medium term" is taken as about five years from the speech, to the end of 2028; this is our reading, not the speaker\'s.',
      },
      target: {
        metric: 'trans-caspian-cargo',
        direction: 'up',
        baselineValue: null,
        baselineOn: null,
        baselinePeriod: '2023',
        baselineNote:
          'The speech gives no absolute volume. The baseline is the full-year volume of 2023, the year of the speech, in the Ministry of Transport series; until that figure was published, the target in tonnes was not known.',
        targetValue: null,
        targetMultiple: 5,
        targetNote: 'Fivefold the baseline volume, computed from the 2023 figure. Stated as a possibility ("could increase").',
      },
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: null,
        note: 'The speech states the expected growth but reports no volumes or progress.',
        source: AKORDA,
      },
    },
    {
      slug: 'trans-caspian-capacity-upgrade',
      title: 'Raise Trans-Caspian route capacity with digital tools and new infrastructure',
      summary:
        'Kazakhstan intends to expand, step by step, how much the Trans-Caspian corridor can carry, by digitalising operations and modernising its infrastructure. It welcomes participation by the other Central Asian states.',
      category: 'transport',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'We intend to systematically increase its throughput capacity by introducing digital solutions and modernizing infrastructure. We welcome the readiness of Central Asian countries to participate in projects to develop this corridor',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'announced',
        note: 'Stated as an intention; the speech names no specific works or progress.',
        source: AKORDA,
      },
    },
    {
      slug: 'aktau-container-hub',
      title: 'Container hub at Aktau port',
      summary:
        'Kazakhstan plans a container hub at its Caspian port of Aktau, to be set up with major international terminal operators, none of which the speech names.',
      category: 'transport',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote: "We plan to establish a container hub at Aktau port with the involvement of the world's leading operators.",
      countries: ['KZ'],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'announced',
        note: 'Described as a plan; the speech reports no work begun.',
        source: AKORDA,
      },
    },
    {
      slug: 'dostyk-moyinty-railway',
      title: 'Dostyk–Moyinty railway',
      summary: 'One of the rail lines whose delivery Kazakhstan aims to speed up in order to strengthen economic links with its closest partners.',
      category: 'transport',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Kazakhstan aims to accelerate the implementation of several major projects that will contribute to the expansion of economic ties with its closest partners. These projects include the Dostyk-Moyinty, Bakhty-Ayagoz, Darbaza-Maktaaral railroads',
      countries: ['KZ'],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'announced',
        note: 'Listed among projects whose implementation Kazakhstan wants to accelerate, which implies work has begun; the speech does not say what stage it has reached, so the stage is left at announced.',
        source: AKORDA,
      },
    },
    {
      slug: 'bakhty-ayagoz-railway',
      title: 'Bakhty–Ayagoz railway',
      summary: 'One of the rail lines whose delivery Kazakhstan aims to speed up in order to strengthen economic links with its closest partners.',
      category: 'transport',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Kazakhstan aims to accelerate the implementation of several major projects that will contribute to the expansion of economic ties with its closest partners. These projects include the Dostyk-Moyinty, Bakhty-Ayagoz, Darbaza-Maktaaral railroads',
      countries: ['KZ'],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'announced',
        note: 'Listed among projects whose implementation Kazakhstan wants to accelerate, which implies work has begun; the speech does not say what stage it has reached, so the stage is left at announced.',
        source: AKORDA,
      },
    },
    {
      slug: 'darbaza-maktaaral-railway',
      title: 'Darbaza–Maktaaral railway',
      summary: 'One of the rail lines whose delivery Kazakhstan aims to speed up in order to strengthen economic links with its closest partners.',
      category: 'transport',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Kazakhstan aims to accelerate the implementation of several major projects that will contribute to the expansion of economic ties with its closest partners. These projects include the Dostyk-Moyinty, Bakhty-Ayagoz, Darbaza-Maktaaral railroads',
      countries: ['KZ'],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'announced',
        note: 'Listed among projects whose implementation Kazakhstan wants to accelerate, which implies work has begun; the speech does not say what stage it has reached, so the stage is left at announced.',
        source: AKORDA,
      },
    },
    {
      slug: 'zhanaozen-turkmenistan-highway',
      title: 'Zhanaozen to Turkmen border highway',
      summary: 'A road from Zhanaozen to the border with Turkmenistan, named with the rail lines among the projects Kazakhstan aims to speed up.',
      category: 'transport',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'These projects include the Dostyk-Moyinty, Bakhty-Ayagoz, Darbaza-Maktaaral railroads, as well as the Zhanaozen-Turkmenistan border highway.',
      countries: ['KZ', 'TM'],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'announced',
        note: 'Listed among projects whose implementation Kazakhstan wants to accelerate, which implies work has begun; the speech does not say what stage it has reached, so the stage is left at announced.',
        source: AKORDA,
      },
    },
    {
      slug: 'land-transport-interconnectivity-agreement',
      title: 'Agreement on land transport interconnectivity in Central Asia',
      summary: 'A five-country agreement to improve road and rail links across the region, signed when the Dushanbe summit closed.',
      category: 'transport',
      kind: 'agreement',
      owner: ALL_FIVE,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote: 'Agreement on strengthening land transport interconnectivity in Central Asia.',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'signed',
        note: 'Listed by Akorda among the documents signed at the end of the summit; ratification and entry into force are not mentioned.',
        source: AKORDA,
      },
    },

    // -------------------------------------------------------------- digital
    {
      slug: 'it-exports-1bn-by-2026',
      title: 'IT exports of $1 bn by 2026',
      summary: "Kazakhstan aims for its IT industry's exports to reach $1 bn by 2026, after a fivefold rise in 2022.",
      category: 'digital',
      kind: 'target',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'The export volume of the domestic IT industry grew fivefold last year alone. We intend to increase this to one billion dollars by 2026.',
      countries: ['KZ'],
      deadline: {
        text: 'by 2026',
        on: '2026-12-31',
        interpreted: true,
        note: 'Taken as the end of 2026.',
      },
      target: {
        metric: 'it-exports',
        direction: 'up',
        baselineValue: null,
        baselineOn: null,
        baselineNote: 'The speech gives no base figure, only that exports grew fivefold in 2022 ("last year alone").',
        targetValue: 1,
        targetNote: '"One billion dollars", i.e. 1 in USD bn.',
      },
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: null,
        note: 'The speech reports rapid growth in IT exports (fivefold in 2022) but gives no current value.',
        source: AKORDA,
      },
    },

    // ------------------------------------------------ security & institutions
    {
      slug: 'friendship-treaty-entry-into-force',
      title: 'Early entry into force of the Treaty of Friendship, Good-Neighbourliness and Cooperation',
      summary: 'Kazakhstan calls for the regional friendship and cooperation treaty to take legal effect soon.',
      category: 'security-institutions',
      kind: 'agreement',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'President Tokayev emphasized the importance of ensuring the early entry into force of the Treaty of Friendship, Good Neighborliness and Cooperation.',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'agreed',
        note: 'A call for entry into force implies that the text had been agreed. The speech does not say which states had signed or ratified it, so the stage is set at agreed, the lowest consistent with that.',
        source: AKORDA,
      },
    },
    {
      slug: 'council-of-national-coordinators',
      title: 'Council of National Coordinators',
      summary:
        "Kazakhstan backs Tajikistan's proposal for a council of national coordinators, describing it as a first move towards giving the five-country format permanent institutions.",
      category: 'security-institutions',
      kind: 'decision',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        "Kazakhstan supports Tajikistan's initiative to establish a Council of National Coordinators. We regard this decision as a first step toward institutionalizing the format.",
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'proposed',
        note: 'An initiative of Tajikistan that Kazakhstan supports. The speech calls it "this decision", which may mean it was settled at the summit, but it does not say so, so the stage is kept at proposed.',
        source: AKORDA,
      },
    },
    {
      slug: 'consultative-meetings-secretariat',
      title: 'Secretariat of the Consultative Meetings',
      summary: 'Kazakhstan raises the idea of a permanent secretariat for the leaders’ meetings, as something that could be discussed later.',
      category: 'security-institutions',
      kind: 'decision',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote: 'In the future, we could start discussing the establishment of the Secretariat of the Consultative Meetings',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'proposed',
        note: 'Floated as a topic for future discussion only.',
        source: AKORDA,
      },
    },
    {
      slug: 'special-representatives',
      title: 'Special representatives for the Consultative Meetings format',
      summary:
        'Kazakhstan suggests that each state could later name a special representative for the five-country format, as a matter for future discussion.',
      category: 'security-institutions',
      kind: 'decision',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'In the future, we could start discussing the establishment of the Secretariat of the Consultative Meetings, as well as the appointment of our special representatives',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'proposed',
        note: 'Floated as a topic for future discussion only.',
        source: AKORDA,
      },
    },
    {
      slug: 'security-dialogue-2024',
      title: 'Dialogue on Security and Cooperation in Central Asia, 2024',
      summary:
        'Kazakhstan offers to host, in 2024, a regional security meeting of the secretaries of the national Security Councils, to work out concrete preventive measures.',
      category: 'security-institutions',
      kind: 'event',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'To develop specific preventive measures, the President proposed to hold a Dialogue on Security and Cooperation in Central Asia in 2024 in Kazakhstan at the level of Security Council secretaries.',
      countries: [...REGION],
      deadline: {
        text: 'in 2024',
        on: '2024-12-31',
        interpreted: true,
        note: 'Taken as the end of 2024.',
      },
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'proposed',
        note: 'Proposed for the following year; no date or venue within Kazakhstan was given.',
        source: AKORDA,
      },
    },
    {
      slug: 'sixth-consultative-meeting-kazakhstan',
      title: 'Sixth Consultative Meeting of Central Asian heads of state in Kazakhstan',
      summary: 'Kazakhstan invites the other leaders to hold their next (sixth) regular summit in Kazakhstan. No date was given.',
      category: 'security-institutions',
      kind: 'event',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Concluding his remarks, Kassym-Jomart Tokayev invited the leaders of the countries to the VI Consultative Meeting of Heads of Central Asian States in Kazakhstan.',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'proposed',
        note: 'An invitation; no date or city was named.',
        source: AKORDA,
      },
    },

    // ------------------------------------------------------- people & culture
    {
      slug: 'university-branches-joint-faculties',
      title: 'University branches and joint faculties in the region',
      summary:
        'Kazakhstan is expanding university ties: branches of its universities opened in Kyrgyzstan in 2022, joint faculties with Tajik institutions are being set up, and mutual branches with Uzbekistan are under study.',
      category: 'people-culture',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Last year, branches of Kazakh universities were opened in the Kyrgyz Republic, and we are in the process of establishing joint faculties with higher education institutions in Tajikistan. We are also exploring reciprocal establishment of branches of leading universities between Kazakhstan and Uzbekistan.',
      countries: ['KZ', 'KG', 'TJ', 'UZ'],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'partly-operational',
        note: 'Partly operational: the branches in Kyrgyzstan were already open ("last year", i.e. 2022), the joint faculties with Tajikistan were being established, and the exchange of branches with Uzbekistan was still being explored.',
        source: AKORDA,
      },
    },
    {
      slug: 'historians-forum',
      title: 'First Forum of Historians of Central Asian States',
      summary:
        'Kazakhstan proposes a first regional gathering of historians, to serve as a venue for shared research and joint scholarly publications.',
      category: 'people-culture',
      kind: 'event',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Tokayev proposed to hold the 1st Forum of Historians of Central Asian States, as a platform for joint research and publication of various scientific works.',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'proposed',
        note: 'Proposed, with no date or host named.',
        source: AKORDA,
      },
    },
    {
      slug: 'central-asia-tourism-brand',
      title: 'Joint promotion of the "Central Asia" tourism brand',
      summary: 'Kazakhstan calls for the five countries to market the region together to foreign visitors under one "Central Asia" tourism brand.',
      category: 'people-culture',
      kind: 'project',
      owner: KAZAKHSTAN,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'We have a great opportunity to show the world the unique natural beauty and distinctive culture of our countries, jointly promoting the “Central Asia” tourism brand',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'not-started',
        stage: 'announced',
        note: 'Presented as an opportunity; the speech describes no joint promotion under way.',
        source: AKORDA,
      },
    },
    {
      slug: 'youth-policy-agreement',
      title: 'Agreement on common directions of youth policy',
      summary:
        'A five-country agreement setting shared lines of youth policy, signed by Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan when the Dushanbe summit closed.',
      category: 'people-culture',
      kind: 'agreement',
      owner: ALL_FIVE,
      announcedOn: SPEECH_DATE,
      source: AKORDA,
      quote:
        'Agreement between the Republic of Kazakhstan, the Kyrgyz Republic, the Republic of Tajikistan, Turkmenistan and the Republic of Uzbekistan on common directions of youth policy;',
      countries: [...REGION],
      deadline: NO_DEADLINE,
      target: null,
      initialUpdate: {
        asOf: SPEECH_DATE,
        verdict: 'in-progress',
        stage: 'signed',
        note: 'Listed by Akorda among the documents signed at the end of the summit; ratification and entry into force are not mentioned.',
        source: AKORDA,
      },
    },
  ],
  translations: { commitments: SEED_TRANSLATIONS, metrics: SEED_METRIC_TRANSLATIONS },
};

/** Everything researched since the announcement, by part of the dataset. */
export const research: SeedResearch[] = [tradeResearch, transportResearch, institutionsResearch, peopleResearch];

export const dataset: SeedDataset = {
  ...announcement,
  sources: [...announcementSources, ...research.flatMap((r) => r.sources)],
  observations: [...announcement.observations, ...research.flatMap((r) => r.observations)],
  updates: research.flatMap((r) => r.updates),
  revisions: research.flatMap((r) => r.revisions),
  plannedDates: research.flatMap((r) => r.plannedDates),
};
