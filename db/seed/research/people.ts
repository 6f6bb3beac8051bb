import type { SeedResearch } from '../types';
import { CORPUS_NOTE, RESEARCHED_ON, source } from './common';

// People and culture: what happened after the Dushanbe speech. Figures, names and dates come
// from the pages cited; the notes are our own words (docs/dataset.md).

const BRANCHES_UZ = 'kazinform-2024-08-08-university-branches';
const FACULTY_TJ = 'kazinform-2024-08-23-education-cooperation-tajikistan';
const BRANCH_OSH = 'karavan-2025-08-25-enu-branch-kyrgyzstan';
const KAZNU_BISHKEK = 'qazinform-2024-11-23-kaznu-bishkek-freshmen';
const HISTORIANS = 'qazscience-2024-08-07-historians-forum';
const TOURISM_TASHKENT = 'kazpravda-2025-11-16-tourism-brand';
const YOUTH_TJ = 'mmih-2025-07-30-youth-policy-agreement';

export const peopleResearch: SeedResearch = {
  sources: [
    source({
      slug: BRANCHES_UZ,
      title: 'Tokayev, Mirziyoyev take part in ceremony of unveiling university branches',
      publisher: 'Kazinform (citing Akorda)',
      publishedOn: '2024-08-08',
      url: 'https://en.inform.kz/news/tokayev-mirziyoyev-take-part-in-ceremony-of-unveiling-university-branches-022a63/',
      kind: 'news-report',
      language: 'en',
      description:
        'During the first Supreme Interstate Council of Kazakhstan and Uzbekistan, the two presidents opened by video link a branch of Auezov South Kazakhstan University in Chirchik (Uzbekistan) and a branch of the Tashkent irrigation institute (TIIAME) in Almaty.',
    }),
    source({
      slug: FACULTY_TJ,
      title: 'Kazakhstan and Tajikistan pledge to boost education cooperation',
      publisher: 'Kazinform',
      publishedOn: '2024-08-23',
      url: 'https://en.inform.kz/news/kazakhstan-and-tajikistan-pledge-to-boost-education-cooperation-8d774f/',
      kind: 'news-report',
      place: 'Dushanbe, Tajikistan',
      language: 'en',
      description:
        'After talks in Dushanbe, President Tokayev welcomed the opening of a joint IT faculty of the Eurasian National University and the Osimi Tajik Technical University.',
    }),
    source({
      slug: BRANCH_OSH,
      title:
        'В Кыргызстане открылся филиал Евразийского национального университета [A branch of the Eurasian National University opened in Kyrgyzstan]',
      publisher: 'Karavan Info',
      publishedOn: '2025-08-25',
      url: 'https://www.caravan-info.pro/v-kyrgyzstane-otkrylsja-filial-evrazijskogo-nacionalnogo-universiteta',
      kind: 'news-report',
      place: 'Osh, Kyrgyzstan',
      language: 'ru',
      description:
        'The branch of the Eurasian National University at Osh State University opened during President Tokayev’s state visit to Kyrgyzstan in August 2025.',
    }),
    source({
      slug: KAZNU_BISHKEK,
      title: 'Bishkek holds dedication ceremony for freshmen of Al-Farabi KazNU branch',
      publisher: 'Qazinform',
      publishedOn: '2024-11-23',
      url: 'https://qazinform.com/news/bishkek-holds-dedication-ceremony-for-freshmen-of-al-farabi-kaznu-branch-a40892',
      kind: 'news-report',
      place: 'Bishkek, Kyrgyzstan',
      language: 'en',
      description:
        'The Bishkek branch of Al-Farabi Kazakh National University, opened in 2022, welcomed 1,000 first-year students in the autumn of 2024.',
    }),
    source({
      slug: HISTORIANS,
      title: 'Тұңғыш рет Орталық Азия елдерінің тарихшылары бас қосты [For the first time the historians of the Central Asian countries gathered]',
      publisher: 'qazscience.gov.kz (Ministry of Science and Higher Education of Kazakhstan)',
      publishedOn: '2024-08-07',
      url: 'https://qazscience.gov.kz/2024/08/07/tungysh-ret-ortalyk-aziya-elderinin-tarihshylary-bas-kosty',
      kind: 'press-release',
      place: 'Astana, Kazakhstan',
      language: 'kk',
      description:
        'The First Forum of Historians of the Central Asian States, at the Eurasian National University in Astana on the eve of the Sixth Consultative Meeting, with delegations of the academies of sciences of the other four states.',
    }),
    source({
      slug: TOURISM_TASHKENT,
      title:
        'Президент предложил продвигать единый туристический бренд Центральной Азии [The President proposed promoting a single tourism brand of Central Asia]',
      publisher: 'Kazakhstanskaya Pravda (citing Akorda)',
      publishedOn: '2025-11-16',
      url: 'https://kazpravda.kz/n/prezident-predlozhil-prodvigat-edinyy-turisticheskiy-brend-tsentralnoy-azii/',
      kind: 'news-report',
      place: 'Tashkent, Uzbekistan',
      language: 'ru',
      description:
        'President Tokayev at the Seventh Consultative Meeting: time to coordinate tourism policy, support for joint regional routes, and measures to promote a single tourism brand of Central Asia. The title is taken from the page’s address.',
    }),
    source({
      slug: YOUTH_TJ,
      title:
        'Созишнома байни Ҷумҳурии Қазоқистон, Ҷумҳурии Қирғизистон, Ҷумҳурии Тоҷикистон, Туркманистон ва Ҷумҳурии Ӯзбекистон оид ба самтҳои умумии сиёсати ҷавонон [Agreement between Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan on common directions of youth policy]',
      publisher: 'National Center of Legislation under the President of Tajikistan (mmih.tj)',
      publishedOn: '2025-07-30',
      publishedOnNote:
        'The legal database shows no publication date; the date is that of the decree approving the agreement, which the page records.',
      url: 'https://mmih.tj/SEARCH/DocumentView?DocumentId=169641',
      kind: 'treaty-text',
      language: 'tg',
      description: 'The text of the agreement in Tajik, as approved by Tajikistan’s presidential decree No. 1052 of 30 July 2025.',
    }),
  ],

  observations: [],

  updates: [
    {
      commitment: 'university-branches-joint-faculties',
      asOf: '2024-08-08',
      verdict: 'in-progress',
      stage: null,
      note: 'The reciprocal branches with Uzbekistan, under study at the time of the speech, opened: Auezov South Kazakhstan University in Chirchik and the Tashkent irrigation institute (TIIAME) in Almaty.',
      source: BRANCHES_UZ,
    },
    {
      commitment: 'university-branches-joint-faculties',
      asOf: '2024-08-23',
      verdict: 'achieved',
      stage: 'completed',
      note: 'The joint IT faculty of the Eurasian National University and the Osimi Tajik Technical University was reported open, so each part named in the speech now exists: branches in Kyrgyzstan, a joint faculty in Tajikistan, reciprocal branches with Uzbekistan. The faculty’s opening date and student numbers are not given.',
      source: FACULTY_TJ,
    },
    {
      commitment: 'university-branches-joint-faculties',
      asOf: '2024-11-23',
      verdict: 'achieved',
      stage: null,
      note: 'The Bishkek branch of Al-Farabi Kazakh National University, open since 2022, took in 1,000 first-year students in the autumn of 2024.',
      source: KAZNU_BISHKEK,
    },
    {
      commitment: 'university-branches-joint-faculties',
      asOf: '2025-08-25',
      verdict: 'achieved',
      stage: null,
      note: 'A further branch opened: the Eurasian National University at Osh State University, during President Tokayev’s visit to Kyrgyzstan. A June 2024 briefing had placed an ENU branch in Bishkek; the host university and the opening itself place it in Osh, and are preferred.',
      source: BRANCH_OSH,
    },
    {
      commitment: 'university-branches-joint-faculties',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'achieved',
      stage: null,
      note: `Reviewed: searched in English, Russian and Kazakh for further branches or closures in 2026 and for enrolment at the Chirchik, Almaty and Tajik units. Nothing found that changes the verdict. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'historians-forum',
      asOf: '2024-08-07',
      verdict: 'achieved',
      stage: 'held',
      note: 'The First Forum of Historians of the Central Asian States met at the Eurasian National University in Astana, with the academies of sciences of the other four states, on the eve of the Sixth Consultative Meeting, eleven months after the proposal. It was presented as meant to recur; no second edition was found.',
      source: HISTORIANS,
    },
    {
      commitment: 'central-asia-tourism-brand',
      asOf: '2025-11-16',
      verdict: 'not-started',
      stage: null,
      note: 'President Tokayev proposed again, at the Tashkent summit, measures to promote a single tourism brand of Central Asia and coordinated tourism policy. A fresh proposal more than two years on implies that no joint brand had been adopted (our interpretation); neither summit’s documents include one.',
      source: TOURISM_TASHKENT,
    },
    {
      commitment: 'central-asia-tourism-brand',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'not-started',
      stage: null,
      note: `Reviewed: searched in English, Russian and Kazakh for an adopted joint brand, strategy, campaign or five-country tourism agreement, and for the Kazakh–Uzbek “Silk Road Visa” (pending since 2018). No evidence of either after September 2023. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'youth-policy-agreement',
      asOf: '2025-07-30',
      verdict: 'in-progress',
      stage: null,
      note: 'Tajikistan approved the agreement by presidential decree No. 1052. Reports without dates say Uzbekistan ratified it by law and Kyrgyzstan’s cabinet approved it (published on 10 September, the year not shown; 2024 is our inference). No Kazakh or Turkmen approval, and no entry into force, was found, so the stage stays “signed”.',
      source: YOUTH_TJ,
      evidence: [
        {
          url: 'https://asia24.media/news/prezident-uzbekistana-odobril-obshchie-napravleniya-molodezhnoy-politiki-so-stranami-sosedyam/?PAGEN_3=4',
          title: 'Asia24.media: Uzbekistan’s President signs the law on the agreement (undated)',
        },
        { url: 'https://asia-news.biz/?p=78724', title: 'asia-news.biz: Kyrgyzstan’s cabinet approves the agreement (undated)' },
      ],
    },
    {
      commitment: 'youth-policy-agreement',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'in-progress',
      stage: null,
      note: `Reviewed: searched in Russian, Kazakh, Turkmen and English for Kazakhstan’s ratification law or government approval, Turkmenistan’s approval, and entry into force. No evidence found. Kazakhstan’s legal database (adilet.zan.kz) was not searched directly. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'historians-forum',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'achieved',
      stage: null,
      note: `Reviewed: searched in Russian, Kazakh, Uzbek and English for a second Forum of Historians of the Central Asian States in 2025 or 2026. None found; related events (a young historians’ camp near Tashkent in August 2025, a congress on spiritual heritage in November 2025) are not editions of this forum. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
  ],

  revisions: [],

  plannedDates: [],
};
