package extractor

import (
	"strings"
	"unicode/utf8"
)

// class says what a lexicon entry signals.
type class uint8

const (
	cEvent       class = iota + 1 // an event trigger; val is the event type
	cPlanned                      // the event is in the future
	cHeld                         // the event took place (past tense marker)
	cBilateral                    // "двусторонняя", "екіжақты", "bilateral"
	cFramework                    // "в рамках", "аясында", "on the sidelines of"
	cMinister                     // the word minister
	cMinistry                     // the word ministry
	cDeputy                       // deputy / vice
	cRole                         // another office; val is the English role
	cHeadOfState                  // "глава государства", "Мемлекет басшысы": the home president
	cPortfolio                    // a ministry's field; val is the English portfolio
	cAgreement                    // a document; val is the kind
	cSigned                       // signed
	cDraft                        // draft handed over, prepared, initialled
	cDraftVerb                    // handed over, prepared (with cDraftNoun makes a draft)
	cDraftNoun                    // проект, жоба, draft
	cWillSign                     // to be signed
	cDiscussed                    // discussed
	cExisting                     // "действующего", "existing": an agreement already in force
	cTopic                        // a field of cooperation; val is the topic key
	cTopicStop                    // blocks topic words in the same phrase
	cOrg                          // an international organisation; val is its English name
	cMinistersPl                  // "министры", "министрлер", "ministers": the sides are ministers
	cEve                          // "накануне", "қарсаңында", "on the eve of"
	cToday                        // "сегодня", "бүгін", "today"
	cBetween                      // "между", "арасындағы", "between"
	cGeneric                      // generic plural / habitual: "regularly", "such as"
)

// pat is one token pattern of an entry: a prefix (or exact word) of the
// lower-cased token, with excluded prefixes.
type pat struct {
	s     string
	exact bool
	not   []string
}

func (p pat) match(low string) bool {
	if p.exact {
		return low == p.s
	}
	if !strings.HasPrefix(low, p.s) {
		return false
	}
	for _, n := range p.not {
		if strings.HasPrefix(low, n) {
			return false
		}
	}
	return true
}

// entry is a lexicon entry: a sequence of token patterns.
type entry struct {
	seq []pat
	cl  class
	val string
}

// lexicon indexes entries by the first two runes of their first pattern.
type lexicon struct {
	byKey map[string][]*entry // entries whose first pattern is a prefix
	exact map[string][]*entry // entries whose first pattern is a whole word
}

// parsePat reads "=word" (exact), "stem" (prefix), "stem^not1^not2" or
// "*" (any one word, not first in an entry).
func parsePat(s string) pat {
	if s == "*" {
		return pat{} // the empty prefix of every word
	}
	if strings.HasPrefix(s, "=") {
		return pat{s: s[1:], exact: true}
	}
	parts := strings.Split(s, "^")
	return pat{s: parts[0], not: parts[1:]}
}

func keyOf(s string) string {
	n := 0
	for i := range s {
		if n == 2 {
			return s[:i]
		}
		n++
	}
	return s
}

// add registers phrases (separated by "|") of class cl with value val.
func (l *lexicon) add(cl class, val, phrases string) {
	for _, ph := range strings.Split(phrases, "|") {
		ph = strings.TrimSpace(ph)
		if ph == "" {
			continue
		}
		e := &entry{cl: cl, val: val}
		for _, w := range strings.Fields(ph) {
			e.seq = append(e.seq, parsePat(w))
		}
		if e.seq[0].exact {
			l.exact[e.seq[0].s] = append(l.exact[e.seq[0].s], e)
			continue
		}
		k := keyOf(e.seq[0].s)
		l.byKey[k] = append(l.byKey[k], e)
	}
}

// at calls fn for every entry that matches toks starting at i, with the
// index one past the last matched token.
func (l *lexicon) at(toks []tok, i int, fn func(e *entry, end int)) {
	low := toks[i].low
	if low == "" {
		return
	}
	k2 := keyOf(low)
	keys := [2]string{k2, ""}
	if r, n := utf8.DecodeRuneInString(low); n < len(k2) && r != utf8.RuneError {
		keys[1] = low[:n]
	}
	for ki := -1; ki < len(keys); ki++ {
		var es []*entry
		if ki < 0 {
			es = l.exact[low]
		} else if keys[ki] != "" {
			es = l.byKey[keys[ki]]
		}
		for _, e := range es {
			j := i
			ok := true
			for n, p := range e.seq {
				if n > 0 {
					for j < len(toks) && !toks[j].word {
						j++
					}
				}
				if j >= len(toks) || !p.match(toks[j].low) && (n == 0 || !p.match(afterOrdinal(toks[j].low))) {
					ok = false
					break
				}
				j++
			}
			if ok {
				fn(e, j)
			}
		}
	}
}

// hit is one lexicon match in a sentence.
type hit struct {
	cl         class
	val        string
	start, end int // token indexes [start, end)
}

// scan returns every match in toks, in token order.
func (l *lexicon) scan(toks []tok) []hit {
	var hits []hit
	for i := range toks {
		if !toks[i].word {
			continue
		}
		l.at(toks, i, func(e *entry, end int) {
			hits = append(hits, hit{cl: e.cl, val: e.val, start: i, end: end})
		})
		// The later parts of a compound ("гала-концерт", "бизнес-форум",
		// "торгово-логистический") name events and topics too.
		low := toks[i].low
		// "EU-Central Asia", "ЕС-Центральная Азия": an organisation's
		// abbreviation as the first part of a compound.
		if k := strings.IndexByte(low, '-'); k > 0 {
			for _, e := range l.exact[low[:k]] {
				if len(e.seq) == 1 && e.cl == cOrg && e.seq[0].match(low[:k]) {
					hits = append(hits, hit{cl: e.cl, val: e.val, start: i, end: i + 1})
				}
			}
		}
		for k := strings.IndexByte(low, '-'); k >= 0; k = strings.IndexByte(low, '-') {
			low = low[k+1:]
			if low == "" {
				break
			}
			for _, es := range [2][]*entry{l.byKey[keyOf(low)], l.exact[low]} {
				for _, e := range es {
					if len(e.seq) == 1 && (e.cl == cEvent || e.cl == cTopic || e.cl == cOrg && l.exact[low] != nil) && e.seq[0].match(low) {
						hits = append(hits, hit{cl: e.cl, val: e.val, start: i, end: i + 1})
					}
				}
			}
		}
	}
	return hits
}

// buildLexicon returns the lexicon of the three languages. Stems are
// lower case with ё written е.
func buildLexicon() *lexicon {
	l := &lexicon{byKey: map[string][]*entry{}, exact: map[string][]*entry{}}

	// Event triggers.
	l.add(cEvent, "SESSION", `заседани|совещани^совещательн|отырыс|=session|=кеңес|=кеңесі`)
	l.add(cEvent, "MEETING", `верительн грамот|сенім грамота|=credentials|встреч^встречн|встретил|встретят|встретит|встретя|переговор^переговорн|=беседу|=беседа|=беседы|=беседе|консультаци
		|кездес^кездесулер|келіссөз|=met|=meet|=meets|=meeting|=talks|=consultations|=consultation|=courtesy =call|=paid =a =courtesy =call`)
	l.add(cEvent, "RECEIVE", `=приветствовал|=приветствовала|=примет|=примут|=вызван|=вызвана|=шақырылды|=summoned|=принят|=принята|=приняты|=был =принят|=была =принята|=были =приняты|=принял|=приняла|=приняли|=принимает|қабылдады|қабылдап|қабылдаған|=receives|=received|=hosted|=welcomed|=welcomes`)
	l.add(cEvent, "COMMISSION_SESSION", `межправительственн комисси|межправкомисси|подкомисси|=межправкомиссии|межгосударственн совет|высш государственн совет
		|совет министров иностранных|=смид|министрлерінің кеңес|министрлері кеңес|министрлерінің кезекті кеңес|council =of =foreign =ministers|кіші комиссия|кіші комитет|ынтымақтастық комитет|подкомитет|=sub-committee|=subcommittee|=cooperation =committee|межправительственн комитет|комитет по сотрудничеств
		|стратегическ диалог|стратегиялық диалог|стратегиялық әріптестік диалог|=strategic =dialogue|=strategic =partnership =dialogue|кіші комиссиясы|үкіметаралық комиссия|intergovernmental commission|intergovernmental committee
		|=subcommission|joint commission|совместн коллеги|бірлескен алқа|=joint =board|=joint =collegium|межправительственн совет|cooperation =council|=council|совет сотрудничеств|высш совет|мемлекетаралық кеңес|жоғары кеңес|ынтымақтастық кеңес|=sub-commission|supreme interstate council|council of foreign ministers|=commission|=comission|=комиссии|=комиссия|комиссиясы|комиссияның
		|рабоч групп|=working =group|=working =groups|жұмыс тоб`)
	l.add(cEvent, "VISIT", `визит^визитн|=прибыл|=прибыла|=прибыли|прибывш|=прибудет|=посетил|=посетила|=посетили|=посетит|=посетить
		|=приехал|=приехала|=приехали|=приедет|=приедут|=прилетел|=прилетела|=прилетели|=прилетит|=прилетят|=arrives|=arriving|=landed =in|=flew =to
		|сапар^сапарлар|=visit|=visited|=visiting|=arrived|=visits|=will =travel =to|=travelled =to|=traveled =to|=travels =to|=is =travelling =to|=is =traveling =to|=trip =to
		|=leads =delegation =to|=led =delegation =to|=leads * =delegation =to|=led * =delegation =to|=leads =a * =delegation =to|=led =a * =delegation =to|=heads * =delegation =to|=headed * =delegation =to|=leads * * =delegation =to|=led * * =delegation =to|=led =a * * =delegation =to`)
	l.add(cEvent, "PHONE_CALL", `телефонн разговор|телефонн переговор|=по =телефону|телефон арқылы|телефонмен|phone =call|=telephone =conversation|=phone =conversation
		|by =phone|by =telephone|=phone =talks|=spoke =today =with|=spoke =with|=speaks =with|=spoke =separately =with|=spoke =yesterday =with|telephone =talks|=spoke =by|телефонн беседу|телефонн звонок|телефонн беседа|телефонда сөйлес|телефон соғ|телефон соқ|=позвонил|=позвонила|=созвонились|=созвонился|телефонн звонк|телефон шалд|телефон шалып`)
	l.add(cEvent, "FORUM", `форум|конференци|конгресс|саммит|семинар|ярмарк|жәрмеңке|=forum|=conference|=congress|=summit|=seminar|=expo|=экспо|апталығ|=week|=fair`)
	// A council of heads of state or government meets as a summit: "Совет
	// глав государств ШОС", "the OTS heads of state council", "мемлекет
	// басшылары кеңесі".
	l.add(cEvent, "FORUM", `совет глав государств|совета глав государств|совете глав государств|совет глав правительств|совета глав правительств|совете глав правительств
		|=council =of =heads =of =state|=council =of =heads =of =government|=heads =of =state =council|мемлекет басшылары кеңес|үкімет басшылары кеңес`)
	// "the General Assembly's session", "сессии Генеральной Ассамблеи
	// ООН", "БҰҰ Бас Ассамблеясының": the assembly's session.
	l.add(cEvent, "FORUM", `генеральн ассамбле|=general =assembly|=unga|бас ассамблея`)
	// Compounds written as one word: "медиафорум", "инвестфорум".
	l.add(cEvent, "FORUM", `медиафорум|инвестфорум|агрофорум|турфорум|бизнесфорум|технофорум|экофорум|энергофорум|=mediaforum`)
	l.add(cEvent, "CULTURE_DAYS", `=дни культур|=дней культур|=днях культур|=дням культур|=днями культур|=год культур|=года культур|=году культур|мәдени күндер|мәдениет күндер|мәдениеті күндер
		|days of culture|culture days|cultural days|year of culture|=неделя культур|=недели культур|week of culture
		|=дни * культур|=дней * культур|=днях * культур|=дням * культур|=днями * культур|=days =of * =culture|=week =of * =culture`)
	l.add(cEvent, "CULTURAL_EVENT", `концерт^концертн|выставк^выставочн|гастрол^гастрольн|фестивал|=премьера|=премьеры|=премьеру|=премьерой|=премьере|=турне
		|көрме|гастроль|фестиваль|=concert|=exhibition|=tour|=festival|=premiere|=gala`)
	// "Неделя казахстанского кино", "Film Days": a cultural event when a
	// field of culture is named next to it (see sentenceMentions).
	l.add(cEvent, "WEEK", `=неделя|=недели|=неделю|=неделей|=дни|=дней|=днях|=days|=күндері|=күндерін|=күндерінде|=күндерінің`)
	l.add(cEvent, "SIGNING", `церемони подписан|қол қою рәсім|signing =ceremony`)

	// Russian future forms of arriving, taking part and speaking.
	l.add(cPlanned, "", `=приедет|=приедут|=прилетит|=прилетят|=выступит|=выступят|=примет|=примут|=поедет|=поедут|=посетят`)
	l.add(cPlanned, "", `=to =pay|=to =visit|=to =meet|=to =attend|=to =travel|предусмотрен|=envisaged|=envisages|көзделген|көзделуде|=состоится|=состоятся|=пройдет|=пройдут|планиру|запланирован|=будет|=будут|ожидает|ожидаетс|предстоящ|намечен|=проведут|=проведет
		|=откроется|=откроются|=стартует|=стартуют|=предстоит|=посетит|=прибудет|=встретятся|=встретится|=встретиться|=договорились|=договорилась|=договорился|=условились|=agreed =to =meet|=agreed =to =hold
		|=провести|=проведение|=to =hold|=agreed =to|=will =hold|=подготовку =к|=подготовке =к|=подготовка =к|=подготовки =к|дайындық|=preparations =for|=preparation =for|=preparing =for|=өтетін|өткізілетін|өтпекші|өткізбек|=өтеді|өткізіледі|=өткізеді|=келеді|=барады|=кездеседі|=қатысады|ұйымдастырылады|=жалғасады|жоспарлан|=алдағы|=болады|өтпек|күтілуде|=өткізу|=өткізуге =келісті|=өткізуге =уағдаласты|=өткізуге =келісіп|=өткізуге =уағдаласып|=will|=shall|scheduled|=upcoming|=looked =forward =to|=look =forward =to|=looks =forward =to|=plans|=planned|=expected|=to =be =held|=next`)
	l.add(cHeld, "", `=opened|=opens|прибывш|=открылась|=открылся|=открылись|ашылды|=was =held|=were =held|=took =place|=состоялась|=состоялся|=состоялось|=состоялись|=прошла|=прошел|=прошло|=прошли|=провел|=провела|=провели|=стартовали|=стартовал|=стартовала
		|прошедш|состоявш|=открылась|=открылся|=завершил|=завершились|=завершилась|=held|=took|=was|=were|өтті|өткізді|басталды|болды|=кездесті`)
	l.add(cBilateral, "", `двусторонн|екіжақты|=bilateral|тет-а-тет|узком составе|=one-on-one`)
	l.add(cFramework, "", `=on =the =margins|=on =the =sidelines|=в =рамках|аясында|шеңберінде|=on =the =sidelines|=within =the =framework|=in =the =framework|=на =полях|кезінде|=during =the|=в =ходе`)

	// Offices.
	l.add(cMinister, "state", `государственн министр|мемлекеттік министр`)
	l.add(cMinister, "", `=undersecretary|=under-secretary|=state =secretary|=статс-секретарь|=статс-секретаря`)
	l.add(cMinister, "", `министр^министерств^министров^министры^министрлер^министрлі^министрлік^министрам|=minister|вице-министр|замминистр`)
	l.add(cMinister, "", `=cabinet =secretary|=secretary =of =state|=state =minister`)
	// Titles of one government's foreign minister: the UK Foreign
	// Secretary, the US Secretary of State, India's External Affairs
	// Minister (EAM); their countries are in titleStates.
	l.add(cMinister, "", `=federal =councillor|=federal =councilor|федеральн советник`)
	// Cabinet secretaries who head a department, as in the Philippines and
	// the United States: "Secretary of Tourism", "Secretary of Energy".
	for _, f := range []string{"tourism", "trade and industry", "trade", "commerce", "energy", "agriculture", "education",
		"health", "finance", "defense", "defence", "labor and employment", "transportation", "justice", "interior",
		"budget and management", "environment and natural resources", "foreign affairs",
		"information and communications technology"} {
		l.add(cMinister, f, "=secretary =of ="+strings.ReplaceAll(f, " ", " ="))
	}
	l.add(cMinister, "interior", `=secretary =of =the =interior`)
	l.add(cMinister, "foreign affairs", `=foreign =secretary|=eam|госсекретар|мемлекеттік хатшы|государственн секретар|=государственный =секретарь =сша|=государственного =секретаря =сша|=государственным =секретарем =сша`)
	l.add(cRole, "State Councilor", `=state =councilor|=state =councillor|государственн советник госсовета|=госсоветник|мемлекеттік кеңесшісі`)
	l.add(cRole, "Chief Cabinet Secretary", `=chief =cabinet =secretary|генеральн секретар кабинет министров японии`)
	l.add(cMinister, "foreign affairs", `=fm|=top =diplomat|=глава =мид|=главы =мид|=главой =мид|=главе =мид|=главу =мид|сім басшы|=head =of =the =foreign =ministry|=foreign =ministry =head|=глава =внешнеполитического =ведомства|=главы =внешнеполитического =ведомства`)
	l.add(cMinistry, "", `министерств|министрлі|=ministry|=ministries|=минкультуры|=минэнерго|=минобороны|=минфин|=минэкономики|=минздрав|=минпросвещения|=минтранс|=минсельхоз|=минюст`)
	l.add(cMinistersPl, "", `=министры|=министров|=министрам|=министрами|министрлер|=ministers`)
	l.add(cDeputy, "", `=undersecretary|=under-secretary|=state =secretary|=статс-секретарь|=статс-секретаря|заместител|замминистр|вице-министр|=первый =заместитель|орынбасар|=deputy|=vice|=vice-minister`)
	l.add(cRole, "Prime Minister", `председател кабинет министров|=chairman =of =the =cabinet =of =ministers|министрлер кабинетінің төраға|премьер-министр|=премьер|=премьері|=премьерінің|=премьерімен|=prime =minister|=premier`)
	l.add(cRole, "Counterpart", `=counterpart|=коллегой|=коллегу|=коллеги|=коллегами|=коллега|әріптесі|әріптесімен|әріптесін|әріптесіне|әріптесінің`)
	l.add(cRole, "Emperor", `=император|=императора|=императору|=императором|=emperor|императоры`)
	l.add(cRole, "Deputy Prime Minister", `вице-премьер|deputy =prime =minister|=deputy =premier|=vice-premier|премьер-министрдің орынбасары`)
	l.add(cRole, "President", `президент^президентск|=president|президенті`)
	l.add(cRole, "Vice President", `вице-президент|=vice-president|=vice =president`)
	l.add(cRole, "King", `=король|=короля|=королем|=королю|=king|=король|корол^королевств^королевск`)
	l.add(cRole, "Emir", `=эмир|=эмира|=эмиром|=эмиру|=emir|=amir|=әмір|=әмірі|=әмірімен|=әміріне|=әмірінің|=әмірін`)
	l.add(cRole, "Sultan", `=sultan =of|=султан =омана|=султаном =омана|=султана =омана|оман сұлтаны`)
	l.add(cRole, "High Representative", `=high =representative|высок представител|жоғары өкіл`)
	l.add(cRole, "Crown Prince", `наследн принц|=crown =prince|тақ мұрагер`)
	l.add(cRole, "Chancellor", `=канцлер|=канцлера|=канцлером|=chancellor`)
	l.add(cRole, "Permanent Representative", `постоянн представител|тұрақты өкіл|=permanent =representative`)
	l.add(cRole, "Ambassador", `=посол|=посла|=послом|=послу|=после|елші^елшілі|=ambassador|=послы|=послов`)
	l.add(cRole, "Special Representative", `специальн представител|спецпредставител|арнайы өкіл|=special =representative|=special =envoy|спецпосланник|=envoy`)
	l.add(cRole, "Secretary General", `генеральн секретар|=генсек|генсекретар|бас хатшы|=secretary-general|=secretary =general`)
	l.add(cRole, "Chairman", `председател|=chairman|=chairwoman|=chair|төраға|=speaker|=спикер|=спикера|=спикером|спикері`)
	l.add(cRole, "Head", `руководител|=глава|=главы|=главой|=главе|=главу|=head|басшысы|=директор|=директора|=директором|=director|=director-general|генеральн директор`)
	l.add(cHeadOfState, "President", `=глава =государства|=главы =государства|=главой =государства|=главе =государства|мемлекет басшы|=head =of =state`)

	// Portfolios: Russian genitive after "министр", Kazakh before
	// "министрі", English after "Minister of/for" or before "Minister".
	ports := []struct{ en, ph string }{
		{"foreign affairs", `иностранн дел|сыртқы істер|=foreign =affairs|=foreign|=external =affairs|=мид|=сім`},
		{"culture and information", `культур =и информаци|мәдениет және ақпарат|=culture =and =information`},
		{"culture and sports", `культур =и спорт|мәдениет және спорт|=culture =and =sports|=culture =and =sport`},
		{"culture and tourism", `культур =и туризм|мәдениет және туризм|=culture =and =tourism`},
		{"culture", `культур^культурн|мәдениет|=culture|=cultural`},
		{"information and social development", `информаци =и общественн развити|ақпарат және қоғамдық даму|=information =and =social =development`},
		{"information", `информаци|ақпарат|=information`},
		{"trade and integration", `торговл =и интеграци|сауда және интеграция|=trade =and =integration`},
		{"industry and trade", `промышленност =и торговл|=industry =and =trade`},
		{"economic development and trade", `экономическ развити =и торговл|=economic =development =and =trade`},
		{"economic development", `экономическ развити|=economic =development`},
		{"investment, industry and trade", `инвестици промышленност =и торговл|=investment =industry =and =trade`},
		{"foreign trade", `внешн торговл|=foreign =trade`},
		{"trade", `торговл|сауда|=trade|=commerce`},
		{"national economy", `национальн экономик|ұлттық экономика|=national =economy`},
		{"economy and finance", `экономик =и финанс|=economy =and =finance`},
		{"economy", `экономик|экономика|=economy|=economic`},
		{"finance", `финанс|қаржы|=finance`},
		{"energy", `энергетик|водород|сутегі|=hydrogen|энергетика|=energy`},
		{"energy and natural resources", `энергетик =и природн ресурс|=energy =and =natural =resources`},
		{"defence", `оборон|қорғаныс|=defence|=defense`},
		{"science and higher education", `наук =и высш образовани|ғылым және жоғары білім|=science =and =higher =education`},
		{"education and science", `образовани =и наук|білім және ғылым|=education =and =science`},
		{"education", `образовани|просвещени|оқу-ағарту|=білім|=education|=enlightenment`},
		{"health", `здравоохранени|денсаулық сақтау|=health|=healthcare`},
		{"digital development, innovation and aerospace industry", `цифров развити инноваци =и аэрокосмическ|цифрлық даму инновациялар және аэроғарыш|=digital =development =innovation`},
		{"digital development", `цифров развити|цифрлық даму|=digital =development`},
		{"agriculture", `=livestock|=farming|=farms|=farmers|животновод|мал шаруашылығ|сельск хозяйств|ауыл шаруашылығ|=agriculture`},
		{"transport and communications", `транспорт =и коммуникаци|көлік және коммуникация|=transport =and =communications`},
		{"transport", `коридор|дәліз|=corridor|=corridors|тасымал|жүк тасы|грузоперевоз|перевозк|=cargo|=freight|железн дорог|автомобильн дорог|автодорог|автомагистрал|=road|=roads|транспорт|көлік|=transport|=transportation`},
		{"industry and construction", `промышленност =и строительств|өнеркәсіп және құрылыс|=industry =and =construction`},
		{"industry and infrastructure development", `индустри =и инфраструктурн развити|индустрия және инфрақұрылымдық даму|=industry =and =infrastructure =development`},
		{"industry", `промышленност|өнеркәсіп|=industry`},
		{"ecology and natural resources", `экологи =и природн ресурс|экология және табиғи ресурстар|=ecology =and =natural =resources`},
		{"natural resources and ecology", `природн ресурс =и экологи|=natural =resources =and =ecology`},
		{"ecology", `экологи|экология|=ecology|=environment`},
		{"tourism and sports", `туризм =и спорт|туризм және спорт|=tourism =and =sports|=tourism =and =sport`},
		{"sports", `спорт|=sports|=sport`},
		{"tourism", `туризм|=tourism`},
		{"labour and social protection", `труд =и социальн защит|еңбек және халықты әлеуметтік|=labour =and =social|=labor =and =social`},
		{"labour", `=труда|еңбек|=labour|=labor`},
		{"justice", `юстици|әділет|=justice`},
		{"internal affairs", `внутренн дел|ішкі істер|=internal =affairs|=interior|=home =affairs`},
		{"emergency situations", `=по чрезвычайн ситуаци|төтенше жағдай|=emergency =situations|=emergencies`},
		{"water resources and irrigation", `водн ресурс =и ирригаци|су ресурстары және ирригация|=water =resources =and =irrigation`},
		{"water resources", `водн ресурс|водн хозяйств|су ресурс|=water =resources`},
		{"investment", `инвестици|инвестиция|=investment|=investments`},
		{"family", `=семьи|=family`},
		{"europe", `=europe|=европы|=european =affairs`},
		{"external affairs", `=external =affairs|=внешних =дел`},
		{"digital transformation", `=digital =transformation|цифров трансформаци`},
		{"state", `=state`},
		{"commerce", `коммерци|=commerce`},
		{"innovation", `инноваци|инновациялар|=innovation|=innovations`},
		{"population", `=населения|=population`},
		{"rural affairs", `ауылдық істер|сельск дел|=rural =affairs`},
		{"technology", `технолог|=technology`},
		{"infrastructure", `инфраструктур|инфрақұрылым|=infrastructure`},
		{"food", `продовольстви|азық-түлік|=food`},
		{"science", `=науки|ғылым|=science`},
		{"higher education", `высш образовани|жоғары білім|=higher =education`},
		{"sports", `=спорта|=sports|=sport|=спорт`},
		{"mining", `горнодобыва|=mining`},
		{"communications", `коммуникаци|=communications`},
		{"media", `=media`},
		{"agriculture and rural affairs", `=agriculture =and =rural =affairs`},
		{"communications", `связ =и|=communications`},
	}
	for _, p := range ports {
		l.add(cPortfolio, p.en, p.ph)
	}

	// Agreements.
	l.add(cAgreement, "ROADMAP", `дорожн карт|жол карта|=roadmap|=road =map|=roadmaps`)
	l.add(cAgreement, "MEMORANDUM", `меморандум|=memorandum|=mou|=memorandums|=memoranda`)
	l.add(cAgreement, "AGREEMENT", `соглашени|=договор|=договора|=договору|=договором|=договоре|келісім|=agreement|=agreements|=treaty|=treaties|=accord`)
	l.add(cAgreement, "PROGRAM", `программ^программн|бағдарлама|=programme|=program|=programmes`)
	l.add(cAgreement, "PLAN", `=план|=плана|=планом|=плану|жоспар^жоспарла|=plan|=action =plan`)
	l.add(cAgreement, "PROTOCOL", `протокол|хаттама|=protocol|=agreed =minutes`)
	l.add(cAgreement, "OTHER", `=документов|=документа|=контракты|=контрактов|=контракта|=contracts|келісімшарт|құжатқа|құжаттарға|=ряд =документов|пакет документов|бірқатар құжат|=a =number =of =documents|=several =documents|=documents|=документы|құжаттар|=agreements|=соглашений|=соглашения =о`)
	l.add(cAgreement, kindNamed, `коммюнике|=communique|=communiqué|бірлескен коммюнике|=exchange =of =notes|=letter =of =intent|=letters =of =intent|=implementing =arrangement|=implementing =arrangements|=обмен =нотами|=обмена =нотами|письм =о =намерени|ниет хат|ниет туралы хат|=ноталармен =алмасу`)
	l.add(cAgreement, "DECLARATION", `декларац|=совместное =заявление|=совместного =заявления|бірлескен мәлімдеме|=declaration|=joint =statement`)

	l.add(cSigned, "", `=exchanged|=обменялись|подписан^подписания^подписанию^подписании^подписание^подписанием|=подписали|=подписал|=подписала|=подписано|=подписана|=подписаны|қол қойыл|қол қойды|қол қойып|қол қойған|қол қойысты|=signed|=inked|=sealed|=sign|=signs|=ink|скрепил|скрепля|заключил|заключен^заключени|=concluded|жасалды|жасасты|=adopted|=принята|=принят|=приняли =декларацию|=приняли =совместное|=приняли =совместную|қабылданды|утвердил|утвержден|утверждён|бекітті|бекітілді|=witnessed =the =signing|=put =their =signatures|=put =their =signature|=affixed =their =signatures|=поставили =подписи|=поставили =свои =подписи|декларациясын =қабылдады|коммюникесін =қабылдады|=коммюникені =қабылдады`)
	l.add(cDraft, "", `парафир|парафта|=initialled|=initialed|=initialed`)
	l.add(cDraftVerb, "", `доработ|согласова^согласовани|одобрен|одобрил|=келісті|=келісілді|=келісіп|=келістік|=agreed =on =the =text|=agreed =the =text|=agreed =on =the =draft|=agreed =the =draft|=coordinated|=finalised|=finalized|=finalise|=finalize|пысықта|передал|передан|вручил|подготов^подготовк|разработ|направил|табыс|дайында|әзірле|=handed|=prepared|=drafted|=submitted|=presented`)
	l.add(cDraftNoun, "", `=проект|=проекта|=проекту|=проектом|жобасы|жобасын|жобасына|=draft`)
	l.add(cWillSign, "", `=планируется =подписать|=планируют =подписать|=будет =подписан|=будут =подписаны|=будет =подписано|=будет =подписана|предлож =подписать|=намерены =подписать
		|=подписать|=к =подписанию|қол қоюға|қол қою жоспар|қол қойылады|қол қою|=to =be =signed|=will =sign|=plan =to =sign|=will =be =signed|=proposed =signing|=to =sign
		|=agreed =to =develop|=agreed =to =draft|=agreed =to =prepare|=договорились =разработать|=договорились =подготовить|әзірлеуге =келісті|әзірлеуге =уағдаласты`)
	l.add(cDiscussed, "", `обсудил|обсуждени|обсужда|рассматрива|=considered|=discussing|рассмотрел|=ход =реализации|реализаци|выполнени|талқыла|іске асыр|=discussed|=implementation|=reviewed|=ход =согласования|=процесс =согласования|=согласование|=согласованию|келіссөз|=negotiations|=negotiation|=discussions|=переговоров =по|=переговоры =по`)
	l.add(cExisting, "", `действующ|=в =соответствии|=согласно|=existing|=under =the|қолданыстағы|сәйкес|=на =основе|=в =рамках =действующ`)
	l.add(cBetween, "", `=между|арасындағы|арасында|=between`)
	l.add(cEve, "", `=накануне|қарсаңында|=on =the =eve`)
	l.add(cToday, "", `=сегодня|=бүгін|=today|бүгінгі`)

	// International organisations.
	orgs := []struct{ en, ph string }{
		{"United Nations", `=оон|=бұұ|=un|=united =nations|организаци объединенн наций`},
		{"UNESCO", `=юнеско|=unesco`},
		{"Shanghai Cooperation Organisation", `=шос|=шыұ|=sco|шанхайск организаци сотрудничеств|shanghai =cooperation`},
		{"Eurasian Economic Union", `=еаэс|=еаэо|=eaeu|евразийск экономическ союз|eurasian =economic =union`},
		{"Commonwealth of Independent States", `=снг|=тмд|=cis|содружеств независим государств|=commonwealth =of =independent|тәуелсіз мемлекеттер достастығ`},
		{"OSCE", `=обсе|=еқыұ|=osce`},
		{"European Union", `=ес|=eu|европейск союз|=european =union|еуропалық одақ`},
		{"NATO", `=нато|=nato`},
		{"Organization of Turkic States", `организаци тюркск государств|түркі мемлекеттері ұйым|=ots|=организации =тюркских|=organization =of =turkic =states|=organisation =of =turkic =states|=organization =of =turkic|=organisation =of =turkic`},
		{"CSTO", `=одкб|=ұқшұ|=csto|=collective =security =treaty|организаци договор коллективн`},
		{"CICA", `=свмда|=азөсшк|=аөсшк|=cica|=conference =on =interaction|совещани по взаимодейств|сенім шаралары жөніндегі`},
		{"Organisation of Islamic Cooperation", `=оис|=иыұ|=oic|=organisation =of =islamic|=organization =of =islamic|организаци исламск сотрудничеств`},
		{"IAEA", `=магатэ|=iaea|=магатэ`},
		{"World Trade Organization", `=вто|=wto|=дсұ`},
		{"ICESCO", `=исесков|=icesco|=исеско`},
		{"TURKSOY", `=тюрксой|=түрксой|=turksoy`},
		{"World Bank", `всемирн банк|=world =bank|дүниежүзілік банк`},
		{"Asian Development Bank", `азиатск банк развити|=asian =development =bank|=абр|=adb`},
		{"European Bank for Reconstruction and Development", `=ебрр|=ebrd`},
		{"Council of Europe", `=совет =европы|council =of =europe`},
		{"BRICS", `=брикс|=brics`},
		{"ASEAN", `=асеан|=asean`},
		{"Arab League", `лиг арабск|arab =league|=league =of =arab =states|араб мемлекеттері лига|араб елдері лига`},
		{"African Union", `африканск союз|african =union`},
		{"Gulf Cooperation Council", `=gcc|=ссагпз|gulf =cooperation =council|=совет =сотрудничества =арабских =государств =персидского =залива`},
	}
	for _, o := range orgs {
		l.add(cOrg, o.en, o.ph)
	}

	// Topics. A token is counted once for the first topic entry it matches
	// (longer phrases are tried first by the caller).
	topics := []struct{ key, ph string }{
		{"cinema", `кино|кинематограф|фильм|киностуди|=cinema|film^filmmak|=movie|=movies|cinematograph|документальн сериал|документальн фильм|=documentary|=documentaries|деректі фильм`},
		{"animation", `анимац|анимацион|мультипликац|мультфильм|мультипликацион|анимациял|=animation|=animated|=cartoon|=cartoons`},
		{"theatre", `театр^театрализ|спектакл|актерск|хореограф|=theatre|=theater|=theatres|=theaters|=theatrical|=performing =arts|=choreograph`},
		{"music", `молодежн оркестр|жастар оркестр|=youth =orchestra|музык|оркестр|=опера|=оперы|=оперу|=оперой|=опере|оперн|консерватор|музыка|=music|=musical|=orchestra|=opera|концерт|ансамбл|=concert|=concerts|=ensemble|=ensembles|әнші|=singer|=singers|вокал|=songs|=әндер`},
		{"museums", `музе^музею|музей|мұражай|=museum|=museums`},
		{"libraries", `библиотек|библиотечн|кітапхана|=library|=libraries`},
		{"archives", `архив|мұрағат|=archive|=archives|=archival`},
		{"heritage", `наследи|памятник|=мұра|=мұрасы|=мұрасын|=мұрасының|мұраны|=heritage|=monuments|=historical =monuments|=restoration|реставрац`},
		{"archaeology", `археолог|=archaeolog|archaeolog|archeolog`},
		{"fine_arts", `изобразительн искусств|живопис|художник^художники-^художник-|скульптур|бейнелеу өнер|суретші|=fine =arts|=fine =art|=painting|=painters|=painter|=visual =arts|ковр|ковер|ювелир|=carpets|=carpet|=jewellery|=jewelry|кілем|зергер`},
		{"literature", `книгоиздан|книгоиздат|литератур|писател|=поэт|=поэтов|=поэтов|поэзи|=книг|=книги|=книга|книжн|перевод художественн|әдебиет|жазушы|=кітап|=кітаптар|кітаптарын|=literature|=literary|=writers|=book =publishing|=books|=translation =of|переводн|=поэм|=poems|=poetry|=poets|аударма^аудармашы`},
		{"education", `образовани|обучени|подготовк кадров|подготовк специалист|подготовк =и переподготовк|стажировк|квалификац|университет|=вуз|=вузов|=вузами|студент|образовательн|стипенди|=білім =беру|білім беру|оқыту|мамандарын даярла|кадрларын даярла|кадр даярла|даярлау|біліктілі|университет|=education|=educational|=training|=university|=universities|=students|=scholarship|=scholarships|=internship|=internships|=skills|навык|=vocational|профессиональн обучени|кәсіптік білім|=вузах|=вузе|=вузы|=вузам`},
		{"science", `=наук|=науки|=науке|=наукой|научн|исследоват|=ғылым|ғылыми|зерттеу|=science|=scientific|=research|=researchers`},
		{"tourism", `туристік|туризм|туристическ|=турист|=туристов|туристер|=tourism|=tourist|=tourists|туристическ маршрут|туристік маршрут|=tourist =route|=tourist =routes`},
		{"media", `цифров медиа|цифрлық медиа|=digital =media|медиа|=сми|журналист|информационн|информаци|телевидени|телеканал|=ақпарат|ақпараттық|=бақ|=media|=journalists|=journalism|=broadcasting|=news =agencies`},
		{"youth", `молодеж|молодежн|=жастар|жастардың|жастарға|жастар саясат|=youth|=young =people`},
		{"volunteering", `волонтер|доброволь|волонтерлі|еріктілер|=volunteer|=volunteers|=volunteering`},
		{"civil_society", `гражданск обществ|=нпо|неправительственн организац|некоммерческ организац|азаматтық қоғам|=civil =society|=ngo|=ngos`},
		{"creative_industries", `креативн|креативті|=creative =industries|=creative =economy|=creative =industry`},
		{"memory", `памят^памятник|юбиле|годовщин|жылдығы|жылдығын|жылдығына|мерейтой|=победы|=победе|=победа|жеңіс|мемориал|увековеч|=anniversary|=commemorat|=commemoration|=memorial|=victory|=remembrance`},
		{"trade", `торгов|товарооборот|инвестиц|экономическ|экспорт|импорт|валют|сауда|тауар айналым|инвестиция|инвестициял|экономикалық|=trade|=investment|=investments|=economic|=export|=exports|=imports|=business|поставк|=small =and =medium-sized =enterprises|=small =and =medium =enterprises|=small =and =medium-sized =businesses|=small =and =medium =businesses|малых =и =средних =предприятий|малого =и =среднего`},
		{"energy", `энергетик|водород|сутегі|=hydrogen|энергетическ|нефт|=газа|=газ|=газу|газопровод|электроэнерг|атомн|возобновляем|энергетика|мұнай|=energy|=oil|=gas|=nuclear|=renewable|гидроэнерг|=hydropower|=hydroelectric|=гэс|гидроэлектр|су электр|=wind =farms|=wind =farm|=solar =farms|=solar =farm|ветропарк|=energy =corridor|энергетическ коридор|энергетикалық дәліз`},
		{"transport", `коридор|дәліз|=corridor|=corridors|тасымал|жүк тасы|грузоперевоз|перевозк|=cargo|=freight|железн дорог|автомобильн дорог|автодорог|автомагистрал|=road|=roads|транспорт|логистик|логистическ|транзит|железнодорож|авиасообщен|авиарейс|көлік|теміржол|=transport|=logistics|=transit|=railway|=railways|=connectivity|=flights|=flight|авиарейс|авиасообщени|әуе қатынас|=air =connectivity|пункт пропуск|пункта пропуск|пограничн переход|өткізу пункт|=checkpoint|=checkpoints|=border =crossing|маршрут|=route|=routes|әуе рейс|тікелей рейс|=direct =flights`},
		{"industry", `минерал|=minerals|=mineral|critical =raw|=rare =earth|=rare-earth|редкоземел|сирек металл|сирек жер|=mining|горнодобыва|горно-металлург|тау-кен|металлург|=metallurgy|semiconductor|полупроводник|=supply =chains|=supply =chain|цепочк поставок|промышлен|индустриал|индустри^индустрий|өнеркәсіп|=industry|=industrial|=manufacturing|трактор|самосвал|грузовик|=trucks|=tractors|сборочн|=assembly =plant|=raw =materials|машиностро|автомобилестро|=automotive|=machinery|машина жасау|металдарды өндіру|сирек кездесетін металд|=rare =metals|предприят|кәсіпорын|=enterprises|=factories|завод|фабрик|зауыт|нефтехим|химическ|химия|=petrochemical|=petrochemicals|=chemical|фармацевтическ производств|фармацевтикалық өндіріс|=pharmaceutical =production`},
		{"agriculture", `=livestock|=farming|=farms|=farmers|животновод|мал шаруашылығ|сельск хозяйств|сельскохозяйствен|агропромышлен|аграрн|агро|ауыл шаруашылығ|=agriculture|=agricultural|=agro
			|продовольственн безопасност|азық-түлік қауіпсіздіг|азық-түлік қауіпсіздік|=food =security|карантин растени|фитосанитар|ветеринар|=veterinary|=phytosanitary|=plant =quarantine|астық|=grain|зерн^зерк|өсімдіктер карантин|мал дәрігер|удобрени|минеральн удобрени|=fertilizer|=fertilizers|=fertiliser|=fertilisers|тыңайтқыш|говяд|=beef|=soybeans|=soy`},
		{"water", `водн ресурс|водн хозяйств|водопользован|ирригац|=воды|=вода|=воду|=водой|водоснабжен|водообеспечен|су ресурс|=суару|суармал|су үнемде|=суды|=water`},
		{"environment", `=habitat|=wildlife|=biodiversity|биоразнообраз|=snow =leopard|эколог|климат|окружающ сред|=environment|=environmental|=climate|=ecology|выброс|=emissions|метан|=methane|шығарынды`},
		{"digital", `ақпараттық технология|ақпараттық-коммуникациялық|=information =technology|=information =technologies|электронн коммерц|электронн торговл|=e-commerce|электрондық сауда|цифров|информационн технолог|=ит|=it|телеком|искусственн интеллект|цифрлық|цифрланд|=digital|=telecommunications|=artificial =intelligence|=ict|электрондық|электронн правительств|электронн нотариат|электронн документооборот|=e-government|=e-governance|=digital =skills`},
		{"health", `здравоохранен|медицин|здоровь|фармацевт|вакцин|денсаулық|медицина|=health|=healthcare|=medical|=pharmaceutical|pharmac|лекарств|дәрі-дәрмек`},
		{"security", `безопасност|оборон|военн|терроризм|экстремизм|=қауіпсіздік|қауіпсіздіг|қорғаныс|әскери|=security|=defence|=defense|=military|=terrorism|наркотик|=drug =trafficking|=narcotics|торговл людьми|=human =trafficking|киберпреступ|кибербезопасн|=cybercrime|=cybersecurity|=border =management|=border =security|пограничн|есірткі|адам саудасы|киберқылмыс|шекара қауіпсіздіг`},
	}
	for _, t := range topics {
		l.add(cTopic, t.key, t.ph)
	}
	l.add(cTopicStop, "", `=сообщение =для =сми|=сообщения =для =сми|=для =сми|=обмен =оперативной =информацией|=обмена =оперативной =информацией|=обмен =информацией|=обмена =информацией|=exchange =of =information|=information =exchange|=зор =денсаулық|денсаулық тіле|крепкого =здоровья|=good =health|=здоровья =и|=пресс-служба|=пресс-службы|=пресс-службе|баспасөз қызмет|=по =информации|=press =service|=press =release|=информации =пресс|мәліметінше|ақпаратынша|хабарлауынша
		|=журналистам|=told =journalists|=told =reporters|=media =statement|=media =relations|=media =enquiries|=media =contact|=information =media|=информационное =управление|=информационного =управления|=information =department`)
	l.add(cGeneric, "", `=регулярно|=ежегодно|=традиционно|=такие =как|=such =as|=regularly|=annually`)
	// A summary of a period: "за прошедший год прошло более тридцати
	// мероприятий", "over the past year", "соңғы жылдары".
	l.add(cGeneric, "period", `=за =прошедший|=за =последние|=за =минувший|=за =истекший|=за =прошедшие|=за =минувшие|=over =the =past|=over =the =last|=in =recent =years|=соңғы =жылдары|=өткен =жылы =ғана`)
	return l
}

// afterOrdinal returns w without a glued ordinal number ("23-кеңесі" ->
// "кеңесі"), or w.
func afterOrdinal(w string) string {
	i := 0
	for i < len(w) && w[i] >= '0' && w[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(w) || w[i] != '-' {
		return w
	}
	return w[i+1:]
}
