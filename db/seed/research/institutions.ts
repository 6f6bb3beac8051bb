import type { SeedResearch } from '../types';
import { CORPUS_NOTE, RESEARCHED_ON, source } from './common';

// Security and institutions: what happened after the Dushanbe speech. Figures, names and
// dates come from the pages cited; the notes are our own words (docs/dataset.md).

const KG24 = '24kg-2024-05-17-astana-summit';
const TREATY_SIGNED = 'nca-2022-07-26-friendship-treaty-key-points';
const TREATY_TAJIK = 'menafn-2025-08-28-tajikistan-inks-treaty';
const TASHKENT_TOKAYEV = 'kazinform-kk-2025-11-16-expert-forum';
const DUSHANBE_OUTCOMES = 'nca-2023-09-15-fifth-meeting-outcomes';
const FOREIGN_MINISTERS = 'kazinform-2024-08-09-foreign-ministers';
const COORDINATORS_FIRST = 'mailru-2025-02-01-national-coordinators';
const TURKMEN_VIEW = 'tdh-2024-08-09-purpose-of-meetings';
const COMMUNITY = 'kazinform-ru-2025-11-16-community-of-central-asia';
const TASHKENT_DOCS = '24kg-2025-11-16-documents-signed';
const SECRETARIES_FIRST = 'nca-2024-05-20-security-secretaries';
const SECRETARIES_SECOND = 'narodnaya-2025-04-24-security-secretaries';
const VI_OUTCOMES = 'nca-2024-08-09-sixth-meeting-outcomes';

export const institutionsResearch: SeedResearch = {
  sources: [
    source({
      slug: KG24,
      title: 'Astana to host consultative meeting of heads of Central Asian states',
      publisher: '24.kg',
      publishedOn: '2024-05-17',
      url: 'https://24.kg/english/294204_Astana_to_host_consultative_meeting_of_heads_of_Central_Asian_states_/',
      kind: 'news-report',
      language: 'en',
      description:
        "Excerpt of a 24.kg (English edition) report on the preparations for the sixth Consultative Meeting in Astana, written after the Kazakh President's meeting with the Security Council secretaries of the region's countries.",
      document: '24kg-2024-05-17-excerpt.txt',
    }),
    source({
      slug: TREATY_SIGNED,
      title: 'Treaty on Friendship, Good-Neighborliness and Cooperation for the Development of Central Asia in the XXI century: key points',
      publisher: 'News Central Asia (nCa)',
      publishedOn: '2022-07-26',
      url: 'http://www.newscentralasia.net/2022/07/26/treaty-on-friendship-good-neighborliness-and-cooperation-for-the-development-of-central-asia-in-the-xxi-century-key-points/',
      kind: 'news-report',
      language: 'en',
      description:
        'The treaty’s main points, after Kazakhstan, Kyrgyzstan and Uzbekistan signed it at Cholpon-Ata on 21 July 2022; Tajikistan and Turkmenistan were to sign later.',
    }),
    source({
      slug: TREATY_TAJIK,
      title: 'President Of Tajikistan Inks Central Asia Cooperation Agreement',
      publisher: 'MENAFN (Trend)',
      publishedOn: '2025-08-28',
      url: 'https://menafn.com/1109989100/President-Of-Tajikistan-Inks-Central-Asia-Cooperation-Agreement',
      kind: 'news-report',
      place: 'Dushanbe, Tajikistan',
      language: 'en',
      description: 'President Rahmon signed the treaty in Dushanbe on 28 August 2025, after meeting Kazakhstan’s Foreign Minister Murat Nurtleu.',
    }),
    source({
      slug: TASHKENT_TOKAYEV,
      title:
        'Тоқаев Орталық Азия сараптамалық форумын өңірлік ықпалдастық жүйесіне қосуды ұсынды [Tokayev proposed bringing the Central Asian Expert Forum into the system of regional cooperation]',
      publisher: 'Kazinform',
      publishedOn: '2025-11-16',
      url: 'https://kaz.inform.kz/news/tokaev-ortalik-aziya-saraptamalik-forumin-onrlk-ikpaldastik-zhuyesne-kosudi-usindi-36fc80/',
      kind: 'news-report',
      place: 'Tashkent, Uzbekistan',
      language: 'kk',
      description:
        'Kazakh-language report of President Tokayev’s speech at the Seventh Consultative Meeting: Tajikistan’s accession to the friendship treaty, a stronger Council of National Coordinators, Azerbaijan’s full participation, and Security Council secretaries as the level for regional security work.',
    }),
    source({
      slug: DUSHANBE_OUTCOMES,
      title: '5th Consultative Meeting of the Heads of State of Central Asia in Tajikistan: outcomes',
      publisher: 'News Central Asia (nCa)',
      publishedOn: '2023-09-15',
      url: 'https://www.newscentralasia.net/2023/09/15/5th-consultative-meeting-of-the-heads-of-state-of-central-asia-in-tajikistan-outcomes/',
      kind: 'news-report',
      place: 'Dushanbe, Tajikistan',
      language: 'en',
      description:
        'The documents of the Dushanbe summit, among them the Regulations on the Council of National Coordinators, approved by the heads of state.',
    }),
    source({
      slug: FOREIGN_MINISTERS,
      title: 'Meeting of Central Asian foreign ministers kicks off in Astana',
      publisher: 'Kazinform',
      publishedOn: '2024-08-09',
      url: 'https://en.inform.kz/news/meeting-of-central-asian-foreign-ministers-kicks-off-in-astana-43394f/',
      kind: 'news-report',
      place: 'Astana, Kazakhstan',
      language: 'en',
      description:
        'Foreign Minister Nurtleu to his Central Asian colleagues: the Council of National Coordinators began its work in 2024, under Kazakhstan’s chairmanship.',
    }),
    source({
      slug: COORDINATORS_FIRST,
      title:
        'Первое заседание Совета национальных координаторов по делам Консультативных встреч [First meeting of the Council of National Coordinators for the Consultative Meetings]',
      publisher: 'News.mail.ru (Sputnik, citing the Uzbek Foreign Ministry)',
      publishedOn: '2025-02-01',
      publishedOnNote: 'The page shows “1 Feb” without a year; 2025 follows from its subject, Uzbekistan’s 2025 chairmanship.',
      url: 'https://news.mail.ru/politics/64687800/',
      kind: 'news-report',
      place: 'Tashkent, Uzbekistan',
      language: 'ru',
      description:
        'Uzbekistan’s Foreign Ministry hosted what it called the first meeting of the Council, with representatives of all five foreign ministries. The title describes the page.',
    }),
    source({
      slug: TURKMEN_VIEW,
      title: 'The President of Turkmenistan emphasised the main purpose of the Consultative Meetings',
      publisher: 'TDH (State News Agency of Turkmenistan)',
      publishedOn: '2024-08-09',
      url: 'https://www.tdh.gov.tm/en/post/41751/president-turkmenistan-emphasised-main-purpose-consultative-meetings',
      kind: 'official-statement',
      place: 'Astana, Kazakhstan',
      language: 'en',
      description:
        'President Serdar Berdimuhamedov at the Astana summit: the meetings should stay consultative, without new multilateral structures or institutions.',
    }),
    source({
      slug: COMMUNITY,
      title: 'Узбекистан предложил создать Сообщество Центральной Азии [Uzbekistan proposed creating a Community of Central Asia]',
      publisher: 'Kazinform',
      publishedOn: '2025-11-16',
      url: 'https://www.inform.kz/ru/uzbekistan-predlozhil-sozdat-soobshestvo-tsentralnoy-azii-9a4765',
      kind: 'news-report',
      place: 'Tashkent, Uzbekistan',
      language: 'ru',
      description:
        'President Mirziyoyev at the Seventh Consultative Meeting: turn the format into a “Community of Central Asia”, with regulations, a rotating secretariat, national coordinators raised to special representatives of the presidents, and a Council of Elders.',
    }),
    source({
      slug: TASHKENT_DOCS,
      title:
        'Консультативная встреча президентов стран региона: какие документы подписаны [Consultative meeting of the region’s presidents: which documents were signed]',
      publisher: '24.kg',
      publishedOn: '2025-11-16',
      url: 'https://24.kg/vlast/351098_konsultativnaya_vstrecha_prezidentov_stran_regiona_kakie_dokumentyi_podpisanyi/',
      kind: 'news-report',
      place: 'Tashkent, Uzbekistan',
      language: 'ru',
      description:
        'The documents adopted in Tashkent: the Joint Statement, support for Kyrgyzstan’s UN Security Council bid, Azerbaijan’s full participation, a regional security concept, a catalogue of security risks for 2026–2028, and an award. No secretariat, regulations or “Community” among them.',
    }),
    source({
      slug: SECRETARIES_FIRST,
      title: 'Kazakhstan hosted the first meeting of the Secretaries of the Security Councils of the Central Asian countries',
      publisher: 'News Central Asia (nCa)',
      publishedOn: '2024-05-20',
      url: 'https://www.newscentralasia.net/2024/05/20/kazakhstan-hosted-the-first-meeting-of-the-secretaries-of-the-security-councils-of-the-central-asian-countries/',
      kind: 'news-report',
      place: 'Astana, Kazakhstan',
      language: 'en',
      description:
        'The first meeting of the Security Council secretaries of the region, Astana, 16 May 2024: Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan at secretary level, Turkmenistan by its embassy’s military attaché.',
    }),
    source({
      slug: SECRETARIES_SECOND,
      title: 'Встреча секретарей советов безопасности [Meeting of Security Council secretaries]',
      publisher: 'Narodnaya Gazeta (Tajikistan, citing Khovar)',
      publishedOn: '2025-04-24',
      publishedOnNote: 'Date from the page’s address.',
      url: 'https://narodnaya.tj/2025/04/24/vstrecha-sekretarej-sovetov-bezopasnosti',
      kind: 'news-report',
      place: 'Samarkand, Uzbekistan',
      language: 'ru',
      description: 'The second meeting of the region’s Security Council secretaries, Samarkand, 18 April 2025, under Uzbekistan’s chairmanship.',
    }),
  ],

  observations: [],

  updates: [
    // ------------------------------------------------------------ friendship treaty
    {
      commitment: 'friendship-treaty-entry-into-force',
      asOf: '2023-09-14',
      verdict: 'in-progress',
      stage: 'signed',
      correctsInitial: true,
      note: 'Corrects the first entry, which set the stage at “agreed” from the speech alone: the treaty had been signed on 21 July 2022 at Cholpon-Ata by Kazakhstan, Kyrgyzstan and Uzbekistan, with Tajikistan and Turkmenistan to sign later. At the time of the speech it was signed by three of the five.',
      source: TREATY_SIGNED,
      dateConfirmed:
        'The source, of 2022, reports the signature; the entry states where things stood on the day of the speech, which that signature had not changed.',
      recordedOn: RESEARCHED_ON,
    },
    {
      commitment: 'friendship-treaty-entry-into-force',
      asOf: '2024-05-17',
      verdict: 'in-progress',
      stage: null,
      note: 'Per 24.kg, drawing on the Kazakh President’s press service, he hoped the Astana summit would finish the signing by all five states and bring the treaty into force: at this date some had not signed and it was not in force. The report uses the treaty’s full title, which refers to the 21st century.',
      source: KG24,
    },
    {
      commitment: 'friendship-treaty-entry-into-force',
      asOf: '2025-08-28',
      verdict: 'in-progress',
      stage: null,
      note: 'Tajikistan signed the treaty in Dushanbe, leaving Turkmenistan as the only state that has not; the Astana summit of August 2024, where Kazakhstan had hoped to bring it into force, passed without a signature. The Tajik legal database dates the decree on the draft treaty 27 September 2025, after this signature: the conflict is noted, the three news reports of the signing are preferred.',
      source: TREATY_TAJIK,
    },
    {
      commitment: 'friendship-treaty-entry-into-force',
      asOf: '2025-11-16',
      verdict: 'in-progress',
      stage: null,
      note: 'At the Tashkent summit President Tokayev welcomed Tajikistan’s accession. Neither he nor the reports say the treaty is in force, or mention Turkmenistan signing.',
      source: TASHKENT_TOKAYEV,
    },
    {
      commitment: 'friendship-treaty-entry-into-force',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'in-progress',
      stage: null,
      note: `Reviewed: searched in Russian, Kazakh, Uzbek, Tajik and English for ratification by any state, a Turkmen signature, and entry into force. No evidence found, and no text of the treaty’s entry-into-force clause. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },

    // ------------------------------------------------------------ council of national coordinators
    {
      commitment: 'council-of-national-coordinators',
      asOf: '2023-09-14',
      verdict: 'achieved',
      stage: 'adopted',
      correctsInitial: true,
      note: 'Corrects the first entry, which kept the stage at “proposed” because the speech did not say the council was decided: the heads of state approved the Regulations on the Council of National Coordinators at the Dushanbe summit itself. The reports do not say the initiative was Tajikistan’s; it was adopted under Tajikistan’s chairmanship.',
      source: DUSHANBE_OUTCOMES,
    },
    {
      commitment: 'council-of-national-coordinators',
      asOf: '2024-08-09',
      verdict: 'achieved',
      stage: null,
      note: 'Kazakhstan’s Foreign Minister told his colleagues that the council began its work in 2024, under Kazakhstan’s chairmanship. No date or place of a meeting is given.',
      source: FOREIGN_MINISTERS,
    },
    {
      commitment: 'council-of-national-coordinators',
      asOf: '2025-02-01',
      verdict: 'achieved',
      stage: null,
      note: 'Uzbekistan’s Foreign Ministry hosted in Tashkent what it called the first meeting of the council, with all five foreign ministries. Kazakhstan says the council started in 2024: both accounts are kept; this is the first meeting on record with a date and place.',
      source: COORDINATORS_FIRST,
    },
    {
      commitment: 'council-of-national-coordinators',
      asOf: '2025-11-16',
      verdict: 'achieved',
      stage: null,
      note: 'At the Tashkent summit President Tokayev called for strengthening the council’s role, and Uzbekistan proposed raising the coordinators to special representatives of the presidents.',
      source: TASHKENT_TOKAYEV,
    },

    {
      commitment: 'council-of-national-coordinators',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'achieved',
      stage: null,
      note: `Reviewed: searched in Russian, Kazakh and English for council meetings in 2026 under Turkmenistan’s chairmanship and for any change to the council. None found; the council stands as set up. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    // ------------------------------------------------------------ secretariat
    {
      commitment: 'consultative-meetings-secretariat',
      asOf: '2024-08-09',
      verdict: 'not-started',
      stage: null,
      note: 'At the Astana summit Turkmenistan’s President said the meetings should stay purely consultative, without new multilateral structures. As decisions need all five, this stands in the way of a secretariat (our interpretation). No secretariat was decided.',
      source: TURKMEN_VIEW,
    },
    {
      commitment: 'consultative-meetings-secretariat',
      asOf: '2025-11-16',
      verdict: 'not-started',
      stage: 'under-discussion',
      note: 'President Mirziyoyev proposed a rotating secretariat as part of a “Community of Central Asia”. It was a proposal: the documents adopted in Tashkent include no secretariat. One aggregator wrote that the leaders approved it; the official document lists and the main agencies say proposed, and are preferred.',
      source: TASHKENT_DOCS,
      evidence: [
        {
          url: 'https://www.inform.kz/ru/uzbekistan-predlozhil-sozdat-soobshestvo-tsentralnoy-azii-9a4765',
          title: 'Kazinform: Uzbekistan proposed creating a Community of Central Asia',
        },
      ],
    },
    {
      commitment: 'consultative-meetings-secretariat',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'not-started',
      stage: null,
      note: `Reviewed: searched in Russian, Kazakh, Uzbek and English for a decision on a secretariat, regulations or a “Community of Central Asia” in 2026, under Turkmenistan’s chairmanship. No evidence found. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },

    // ------------------------------------------------------------ special representatives
    {
      commitment: 'special-representatives',
      asOf: '2025-11-16',
      verdict: 'not-started',
      stage: 'under-discussion',
      note: 'The only later mention: President Mirziyoyev proposed raising the national coordinators to special representatives of the presidents. No state is reported to have appointed one.',
      source: COMMUNITY,
    },
    {
      commitment: 'special-representatives',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'not-started',
      stage: null,
      note: `Reviewed: searched in Russian, Kazakh and English for an appointment of a special representative of a president for the Consultative Meetings. No evidence found. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },

    // ------------------------------------------------------------ security dialogue
    {
      commitment: 'security-dialogue-2024',
      asOf: '2024-05-16',
      verdict: 'achieved',
      stage: 'held',
      note: 'The first meeting of the Security Council secretaries of the Central Asian countries was held in Astana on 16 May 2024, and President Tokayev received them. Turkmenistan sent only its embassy’s military attaché. No page uses the name “Dialogue on Security and Cooperation in Central Asia”; treating this meeting as that event is our judgement.',
      source: SECRETARIES_FIRST,
    },
    {
      commitment: 'security-dialogue-2024',
      asOf: '2024-05-17',
      verdict: 'achieved',
      stage: 'held',
      note: 'Per 24.kg, drawing on the Kazakh President’s press service, he met the region’s Security Council secretaries, a meeting he described as a step towards the sixth leaders’ summit. The report does not name it the “Dialogue on Security and Cooperation in Central Asia”, and the excerpt does not say where it took place; treating it as this event is our judgement.',
      source: KG24,
    },
    {
      commitment: 'security-dialogue-2024',
      asOf: '2025-04-18',
      verdict: 'achieved',
      stage: null,
      note: 'A second meeting of the secretaries followed in Samarkand under Uzbekistan’s chairmanship, again with Turkmenistan represented by a military attaché: the format recurs.',
      source: SECRETARIES_SECOND,
    },

    {
      commitment: 'security-dialogue-2024',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'achieved',
      stage: null,
      note: `Reviewed: searched in Russian and English for a third meeting of the Security Council secretaries in 2026. None found; the 2024 meeting stands. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
    // ------------------------------------------------------------ sixth summit
    {
      commitment: 'sixth-consultative-meeting-kazakhstan',
      asOf: '2024-05-17',
      verdict: 'in-progress',
      stage: 'scheduled',
      note: 'Per 24.kg, the sixth meeting is set for Astana on 9 August; the year, 2024, follows from the date of the report.',
      source: KG24,
    },
    {
      commitment: 'sixth-consultative-meeting-kazakhstan',
      asOf: '2024-08-09',
      verdict: 'achieved',
      stage: 'held',
      note: 'The Sixth Consultative Meeting was held in Astana on 9 August 2024 with all five presidents, as scheduled. It adopted a Joint Statement and the “Central Asia – 2040” concept, and approved a 2025–2027 Roadmap and an industrial-cooperation Action Plan.',
      source: VI_OUTCOMES,
    },
    {
      commitment: 'sixth-consultative-meeting-kazakhstan',
      asOf: RESEARCHED_ON,
      entryType: 'review',
      verdict: 'achieved',
      stage: null,
      note: `Reviewed: the Sixth Consultative Meeting was held as announced; searched in Russian, English and Turkmen for the Eighth meeting (2026, Turkmenistan) for context. No page on it was found. ${CORPUS_NOTE}`,
      recordedOn: RESEARCHED_ON,
    },
  ],

  revisions: [],

  plannedDates: [
    {
      commitment: 'friendship-treaty-entry-into-force',
      statedOn: '2024-05-16',
      plannedOn: '2024-08-09',
      plannedText: 'at the Astana summit (9 August 2024)',
      source: KG24,
      note: 'President Tokayev hoped the Astana summit would complete the signing and bring the treaty into force; it did not.',
    },
  ],
};
