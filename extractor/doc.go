// Package extractor turns the text of a news article about diplomacy
// (Russian, Kazakh or English) into Facts: the ministers and other
// officials who took part in diplomatic events, the countries that were
// parties to them, the events themselves, the documents signed, drafted,
// planned or discussed, and the fields of cooperation, each with the
// sentence that supports it (byte offsets into the original text).
//
// # Pipeline
//
// Extract is a pure function of the article. It runs these steps:
//
//  1. Check: an empty, oversized or invalid UTF-8 text is an EINVALID
//     *diplograph.Error.
//  2. Segment (package segment): the optional `date` header, removal of
//     boilerplate (photo credits, bylines, "popular" and "read also" lists),
//     sentences with byte offsets, the language. Only body sentences give
//     facts. The published date is the article's, else the header's, else a
//     first line that is only a date (a dateline), else the day the
//     article's address gives (diplograph.URLDate).
//  3. Annotate (extractor.go, lexicon.go, text.go): every sentence is cut
//     into tokens and scanned once with a keyword lexicon compiled in New
//     from the data files lexicon/*.tsv (class, meaning, language, phrase;
//     a linguist adds a word there, not in Go):
//     stems and short phrases in the three languages, indexed by their first
//     two letters, matched as prefixes of lower-cased words (and of the
//     parts of hyphenated compounds; a glued ordinal, "23-кеңесі", is
//     skipped inside a phrase; "*" in a phrase is any one word). The gazetteer's country and city
//     mentions and the date finder's dates (one pass over the text) are
//     mapped onto the tokens.
//  4. People (people.go): a title word (minister, president, prime minister,
//     ambassador, envoy, head of an institution, counterpart) is read with
//     its deputy marker, its portfolio (after it in Russian and in English
//     "Minister of", before it in Kazakh and in English "Foreign Minister";
//     chains such as "торговли, промышленности и энергетики"), its country
//     (genitive, abbreviation, adjective, Kazakh genitive, English
//     possessive) or its international organisation, then the name next to
//     it. Names are brought to the nominative by package morph, with a
//     fallback from the case of the title ("с министром ... Хорватом"; that
//     of "заместитель" in "заместитель министра"; a nominative patronymic
//     keeps the name as written) and from Kazakh case suffixes, then
//     romanised. Names (names.go) run to three Cyrillic or four Latin words
//     with particles (bin, Al, әл), take patronymics in any case and
//     initials before or after, skip ranks and honorifics
//     (генерал-лейтенант, General, Datuk, H.E.), and stop at words
//     morph.LooksLikeName rejects. English titles run on with the words of a
//     ministry or institution ("Minister of Transport and Logistics of
//     Morocco", "Ambassador Extraordinary and Plenipotentiary of X to Y",
//     "President of France's National Centre for Cinema"), whose countries
//     they take; "со стороны X" gives the country of the officials of its
//     sentence. Later mentions by surname in any case form refer to the same
//     person; mentions of one country, surname and compatible initials are
//     one person named by the fullest form (full words count more than
//     initials, so "С.В.Петров" in a headline gives way to "Сергей
//     Викторович Петров"); Latin is the given name and the surname (Chinese,
//     Japanese and Vietnamese names in Cyrillic take Pinyin, Hepburn and
//     the Vietnamese alphabet, morph.Pinyin, morph.Hepburn and
//     morph.Vietnamese, once the country is known; "дж" is j), the form
//     with the patronymic an alias
//     ("Петрайтис Йонас Антанович" is Yonas Petraytis). Untitled full names
//     in meeting sentences are kept as possible participants. The home head
//     of state named without a title ("Мемлекет басшысы"/"Президент
//     Казахстана" said elsewhere) is the unknown full name opening a
//     sentence; plural premier titles ("Премьер-министры двух стран A и B")
//     name one head of government per state of the report.
//     Titles of one government give its state when the text names none
//     (titleState: Foreign Secretary GB, Secretary of State US, External
//     Affairs Minister and EAM IN, Federal Foreign Minister DE, State
//     Councilor CN, Chief Cabinet Secretary JP; Госсекретарь and Мемлекеттік
//     хатшы are the US minister only for the US, else a State Secretary;
//     a "мемлекеттік министрі", Minister of State, stays a minister).
//     English appositive lists ("H.E. Mr. NAME, Deputy Prime Minister and
//     Minister of ... of X; H.E. ...") take the name before chained titles;
//     a state's long name ends an English title's field. The side a
//     sentence names nearest before a title ("the Uzbek side was
//     represented by ...", "казахстанскую – ...", "X тарапынан") gives its
//     country. "Minister Kim" is the known Kim Young-hoon, and "Minister García" the
//     known Ana García López (the first of two surnames). Honorifics
//     before names include Senator, the Honourable and Eng.; romanised
//     initials of two letters ("Ts. Sukhbat") and capital-apostrophe
//     surnames ("O'Keefe") are names; a Russian demonym with a capital
//     inside a sentence ("Турки") is a name. "NAME, who heads X's Ministry of
//     Y" is a minister. A cabinet secretary of a
//     department ("Secretary of Tourism", "Secretary of Energy") is a
//     minister, an undersecretary "for Consular Affairs of Vietnam's
//     Department of Foreign Affairs" a deputy one. A Federal Councillor is a
//     Swiss minister, "министрінің міндетін атқарушы" an acting minister;
//     an office told again after the name ("NAME, head of a federal
//     department ...") is no second person. An official met "with" a
//     home official, named without a country, is of the foreign side (not
//     one acting "together with" him); a
//     home official's counterpart abroad is of the article's other party.
//     "The two ministers", "оба министра", "екі министр" of a meeting are
//     the first ministers of two states named before. "Foreign Secretary"
//     gives Britain only in a text that names it; the High Representative
//     and an office chained to it are of an organisation; "Minister
//     SURNAME" of someone named before stays that person whatever side
//     the sentence names; a deputy's field after the country ("по
//     экономическим вопросам") and English fields the lexicon does not
//     know after a known one (up to an honorific, else all but the last
//     two words) belong to the title.
//  5. Events (events.go): event words give mentions with a status (the
//     nearer of a future and a past marker; a date after publication is
//     future), a date (the nearest; ranges for events of several days;
//     "until" gives the end; periods of documents are not dates; "накануне
//     встречи" is the day before that meeting), a place in the locative, the
//     countries and the people of their sentence. Words that refer back ("в
//     ходе встречи", "по итогам переговоров", "кездесу барысында", "during
//     the talks") join the event already reported. Mentions are merged into
//     events of the same type, status and compatible parties and dates; a
//     session word that refers back joins the last session of its status.
//     Sessions of a government, cabinet or board and a minister's trip to a
//     region of his own country are no events; forums written as one word ("медиафорум") are forums,
//     Kazakh plurals of festivals and exhibitions ("фестивальдарын") kinds
//     of events, no events;
//     film and culture weeks and days are
//     cultural events; the concerts and exhibitions of the programme of Days
//     of Culture (planned, or held: "Дни открылись концертом") are part of
//     the Days. Standing bodies include committees, subcommittees and
//     strategic dialogues ("the 5th meeting of the X-Y Cooperation
//     Committee" is the committee); phone talks are one call; readouts'
//     "spoke with" is a call; "paid a courtesy call on", "был принят",
//     "принял находящегося с визитом ..." are receptions; "will travel to"
//     and "leads (a) ... delegation to" are a visit, and English headline infinitives ("to pay", "to visit")
//     plan. A further meeting told with "also"/"later" and another official
//     of a side is its own meeting. An invitation accepted (in its sentence
//     or the next; "қабыл алынды") is a planned visit; an invitation to a forum, not
//     accepted, is no event. A sentence opening with a personal
//     pronoun adds the subject of the sentence before. The member states of
//     a format (groups.go: C5, SCO, CIS, OTS, CSTO, EAEU, GCC, ASEAN) are
//     parties when the text says its member states took part or that the
//     meeting was of the body itself ("саммит ШОС", "the Council of Foreign
//     Ministers of the CIS", "the foreign ministers of the CIS meet", "ШЫҰ
//     елдері мәдениет министрлерінің кеңесі"), not
//     when one of its officials is met or it is only named; the host city's
//     country is not a party by itself. One multilateral meeting reported
//     twice (the headline's ministers and the lead's council) is one event;
//     "On the sidelines, A met B" is a meeting of its own; "X–Central Asia",
//     "Central Asia + X" formats have the five. A news agency's dateline
//     dates the article, never an event. A meeting inside a commission
//     session is the session unless the text calls it bilateral; the
//     framework of a meeting ("в рамках форума", "on the sidelines of") is
//     its own event. A council of more than two states, or of foreign
//     ministers at whose margins two ministers met, is a multilateral
//     meeting. Sentences without an event word that continue the report
//     (speech, "the sides", a delegation, an opening ceremony and who spoke
//     at it) add their people. A visit named
//     only where someone is ("находящийся в X с визитом", "who is in X on a
//     visit", "сапармен жүрген") beside a meeting is a visit of its own. A
//     visit's participants are its visitors, not the host's officials (the
//     host is the country of its city, or of a locative or Kazakh dative).
//     Countries named as the other side of a border or as a market ("граница
//     с X", "exports to X"), the country of a dateline, and, when an
//     international organisation is a side, a state in the locative (the
//     venue) are no parties; an organisation's summit that is not of the
//     body (a forum it hosts) has the home country as its state. A visit
//     verb with no foreign state, city or person, and a meeting with a home
//     audience (contractors, exporters), are domestic; a press conference
//     or briefing is no forum, a trade fair ("ярмарка", "жәрмеңке") one;
//     Kazakh days of a field of culture ("кино күндері") are a cultural
//     event like a film week. "договорились
//     встретиться", "agreed to meet" plan the event, and so does "the
//     next round of interministerial consultations". Events without two
//     countries (or a country and an international organisation) are
//     domestic and dropped; an article without events yields no facts at
//     all. A meeting of a format's members has the states the next
//     sentences list as taking part (observers too), without those said
//     not to ("не участвовала"); the next meeting of a multilateral body
//     ("Следующее заседание пройдет", "Келесі кеңес ... өтеді") and a
//     planned summit of the organisation have its states. States in the
//     compound name of a route ("the A-B-C-D corridor") are no parties; a
//     meeting "of the two countries" in a third state's city is of the
//     article's pair. A joint working group is a standing bilateral body
//     (COMMISSION_SESSION); "совещание" is a session word. Talks that are
//     work on a document, started, continued or hurried ("продолжить
//     переговоры по соглашению", "келісім жобасы бойынша келіссөздер"),
//     and tours or exhibitions discussed are no events; the year
//     negotiations began is no event date. A reception or meeting "on the
//     same day" ("в тот же день", "сол күні") with another official of a
//     side is its own meeting on that day; "также участвовал" joins. A
//     meeting told as the last or previous one is not merged into an
//     undated meeting; the previous session of a commission told in
//     passing is a session held. A sentence telling who chaired or hosted
//     continues the meeting. An invitation to visit accepted in the next
//     sentence is a planned visit. A signature that the headline or the
//     lead reports is a signing event (the reported act) even when the
//     body tells it as done at a meeting, and takes the meeting's place,
//     date and people; one that only the body tells as the outcome of
//     talks is no event. A headline comes after at most two lines of page
//     furniture (a section label, a time stamp). A city visited inside the frame of a visit ("в
//     рамках визита", "during his stay") is a stop of it, not a visit,
//     unless a state is named after it; "to meet representatives of ..."
//     is a home audience like "meet with"; "meeting its demand" is no
//     meeting; tour operators are no tour. An event word after a
//     demonstrative ("this exhibition", "эта выставка") refers back, and
//     so do Days of Culture named later without a state; a cultural event
//     framed by the Days ("в рамках Дней") is part of them; a Kazakh
//     visit told as the frame of a meeting of its sentence ("сапары
//     аясында өтті") is an event of its own. The concerts,
//     exhibitions and films told after held Days of Culture open (up to
//     ten sentences on, past the speeches) are their programme; the Days' guest is the state named nearest after
//     the words (before them in Kazakh), or the adjective inside them
//     ("Дни азербайджанской культуры", "Days of Azerbaijani Culture"). A
//     National Council (of the Arts) is a venue, no session; a press
//     conference, or the word in an organisation's name ("Conference on
//     Interaction ..."), no forum; the tours and exhibitions of a summary
//     of a period ("за прошедший год", "over the past year") no events. The primary event is the one of the headline, else the first one
//     reported that is not the framework of another. A headline or lead that
//     only reports a signature makes a SIGNING event, unless the signature
//     was the outcome of talks or of another event ("по итогам",
//     "қорытындысы бойынша").
//  6. Agreements (agreements.go): document words with a status cue (signed,
//     a draft handed over or to be finalised, to be signed or drawn up
//     ("agreed to develop a roadmap", "договорились подготовить"), discussed),
//     possibly in the next sentence ("Документ планируется подписать");
//     documents in force ("в рамках действующего соглашения") are not facts.
//     Each item of a list of documents and each of "three memoranda" is an
//     agreement; a "package of documents" is the documents it names; joint
//     statements are declarations, joint communiqués documents of their own
//     kind (OTHER). A programme or plan listed with documents signed,
//     drafted or to be signed is one ("a memorandum on X, an agreement on Y
//     and a programme of Z"), not when the list is of things discussed.
//     Parties come from "между X и Y", "X мен Y арасындағы", "between X and
//     Y". Initialled ("парафталды") and approved ("одобрен") drafts are
//     drafts; a signing witnessed, a plan approved ("утвердили") and a
//     declaration adopted ("декларациясын қабылдады") and documents the
//     ministers "put their signatures to" are signed;
//     negotiations on a draft, "ход согласования" and "завершить
//     согласование проекта" discuss it; Agreed
//     Minutes are a protocol; a document amended by another ("a protocol
//     amending the Agreement") or implemented by a plan ("План мероприятий
//     по реализации Соглашения", "келісімді іске асыру жөніндегі іс-шаралар
//     жоспары", a plan itself) is no fact; a document signed and one
//     initialled later are two; a document told after an event in its
//     paragraph is of that event.
//  7. Topics (topics.go): keyword stems of the fields of cooperation in the
//     sentences of an article that has events, except the names of
//     ministries, committees and agencies (their genitive run is masked),
//     words inside a longer topic phrase ("азық-түлік қауіпсіздігі" is
//     agriculture, not security; "торговля людьми" is security, not trade),
//     press-service phrases ("для СМИ", "сказал журналистам", "Media
//     Statement", "Информационное управление"), greetings, and descriptions of
//     concerts and exhibitions (but the programme of Days of Culture gives
//     music, fine arts, cinema). Fields are also named by their objects:
//     flights and checkpoints (transport), fertilizers and quarantine
//     (agriculture), plants and petrochemistry (industry), emissions
//     (environment). A Kazakh committee's or agency's field named before it
//     is masked like a ministry's. The field of a programme, laboratory or
//     degree ("магистерские программы в области медицины"), and that of
//     specialities ("по аграрным специальностям"), is a discipline taught, no field of cooperation; "цифровые медиа" is media, and a
//     guide-interpreter ("гид-аудармашы") no literature; documentaries are
//     cinema, monuments and their restoration heritage; the tours and
//     exhibitions of a summary of a past period give no topics; nor do
//     the words of an organisation's English name ("Educational,
//     Scientific and Cultural Organization"). Tourist routes are tourism,
//     a youth orchestra music, wind farms and energy corridors energy,
//     small and medium-sized enterprises trade; young people holding
//     scholarships or grants are students (no youth), the field of a
//     school ("medical schools") a discipline taught, and training camps
//     of athletes sport (no education). Border crossings are transport,
//     and goods carried ("перевозки зерна") give no agriculture;
//     eco-tours ("экологические туры") are tourism, no environment; the
//     soloists of a theatre are performers, no theatre; the roads of a
//     heritage nomination are monuments, no transport.
//
// # Dates not stated
//
// Package dates also reads months named from the published one ("в
// следующем месяце", "next month", "келесі айда") and Kazakh months of
// this or last year ("биылғы сәуірде", "өткен жылдың қыркүйегінде"). A
// planned event not dated, in the city of the one dated planned event, is
// held during it ("Тегеранда болған кезде"); a planned event told as the
// frame of a later act ("в ходе визита ... в октябре", "форумы аясында")
// keeps its date.
//
// The primary event, when held and not dated by the text, took place on the
// day of publication; events held alongside it take its date and place; a
// planned event the text dates only as part of a dated visit ("During the
// visit", "Программой визита предусмотрена", "В Джакарте запланирована
// встреча") takes the visit's date, and a visit without a place that of its
// talks; a planned event not dated otherwise is expected within the year of
// publication. A place the sides only discussed ("training centres in X") is
// no venue; "were held in CITY" places its event however long the phrase of
// its parties. The evaluation never penalises a date where the gold has
// none, and a date is needed to match one it has.
//
// # Home country
//
// A title without a country ("министр культуры Аида ...") takes the other
// side of its event when the counterpart's country is known, else the
// article's home country (home.go), taken from the evidence: the national
// domain of the URL or source; else what the text says of where it comes
// from (a national news agency signing it, the ministry that reports "the
// Ministry of X of Y reported" or whose name is a line of its own, the
// country of the official who receives the guest in the lead); else
// Kazakhstan for Kazakh texts and for texts that name it (the corpus is that
// of Kazakh ministries and news sites), else the country of the first
// official the lead names, else the most mentioned country. A ministry's
// signature line closing the text ("Source: the MFA of X", "Пресс-служба
// МИД X") counts like a reporting ministry. A dateline city
// is no evidence (correspondents file from abroad). A head of state named
// without a country who receives a guest in a city of one of the parties is
// that country's head.
//
// An Extractor is immutable after New and safe for concurrent use; all
// tables are built in New and every extraction works on its own state.
package extractor
